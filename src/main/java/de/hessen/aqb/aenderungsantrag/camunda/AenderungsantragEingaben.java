package de.hessen.aqb.aenderungsantrag.camunda;

import static de.hessen.aqb.aenderungsantrag.camunda.AenderungsantragVariablen.*;
import static de.hessen.aqb.aenderungsantrag.domain.AenderungsRegeln.BEGRUENDUNG_MAX;

import de.hessen.aqb.eingabe.Eingabevertrag;
import de.hessen.aqb.eingabe.Feld;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What each party may submit in an Änderungsantrag: exactly the fields its form edits (lists only with the keys the
 * party types). Amounts of the ledger, the request's number and classification, who drafted or released, the other
 * party's fields and the routing values are refused at the API edge.
 */
@Configuration
class AenderungsantragEingaben {

  static final String PROZESS = "aenderungsantrag";
  /** More measures than any Bescheid has. */
  static final int MAX_MASSNAHMEN = 60;
  static final int MAX_NEUE = 20;

  /** aenderungsantrag.html, the body's clerk. */
  @Bean
  Eingabevertrag aenderungsantragStellenEingabe() {
    return Eingabevertrag.fuerAufgabe(PROZESS, "Task_StelleAenderungsantrag",
        Feld.auswahl(AKTION.name(), "stellen", "zurueckziehen"),
        Feld.liste(POSTEN.name(), MAX_MASSNAHMEN, "id", "betrag", "entfaellt", "traeger"),
        Feld.liste(NEUE_MASSNAHMEN.name(), MAX_NEUE, "name", "art", "traeger", "betrag"),
        Feld.datum(NEUES_ENDE.name()),
        Feld.text(BEGRUENDUNG.name(), BEGRUENDUNG_MAX));
  }

  /** aenderungsanzeige.html, the RP Kassel. */
  @Bean
  Eingabevertrag aenderungsanzeigeEingabe() {
    return Eingabevertrag.fuerAufgabe(PROZESS, "Task_NimmAenderungsanzeigeZurKenntnis",
        Feld.text(KENNTNIS_BEMERKUNG.name(), BEGRUENDUNG_MAX));
  }

  /** aenderungsbescheid-entwurf.html, the RP's drafter. */
  @Bean
  Eingabevertrag aenderungsbescheidEntwerfenEingabe() {
    return Eingabevertrag.fuerAufgabe(PROZESS, "Task_EntwerfeAenderungsbescheid",
        Feld.auswahl(ENTSCHEIDUNG.name(), "bewilligen", "teilweise", "ablehnen"),
        Feld.liste(BETRAEGE.name(), MAX_MASSNAHMEN + MAX_NEUE, "id", "betrag"),
        Feld.text(ENTSCHEIDUNG_BEGRUENDUNG.name(), BEGRUENDUNG_MAX));
  }

  /** aenderungsbescheid-freigabe.html, a second RP clerk. */
  @Bean
  Eingabevertrag aenderungsbescheidFreigebenEingabe() {
    return Eingabevertrag.fuerAufgabe(PROZESS, "Task_GibAenderungsbescheidFrei",
        Feld.auswahl(FREIGABE.name(), "freigeben", "zurueck"),
        Feld.text(FREIGABE_BEMERKUNG.name(), BEGRUENDUNG_MAX));
  }
}

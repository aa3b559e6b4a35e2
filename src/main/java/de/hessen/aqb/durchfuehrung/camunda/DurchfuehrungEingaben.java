package de.hessen.aqb.durchfuehrung.camunda;

import static de.hessen.aqb.durchfuehrung.camunda.DurchfuehrungVariablen.ANLIEGEN;
import static de.hessen.aqb.durchfuehrung.camunda.MittelabrufVariablen.*;
import static de.hessen.aqb.durchfuehrung.domain.MittelabrufRegeln.ZWECK_MAX;

import de.hessen.aqb.eingabe.Eingabevertrag;
import de.hessen.aqb.eingabe.Feld;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What each party may submit in the Durchführung and its Mittelabrufe: exactly the fields its form edits (lists only
 * with the keys the party types). Everything else — amounts of the ledger, the request's number, case identity, the
 * other party's fields, who did a step, the request period — is refused at the API edge.
 */
@Configuration
class DurchfuehrungEingaben {

  static final String DURCHFUEHRUNG = "durchfuehrung";
  static final String MITTELABRUF = "mittelabruf";
  /** More measures than any Bescheid has. */
  static final int MAX_MASSNAHMEN = 60;

  /** form-durchfuehrung-anliegen, the body's standing task. */
  @Bean
  Eingabevertrag anliegenEingabe() {
    return Eingabevertrag.fuerAufgabe(DURCHFUEHRUNG, "Task_WaehleAnliegen",
        Feld.auswahl(ANLIEGEN.name(), "mittelabruf", "aenderungsantrag", "abschliessen"));
  }

  /** mittelabruf.html, the body's clerk. */
  @Bean
  Eingabevertrag mittelabrufStellenEingabe() {
    return Eingabevertrag.fuerAufgabe(MITTELABRUF, "Task_StelleMittelabruf",
        Feld.auswahl(MITTELABRUF_AKTION.name(), "abrufen", "zurueckziehen"),
        Feld.liste(MITTELABRUF_BETRAEGE.name(), MAX_MASSNAHMEN, "id", "betrag"),
        Feld.datum(MITTELABRUF_BEDARF_BIS.name()),
        Feld.text(MITTELABRUF_ZWECK.name(), ZWECK_MAX),
        Feld.text(MITTELABRUF_VERWENDUNG_BISHER.name(), ZWECK_MAX));
  }

  /** mittelabruf-pruefen.html, the RP Kassel. */
  @Bean
  Eingabevertrag mittelabrufPruefenEingabe() {
    return Eingabevertrag.fuerAufgabe(MITTELABRUF, "Task_PruefeMittelabruf",
        Feld.auswahl(ENTSCHEIDUNG.name(), "auszahlen", "kuerzen", "ablehnen"),
        Feld.liste(AUSZAHLUNGEN.name(), MAX_MASSNAHMEN, "id", "betrag"),
        Feld.text(BEGRUENDUNG.name(), ZWECK_MAX));
  }
}

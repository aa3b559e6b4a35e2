package de.hessen.aqb.durchfuehrung.camunda;

import static de.hessen.aqb.durchfuehrung.camunda.DurchfuehrungVariablen.*;
import static de.hessen.aqb.durchfuehrung.domain.MittelabrufRegeln.ZWECK_MAX;

import de.hessen.aqb.eingabe.Eingabevertrag;
import de.hessen.aqb.eingabe.Feld;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What each party may submit in the Durchführung: exactly the keyed fields of its Camunda Form (the forms have no
 * read-only keyed fields; texts and tables are not sent). Everything else — amounts of the ledger, case identity, the
 * other party's fields, who did a step, the request period — is refused at the API edge.
 */
@Configuration
class DurchfuehrungEingaben {

  static final String PROZESS = "durchfuehrung";

  /** form-mittelabruf, the body's clerk. */
  @Bean
  Eingabevertrag mittelabrufStellenEingabe() {
    return Eingabevertrag.fuerAufgabe(PROZESS, "Task_StelleMittelabruf",
        Feld.auswahl(MITTELABRUF_AKTION.name(), "abrufen", "abschliessen"),
        Feld.betrag(MITTELABRUF_BETRAG.name()),
        Feld.datum(MITTELABRUF_BEDARF_BIS.name()),
        Feld.text(MITTELABRUF_ZWECK.name(), ZWECK_MAX));
  }

  /** form-mittelabruf-pruefen, the RP Kassel. */
  @Bean
  Eingabevertrag mittelabrufPruefenEingabe() {
    return Eingabevertrag.fuerAufgabe(PROZESS, "Task_PruefeMittelabruf",
        Feld.auswahl(ENTSCHEIDUNG.name(), "auszahlen", "kuerzen", "ablehnen"),
        Feld.betrag(AUSZAHLUNG_BETRAG.name()),
        Feld.text(BEGRUENDUNG.name(), ZWECK_MAX));
  }
}

package de.hessen.aqb.umsetzungsbesprechung.camunda;

import static de.hessen.aqb.umsetzungsbesprechung.camunda.UmsetzungsbesprechungVariablen.*;

import de.hessen.aqb.eingabe.Eingabevertrag;
import de.hessen.aqb.eingabe.Feld;
import de.hessen.aqb.umsetzungsbesprechung.VereinbarungNachhaltung;
import de.hessen.aqb.umsetzungsbesprechung.domain.Protokoll;
import de.hessen.aqb.umsetzungsbesprechung.domain.Terminierung;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What each party may submit in the Umsetzungsbesprechung — exactly what its form sends. Who scheduled or recorded,
 * the meeting's year, the case and the minutes as issued are never inputs.
 */
@Configuration
class UmsetzungsbesprechungEingaben {

  static final String PROZESS = "umsetzungsbesprechung";

  /** The ministry (embedded form umsetzungsbesprechung-terminieren.html). */
  @Bean
  Eingabevertrag umsetzungsbesprechungTerminierenEingabe() {
    return Eingabevertrag.fuerAufgabe(PROZESS, "Task_TerminiereUmsetzungsbesprechung", Feld.datum(DATUM.name()),
        Feld.text(UHRZEIT.name(), 5), Feld.text(ORT.name(), Terminierung.ORT_MAX),
        Feld.liste(TEILNEHMENDE.name(), Terminierung.TEILNEHMENDE_MAX, "id"), Feld.text(TAGESORDNUNG.name(), Terminierung.TAGESORDNUNG_MAX));
  }

  /** The ministry (embedded form umsetzungsbesprechung-protokollieren.html). */
  @Bean
  Eingabevertrag umsetzungsbesprechungProtokollierenEingabe() {
    return Eingabevertrag.fuerAufgabe(PROZESS, "Task_ProtokolliereUmsetzungsbesprechung", Feld.text(PROTOKOLL.name(), Protokoll.TEXT_MAX),
        Feld.liste(ANWESEND.name(), Terminierung.TEILNEHMENDE_MAX, "id"),
        Feld.liste(VEREINBARUNGEN.name(), Protokoll.VEREINBARUNGEN_MAX, "was", "zustaendig", "faelligAm"));
  }

  /** The body's clerks (Camunda Form form-umsetzungsprotokoll-kenntnis): nothing but the completion. */
  @Bean
  Eingabevertrag umsetzungsprotokollKenntnisEingabe() {
    return Eingabevertrag.fuerAufgabe(PROZESS, "Task_NimmProtokollZurKenntnis");
  }

  /** The owner of a follow-up (Camunda Form form-vereinbarung-nachhalten). */
  @Bean
  Eingabevertrag vereinbarungNachhaltenEingabe() {
    return Eingabevertrag.fuerAufgabe(PROZESS, "Task_HalteVereinbarungNach", Feld.text(ERLEDIGUNGSVERMERK.name(), VereinbarungNachhaltung.VERMERK_MAX));
  }
}

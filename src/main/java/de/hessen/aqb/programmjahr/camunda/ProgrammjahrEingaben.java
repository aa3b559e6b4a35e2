package de.hessen.aqb.programmjahr.camunda;

import static de.hessen.aqb.eingabe.Feld.auswahl;
import static de.hessen.aqb.eingabe.Feld.betrag;
import static de.hessen.aqb.eingabe.Feld.datei;
import static de.hessen.aqb.eingabe.Feld.ganzzahl;
import static de.hessen.aqb.eingabe.Feld.text;

import de.hessen.aqb.eingabe.Eingabevertrag;
import de.hessen.aqb.eingabe.Dateityp;
import de.hessen.aqb.eingabe.Feld;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Input contracts (ADR 10): the start takes the year, the state budget and the allocation (text or file); the release its decision. */
@Configuration
class ProgrammjahrEingaben {

  static final String AUFGABE_FREIGABE = "Task_GibZuteilungFrei";

  @Bean
  Eingabevertrag programmjahrStartVertrag() {
    return Eingabevertrag.fuerStart(ProgrammjahrVariablen.PROZESS,
        ganzzahl(ProgrammjahrVariablen.JAHR.name()), betrag(ProgrammjahrVariablen.LANDESBUDGET.name()),
        text(ProgrammjahrVariablen.ZUTEILUNG_TEXT.name(), Feld.LANGER_TEXT),
        datei(ProgrammjahrVariablen.ZUTEILUNG_DATEI.name(), 2_048, Dateityp.TEXT, Dateityp.XLSX));
  }

  @Bean
  Eingabevertrag programmjahrFreigabeVertrag() {
    return Eingabevertrag.fuerAufgabe(ProgrammjahrVariablen.PROZESS, AUFGABE_FREIGABE,
        auswahl(ProgrammjahrVariablen.ENTSCHEIDUNG.name(), "freigeben", "verwerfen"),
        text(ProgrammjahrVariablen.BEMERKUNG.name(), 2_000));
  }
}

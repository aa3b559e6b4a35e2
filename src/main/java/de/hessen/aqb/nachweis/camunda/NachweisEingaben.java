package de.hessen.aqb.nachweis.camunda;

import de.hessen.aqb.eingabe.Dateityp;
import static de.hessen.aqb.nachweis.camunda.NachweisVariablen.*;

import de.hessen.aqb.eingabe.Eingabevertrag;
import de.hessen.aqb.eingabe.Feld;
import de.hessen.aqb.nachweis.NachweisEigenschaften;
import de.hessen.aqb.nachweis.SachlichePruefung;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What each party may submit on the tasks of "Nachweis, Prüfung und Abschluss" — exactly what its form sends. The list
 * entries carry only the keys the party edits: the body its own figures per measure (never the grant), the second RP
 * clerk objections per Beleg (row, reason, comment), never an amount.
 */
@Configuration
class NachweisEingaben {

  static final String PROZESS = "nachweis";
  static final int HOECHSTENS_MASSNAHMEN = 100;

  /** The body (embedded form verwendungsnachweis.html). */
  @Bean
  Eingabevertrag verwendungsnachweisErstellen(NachweisEigenschaften eigenschaften) {
    return Eingabevertrag.fuerAufgabe(PROZESS, "Task_ErstelleVerwendungsnachweis",
        Feld.text(SACHBERICHT_DURCHFUEHRUNG.name(), Feld.LANGER_TEXT), Feld.text(SACHBERICHT_TEILNEHMENDE.name(), Feld.LANGER_TEXT),
        Feld.text(SACHBERICHT_ERGEBNISSE.name(), Feld.LANGER_TEXT), Feld.text(SACHBERICHT_ABWEICHUNGEN.name(), Feld.LANGER_TEXT),
        Feld.liste(ZAHLENMAESSIGER_NACHWEIS.name(), HOECHSTENS_MASSNAHMEN, "id", "ausgaben", "einnahmen"),
        Feld.datei(BELEGLISTE.name(), (int) eigenschaften.beleglisteHoechstgroesse().toKilobytes(), Dateityp.TEXT, Dateityp.XLSX), Feld.jaNein(VN_BESTAETIGT.name()),
        Feld.ganzzahl(TraegerberichtVariablen.SACHBERICHT_TEILNEHMENDE_ERREICHT.name()));
  }

  /** RP clerk 1 (Camunda Form form-nachweis-sachlich). */
  @Bean
  Eingabevertrag verwendungsnachweisSachlichPruefen() {
    return Eingabevertrag.fuerAufgabe(PROZESS, "Task_PruefeSachlich",
        Feld.auswahl(SACHLICH_ENTSCHEIDUNG.name(), SachlichePruefung.RICHTIG, SachlichePruefung.NACHFORDERUNG),
        Feld.text(NACHFORDERUNG_TEXT.name(), Feld.LANGER_TEXT), Feld.datum(NACHFORDERUNG_FRIST.name()));
  }

  /** RP clerk 2 (embedded form nachweis-rechnerisch.html). */
  @Bean
  Eingabevertrag verwendungsnachweisRechnerischPruefen(NachweisEigenschaften eigenschaften) {
    return Eingabevertrag.fuerAufgabe(PROZESS, "Task_PruefeRechnerisch",
        Feld.liste(BELEG_EINWAENDE.name(), eigenschaften.grenzen().hoechstZeilen(), "zeile", "grund", "kommentar"),
        Feld.jaNein(RECHNERISCH_BESTAETIGT.name()));
  }

  /** RP: a payment received on the Rückforderung (Camunda Form form-zahlungseingang). */
  @Bean
  Eingabevertrag zahlungseingangErfassenEingaben() {
    return Eingabevertrag.fuerAufgabe(PROZESS, "Task_ErfasseZahlungseingang", Feld.datum(ZahlungsVariablen.ZAHLUNG_EINGANG_AM.name()),
        Feld.betrag(ZahlungsVariablen.ZAHLUNG_BETRAG.name()));
  }
}

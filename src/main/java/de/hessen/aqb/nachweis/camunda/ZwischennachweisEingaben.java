package de.hessen.aqb.nachweis.camunda;

import de.hessen.aqb.eingabe.Dateityp;
import static de.hessen.aqb.nachweis.camunda.ZwischennachweisVariablen.*;

import de.hessen.aqb.eingabe.Eingabevertrag;
import de.hessen.aqb.eingabe.Feld;
import de.hessen.aqb.nachweis.ZwischennachweisPruefung;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What each party may submit on the tasks of "Zwischennachweis" — exactly what its form sends (ADR 10). */
@Configuration
class ZwischennachweisEingaben {

  static final String PROZESS = "zwischennachweis";

  /** The body (embedded form zwischennachweis.html): Sachbericht, actual per measure (never the plan), the Belegliste. */
  @Bean
  Eingabevertrag zwischennachweisErstellenEingaben() {
    return Eingabevertrag.fuerAufgabe(PROZESS, "Task_ErstelleZwischennachweis", Feld.text(SACHBERICHT.name(), Feld.LANGER_TEXT),
        Feld.liste(ZAHLEN.name(), NachweisEingaben.HOECHSTENS_MASSNAHMEN, "id", "ausgaben"), Feld.datei(BELEGLISTE.name(), 10_000, Dateityp.TEXT, Dateityp.XLSX));
  }

  /** The RP clerk (Camunda Form form-zwischennachweis-pruefen). */
  @Bean
  Eingabevertrag zwischennachweisPruefenEingaben() {
    return Eingabevertrag.fuerAufgabe(PROZESS, "Task_PruefeZwischennachweis",
        Feld.auswahl(ENTSCHEIDUNG.name(), ZwischennachweisPruefung.ANGENOMMEN, ZwischennachweisPruefung.NACHFORDERUNG),
        Feld.text(NACHFORDERUNG_TEXT.name(), Feld.LANGER_TEXT));
  }
}

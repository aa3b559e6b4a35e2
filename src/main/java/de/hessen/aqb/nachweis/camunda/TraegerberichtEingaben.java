package de.hessen.aqb.nachweis.camunda;

import de.hessen.aqb.eingabe.Dateityp;
import static de.hessen.aqb.nachweis.camunda.TraegerberichtVariablen.*;

import de.hessen.aqb.eingabe.Eingabevertrag;
import de.hessen.aqb.eingabe.Feld;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What a provider may submit on "Sachberichtsteil erstellen" (embedded form traegerbericht.html): per measure only what it
 * reports — never the grant, the participants planned or a name — its Belegliste and the confirmation.
 */
@Configuration
class TraegerberichtEingaben {

  @Bean
  Eingabevertrag traegerberichtErstellen() {
    return Eingabevertrag.fuerAufgabe("traegerbericht", "Task_ErstelleTraegerbericht",
        Feld.liste(TRAEGERBERICHT_MASSNAHMEN.name(), NachweisEingaben.HOECHSTENS_MASSNAHMEN, "id", "teilnehmendeErreicht",
            "ergebnisse", "abweichungen", "ausgaben", "einnahmen"),
        Feld.datei(TRAEGER_BELEGLISTE.name(), 10_000, Dateityp.TEXT, Dateityp.XLSX), Feld.jaNein(TRAEGERBERICHT_BESTAETIGT.name()));
  }
}

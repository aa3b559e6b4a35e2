package de.hessen.aqb.antrag.camunda;

import static de.hessen.aqb.antrag.camunda.AntragEingaben.ANTRAG;
import static de.hessen.aqb.antrag.camunda.AntragEingaben.MAX_MASSNAHMEN;

import de.hessen.aqb.eingabe.Eingabevertrag;
import de.hessen.aqb.eingabe.Feld;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the RP's drafter and releaser may submit: the draft's decision and amounts, then only the release decision. */
@Configuration
class BescheidEingaben {

  @Bean
  Eingabevertrag vertragBescheidEntwerfen() {
    return Eingabevertrag.fuerAufgabe(ANTRAG, "Task_EntwerfeBescheid",
        Feld.auswahl("entscheidungsart", "voll", "teil", "ablehnung"),
        Feld.liste("bewilligungen", MAX_MASSNAHMEN, "id", "bewilligt", "hj1", "hj2", "hj3", "hj4"),
        Feld.text("begruendung", Feld.LANGER_TEXT), Feld.text("aktenzeichen", 60), Feld.datum("bewilligungVon"),
        Feld.datum("bewilligungBis"), Feld.datum("verwendungsnachweisFrist"), Feld.text("zwischennachweisFrist", 500),
        Feld.text("mittelabrufRegel", 1000), Feld.text("nebenbestimmungen", 200));
  }

  @Bean
  Eingabevertrag vertragBescheidFreigeben() {
    return Eingabevertrag.fuerAufgabe(ANTRAG, "Task_GibBescheidFrei", Feld.auswahl("freigabeEntscheidung", "freigeben", "zurueck"),
        Feld.text("freigabeBemerkung", Feld.LANGER_TEXT));
  }
}

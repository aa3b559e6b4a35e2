package de.hessen.aqb.antrag.camunda;

import static de.hessen.aqb.antrag.camunda.AntragVariablen.*;
import static de.hessen.aqb.antrag.camunda.BescheidVariablen.*;

import de.hessen.aqb.antrag.BescheidEntwurf;
import de.hessen.aqb.antrag.BescheidVorschlaege;
import de.hessen.aqb.fall.Faelle;
import de.hessen.aqb.plattform.Bearbeiter;
import de.hessen.aqb.plattform.ProzessVariable;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** "Bescheid entwerfen": the proposal as the form's start values, then the draft stored with its drafter. */
@Configuration
class BescheidEntwerfen {

  private final Faelle faelle;

  BescheidEntwerfen(Faelle faelle) {
    this.faelle = faelle;
  }

  @Bean("bescheidVorschlag")
  TaskListener vorschlag(BescheidVorschlaege vorschlaege, BescheidEntwurf entwurf) {
    return aufgabe -> {
      if (entwurf.vorhanden(faelle.kopf(aufgabe))) {
        return; // returned by the second clerk: the form keeps the draft's values
      }
      var v = vorschlaege.vorschlag(faelle.kopf(aufgabe));
      aufgabe.setVariable(BEWILLIGUNGEN.name(), ProzessVariable.alsJson(v.bewilligungen()));
      ENTSCHEIDUNGSART.setze(aufgabe, v.entscheidungsart());
      AKTENZEICHEN.setze(aufgabe, v.aktenzeichen());
      BEWILLIGUNG_VON.setze(aufgabe, v.bewilligungVon().toString());
      BEWILLIGUNG_BIS.setze(aufgabe, v.bewilligungBis().toString());
      VERWENDUNGSNACHWEIS_FRIST.setze(aufgabe, v.verwendungsnachweisFrist().toString());
      ZWISCHENNACHWEIS_FRIST.setze(aufgabe, v.zwischennachweisFrist());
      MITTELABRUF_REGEL.setze(aufgabe, v.mittelabrufRegel());
      NEBENBESTIMMUNGEN.setze(aufgabe, v.nebenbestimmungen());
    };
  }

  @Bean("bescheidEntwurfAbschliessen")
  TaskListener entwurfAbschliessen(BescheidEntwurf entwurf, Bearbeiter bearbeiter) {
    return aufgabe -> {
      var eingabe = new BescheidEntwurf.Eingabe(ENTSCHEIDUNGSART.von(aufgabe), BEWILLIGUNGEN.von(aufgabe),
          BEGRUENDUNG.von(aufgabe), AKTENZEICHEN.von(aufgabe), BEWILLIGUNG_VON.von(aufgabe), BEWILLIGUNG_BIS.von(aufgabe),
          VERWENDUNGSNACHWEIS_FRIST.von(aufgabe), ZWISCHENNACHWEIS_FRIST.von(aufgabe), MITTELABRUF_REGEL.von(aufgabe),
          NEBENBESTIMMUNGEN.von(aufgabe));
      var gespeichert = entwurf.speichere(faelle.kopf(aufgabe), eingabe, bearbeiter.von(aufgabe));
      aufgabe.setVariable(BEWILLIGUNGEN.name(), ProzessVariable.alsJson(gespeichert.bewilligungen()));
      BESCHEID_VERFASSER.setze(aufgabe, bearbeiter.von(aufgabe));
      BESCHEID_ART.setze(aufgabe, gespeichert.art());
      BESCHEID_SUMME_ANZEIGE.setze(aufgabe, gespeichert.summeAnzeige());
    };
  }
}

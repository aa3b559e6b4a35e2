package de.hessen.aqb.antrag.camunda;

import static de.hessen.aqb.antrag.camunda.AntragVariablen.*;

import de.hessen.aqb.antrag.AntragPruefung;
import de.hessen.aqb.fall.Faelle;
import de.hessen.aqb.plattform.Bearbeiter;
import de.hessen.aqb.plattform.ProzessVariable;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** "Antrag nach Regeln prüfen" (DMN checklist) and "Antrag prüfen" (the RP clerk's decision or Nachforderung). */
@Configuration
class AntragPruefen {

  private final AntragPruefung pruefung;
  private final Faelle faelle;

  AntragPruefen(AntragPruefung pruefung, Faelle faelle) {
    this.pruefung = pruefung;
    this.faelle = faelle;
  }

  @Bean("antragNachRegelnPruefen")
  JavaDelegate nachRegelnPruefen() {
    return execution -> {
      var ergebnis = pruefung.pruefeNachRegeln(faelle.kopf(execution));
      execution.setVariable(PRUEFERGEBNIS.name(), ProzessVariable.alsJson(ergebnis.punkte()));
      ALLE_REGELN_ERFUELLT.setze(execution, ergebnis.alleErfuellt());
      PRUEFENTSCHEIDUNG.setze(execution, null);
    };
  }

  @Bean("antragPruefungAbschliessen")
  TaskListener pruefungAbschliessen(Bearbeiter bearbeiter) {
    return aufgabe -> pruefung.entscheide(faelle.kopf(aufgabe), PRUEFENTSCHEIDUNG.von(aufgabe), NACHFORDERUNG_TEXT.von(aufgabe),
        NACHFORDERUNG_FRIST.von(aufgabe), bearbeiter.von(aufgabe)).ifPresent(nachforderung -> {
          NACHFORDERUNG_FRIST_ENDE.setze(aufgabe, nachforderung.fristEnde().toString());
          aufgabe.setVariable(NACHFORDERUNGEN.name(), ProzessVariable.alsJson(nachforderung.runden()));
        });
  }
}

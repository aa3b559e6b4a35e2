package de.hessen.aqb.antrag.camunda;

import static de.hessen.aqb.antrag.camunda.AntragVariablen.*;

import de.hessen.aqb.antrag.AntragErfassung;
import de.hessen.aqb.fall.Faelle;
import de.hessen.aqb.plattform.Bearbeiter;
import de.hessen.aqb.plattform.ProzessVariable;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The body's form steps: "Antrag erfassen", "Antrag prüfen und einreichen", "Nachforderung beantworten". */
@Configuration
class AntragErfassen {

  private final AntragErfassung erfassung;
  private final Faelle faelle;
  private final Bearbeiter bearbeiter;

  AntragErfassen(AntragErfassung erfassung, Faelle faelle, Bearbeiter bearbeiter) {
    this.erfassung = erfassung;
    this.faelle = faelle;
    this.bearbeiter = bearbeiter;
  }

  @Bean("antragErfassungAbschliessen")
  TaskListener erfassungAbschliessen() {
    return aufgabe -> zeige(aufgabe, erfassung.erfasse(faelle.kopf(aufgabe), MASSNAHMEN.von(aufgabe), bearbeiter.von(aufgabe)));
  }

  @Bean("antragEinreichen")
  TaskListener einreichen() {
    return aufgabe -> {
      var erfasst = erfassung.reicheEin(faelle.kopf(aufgabe), MASSNAHMEN.von(aufgabe), ANTRAG_BESTAETIGT.von(aufgabe),
          bearbeiter.von(aufgabe));
      zeige(aufgabe, erfasst);
      ANTRAG_DATUM.setze(aufgabe, erfasst.eingereichtAm().toString());
    };
  }

  @Bean("antragNachforderungBeantworten")
  TaskListener nachforderungBeantworten() {
    return aufgabe -> {
      var erfasst = erfassung.beantworteNachforderung(faelle.kopf(aufgabe), MASSNAHMEN.von(aufgabe),
          NACHFORDERUNG_ANTWORT.von(aufgabe), bearbeiter.von(aufgabe));
      zeige(aufgabe, erfasst);
      aufgabe.setVariable(NACHFORDERUNGEN.name(), ProzessVariable.alsJson(erfasst.nachforderungen()));
      NACHFORDERUNG_ANTWORT.setze(aufgabe, null);
    };
  }

  private void zeige(DelegateTask aufgabe, AntragErfassung.Erfasst erfasst) {
    aufgabe.setVariable(MASSNAHMEN.name(), ProzessVariable.alsJson(erfasst.massnahmen()));
    ANTRAG_SUMME_ANZEIGE.setze(aufgabe, erfasst.summeAnzeige());
    SACHBEARBEITUNG_GEBIETSKOERPERSCHAFT.setze(aufgabe, bearbeiter.von(aufgabe));
  }
}

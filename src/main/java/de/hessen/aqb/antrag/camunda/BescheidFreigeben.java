package de.hessen.aqb.antrag.camunda;

import static de.hessen.aqb.antrag.camunda.AntragVariablen.*;
import static de.hessen.aqb.antrag.camunda.BescheidVariablen.*;

import de.hessen.aqb.antrag.BescheidFreigabe;
import de.hessen.aqb.fall.Faelle;
import de.hessen.aqb.plattform.Bearbeiter;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** "Bescheid freigeben": Vier-Augen-Prinzip on claim and completion (against the stored drafter), then the decision. */
@Configuration
class BescheidFreigeben {

  private final BescheidFreigabe freigabe;
  private final Faelle faelle;
  private final Bearbeiter bearbeiter;

  BescheidFreigeben(BescheidFreigabe freigabe, Faelle faelle, Bearbeiter bearbeiter) {
    this.freigabe = freigabe;
    this.faelle = faelle;
    this.bearbeiter = bearbeiter;
  }

  /** In the engine: the drafter can neither claim nor complete the release (Tasklist, REST, Java). */
  @Bean("vierAugenPrinzip")
  TaskListener vierAugenPrinzip() {
    return (DelegateTask aufgabe) -> freigabe.pruefeVierAugen(faelle.kopf(aufgabe), bearbeiter.handelnd(aufgabe));
  }

  @Bean("bescheidFreigabeAbschliessen")
  TaskListener freigabeAbschliessen() {
    return aufgabe -> {
      boolean freigegeben = freigabe.entscheide(faelle.kopf(aufgabe), FREIGABE_ENTSCHEIDUNG.von(aufgabe),
          FREIGABE_BEMERKUNG.von(aufgabe), bearbeiter.von(aufgabe));
      BESCHEID_FREIGEGEBEN.setze(aufgabe, freigegeben);
      BESCHEID_FREIGABE.setze(aufgabe, bearbeiter.von(aufgabe));
    };
  }
}

package de.hessen.aqb.nachweis.camunda;

import static de.hessen.aqb.gemeinsam.Datumsanzeige.TT_MM_JJJJ;
import static de.hessen.aqb.nachweis.camunda.NachweisVariablen.*;

import de.hessen.aqb.nachweis.NachweisMails;
import de.hessen.aqb.referenz.Gebietskoerperschaft;
import de.hessen.aqb.gemeinsam.Geld;
import java.io.InputStream;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Mail steps of the Nachweis stage (asynchronous service tasks: retried, then an incident in Cockpit). */
@Configuration
class NachweisMailSchritte {

  @Bean("nachweisErinnern")
  JavaDelegate erinnern(NachweisMails mails, TaskService taskService) {
    return execution -> {
      NachweisMails.Fall fall = fall(execution);
      Task offen = taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
          .taskDefinitionKey("Task_ErstelleVerwendungsnachweis").listPage(0, 1).stream().findFirst().orElse(null);
      String taskId = offen == null ? null : offen.getId();
      switch (ANLASS.von(execution)) {
        case "frist-naht" -> mails.fristNaht(fall, taskId);
        case "frist-abgelaufen" -> mails.fristAbgelaufen(fall, taskId);
        default -> throw new IllegalStateException("Unbekannter Anlass " + ANLASS.von(execution));
      }
    };
  }

  @Bean("schlussbescheidVersenden")
  JavaDelegate schlussbescheidVersenden(NachweisMails mails) {
    return execution -> {
      var pdf = SCHLUSSBESCHEID_PDF.von(execution);
      try (InputStream in = pdf.getValue()) {
        mails.schlussbescheid(fall(execution), BESCHEID_AKTENZEICHEN.von(execution),
            Geld.alsWaehrung(RUECKFORDERUNG_CENT.von(execution)), Geld.alsWaehrung(ZINSEN_CENT.von(execution)),
            RUECKFORDERUNG_FAELLIG.von(execution).format(TT_MM_JJJJ), pdf.getFilename(), in.readAllBytes());
      }
    };
  }

  @Bean("nachweisOhneRueckforderungMitteilen")
  JavaDelegate ohneRueckforderungMitteilen(NachweisMails mails) {
    return execution -> mails.keineRueckforderung(fall(execution), BESCHEID_AKTENZEICHEN.von(execution),
        Geld.alsWaehrung(AUSGEZAHLT_CENT.von(execution)), Geld.alsWaehrung(ANERKANNT_CENT.von(execution)));
  }

  static NachweisMails.Fall fall(DelegateExecution execution) {
    return new NachweisMails.Fall(FOERDERFALL_NUMMER.von(execution), JAHR.von(execution), GEBIETSKOERPERSCHAFT_NAME.von(execution),
        Gebietskoerperschaft.gruppenIdFuer(GEBIETSKOERPERSCHAFT.von(execution)), VN_FRIST_ANZEIGE.von(execution));
  }
}

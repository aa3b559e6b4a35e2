package de.hessen.aqb.antrag.camunda;

import static de.hessen.aqb.antrag.camunda.AntragVariablen.*;

import de.hessen.aqb.antrag.AntragMails;
import de.hessen.aqb.referenz.Gebietskoerperschaft;
import java.io.InputStream;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Mail steps of the Antrag stage (asynchronous service tasks: retried, then an incident in Cockpit). */
@Configuration
class AntragMailSchritte {

  @Bean("antragErinnern")
  JavaDelegate erinnern(AntragMails mails, TaskService taskService) {
    return execution -> {
      AntragMails.Fall fall = fall(execution);
      switch (ANLASS.von(execution)) {
        case "frist-naht" -> {
          Task offen = taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
              .taskCandidateGroup(fall.gebietskoerperschaftGruppe()).listPage(0, 1).stream().findFirst().orElse(null);
          mails.antragsfristNaht(fall, offen == null ? null : offen.getId());
        }
        case "frist-abgelaufen" -> mails.antragUeberfaellig(fall);
        case "nachforderung-abgelaufen" -> mails.nachforderungUeberfaellig(fall);
        default -> throw new IllegalStateException("Unbekannter Anlass " + ANLASS.von(execution));
      }
    };
  }

  @Bean("bescheidVersenden")
  JavaDelegate bescheidVersenden(AntragMails mails) {
    return execution -> {
      var pdf = BESCHEID_PDF.von(execution);
      try (InputStream in = pdf.getValue()) {
        mails.bescheidVersenden(fall(execution), BESCHEID_AKTENZEICHEN.von(execution), BESCHEID_SUMME_ANZEIGE.von(execution),
            pdf.getFilename(), in.readAllBytes());
      }
    };
  }

  static AntragMails.Fall fall(DelegateExecution execution) {
    return new AntragMails.Fall(FOERDERFALL_NUMMER.von(execution), JAHR.von(execution), GEBIETSKOERPERSCHAFT_NAME.von(execution),
        Gebietskoerperschaft.gruppenIdFuer(GEBIETSKOERPERSCHAFT.von(execution)), ANTRAGSFRIST_ANZEIGE.von(execution));
  }
}

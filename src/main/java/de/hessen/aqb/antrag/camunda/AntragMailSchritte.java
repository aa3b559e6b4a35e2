package de.hessen.aqb.antrag.camunda;

import static de.hessen.aqb.antrag.camunda.AntragVariablen.*;

import de.hessen.aqb.antrag.AntragMails;
import de.hessen.aqb.fall.Faelle;
import de.hessen.aqb.fall.Fallkopf;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Reminder steps of the Antrag stage (asynchronous service tasks: retried, then an incident in Cockpit). */
@Configuration
class AntragMailSchritte {

  @Bean("antragErinnern")
  JavaDelegate erinnern(AntragMails mails, TaskService taskService, Faelle faelle) {
    return execution -> {
      Fallkopf fall = faelle.kopf(execution);
      switch (ANLASS.von(execution)) {
        case "frist-naht" -> {
          Task offen = taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
              .taskCandidateGroup(fall.gruppenId()).listPage(0, 1).stream().findFirst().orElse(null);
          mails.antragsfristNaht(fall, offen == null ? null : offen.getId());
        }
        case "frist-abgelaufen" -> mails.antragUeberfaellig(fall);
        case "nachforderung-abgelaufen" -> mails.nachforderungUeberfaellig(fall);
        default -> throw new IllegalStateException("Unbekannter Anlass " + ANLASS.von(execution));
      }
    };
  }
}

package de.hessen.aqb.zielvereinbarung.camunda;

import static de.hessen.aqb.zielvereinbarung.camunda.UnterzeichnungVariablen.*;
import static de.hessen.aqb.zielvereinbarung.camunda.ZielvereinbarungVariablen.*;

import de.hessen.aqb.fall.Faelle;
import de.hessen.aqb.zielvereinbarung.ZielvereinbarungMails;
import de.hessen.aqb.zielvereinbarung.domain.Partei;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The mail steps of the model. Each is an asynchronous service task (a save point before it): a rolled-back
 * transaction never sends; a failed send is retried and ends as an incident in Cockpit.
 */
@Configuration
class ZielvereinbarungMailSchritte {

  @Bean("zvUnterzeichnungAnfordern")
  JavaDelegate unterzeichnungAnfordern(ZielvereinbarungMails mails, Faelle faelle, TaskService taskService) {
    return execution -> {
      Partei partei = Partei.von(PARTEI.von(execution));
      mails.unterzeichnungAnfordern(faelle.kopf(execution), partei, offeneAufgabe(taskService, execution, aufgabeDer(partei)), false);
    };
  }

  @Bean("zvErinnern")
  JavaDelegate erinnern(ZielvereinbarungMails mails, Faelle faelle, TaskService taskService) {
    return execution -> {
      String anlass = ANLASS.von(execution);
      if ("pruefung".equals(anlass)) {
        mails.anPruefungErinnern(faelle.kopf(execution), offeneAufgabe(taskService, execution, "Task_PruefeEntwurf"));
      } else {
        Partei partei = Partei.von(anlass);
        mails.unterzeichnungAnfordern(faelle.kopf(execution), partei, offeneAufgabe(taskService, execution, aufgabeDer(partei)), true);
      }
    };
  }

  @Bean("zvEndfassungVersenden")
  JavaDelegate endfassungVersenden(ZielvereinbarungMails mails, Faelle faelle) {
    return execution -> mails.endfassungVersenden(faelle.kopf(execution));
  }

  private static String aufgabeDer(Partei partei) {
    return partei == Partei.MINISTERIUM ? UnterzeichnungAbschliessen.AUFGABE_MINISTERIUM : UnterzeichnungAbschliessen.AUFGABE_GEBIETSKOERPERSCHAFT;
  }

  private static String offeneAufgabe(TaskService taskService, DelegateExecution execution, String aufgabe) {
    Task task = taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(aufgabe).singleResult();
    return task == null ? null : task.getId();
  }
}

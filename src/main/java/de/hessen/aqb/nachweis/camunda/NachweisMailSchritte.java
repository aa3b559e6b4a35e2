package de.hessen.aqb.nachweis.camunda;

import static de.hessen.aqb.nachweis.camunda.NachweisVariablen.ANLASS;

import de.hessen.aqb.fall.Faelle;
import de.hessen.aqb.nachweis.NachweisMails;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Mail steps of the Nachweis stage (asynchronous service tasks: retried, then an incident in Cockpit). */
@Configuration
class NachweisMailSchritte {

  private final Faelle faelle;
  private final NachweisMails mails;

  NachweisMailSchritte(Faelle faelle, NachweisMails mails) {
    this.faelle = faelle;
    this.mails = mails;
  }

  @Bean("nachweisErinnern")
  JavaDelegate erinnern(TaskService taskService) {
    return execution -> {
      Task offen = taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
          .taskDefinitionKey("Task_ErstelleVerwendungsnachweis").listPage(0, 1).stream().findFirst().orElse(null);
      mails.erinnere(faelle.kopf(execution), ANLASS.von(execution), offen == null ? null : offen.getId());
    };
  }

  @Bean("schlussbescheidVersenden")
  JavaDelegate schlussbescheidVersenden() {
    return execution -> mails.schlussbescheid(faelle.kopf(execution));
  }

  @Bean("nachweisOhneRueckforderungMitteilen")
  JavaDelegate ohneRueckforderungMitteilen() {
    return execution -> mails.keineRueckforderung(faelle.kopf(execution));
  }
}

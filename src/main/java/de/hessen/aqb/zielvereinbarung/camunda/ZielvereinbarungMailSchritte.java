package de.hessen.aqb.zielvereinbarung.camunda;

import static de.hessen.aqb.zielvereinbarung.camunda.ZielvereinbarungVariablen.*;

import de.hessen.aqb.referenz.Gebietskoerperschaft;
import de.hessen.aqb.zielvereinbarung.ZielvereinbarungMails;
import de.hessen.aqb.zielvereinbarung.ZielvereinbarungMails.Fall;
import de.hessen.aqb.zielvereinbarung.ZielvereinbarungMails.Pdf;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The mail steps of the model. Each is an asynchronous service task (a save point before it): a rolled-back
 * transaction never sends; a failed send is retried and ends as an incident in Cockpit.
 */
@Configuration
class ZielvereinbarungMailSchritte {

  static final String AUFGABE_MINISTERIUM = "Task_UnterzeichneMinisterium";
  static final String AUFGABE_GEBIETSKOERPERSCHAFT = "Task_UnterzeichneGebietskoerperschaft";
  static final String AUFGABE_PRUEFUNG = "Task_PruefeEntwurf";

  @Bean("zvUnterzeichnungAnfordern")
  JavaDelegate unterzeichnungAnfordern(ZielvereinbarungMails mails, TaskService taskService) {
    return execution -> {
      String partei = PARTEI.von(execution);
      mails.unterzeichnungAnfordern(fall(execution), partei, offeneAufgabe(taskService, execution, aufgabeDer(partei)),
          pdf(ZIELVEREINBARUNG_PDF.von(execution)), false);
    };
  }

  @Bean("zvErinnern")
  JavaDelegate erinnern(ZielvereinbarungMails mails, TaskService taskService) {
    return execution -> {
      String anlass = ANLASS.von(execution);
      if ("pruefung".equals(anlass)) {
        mails.anPruefungErinnern(fall(execution), offeneAufgabe(taskService, execution, AUFGABE_PRUEFUNG));
      } else {
        mails.unterzeichnungAnfordern(fall(execution), anlass, offeneAufgabe(taskService, execution, aufgabeDer(anlass)),
            pdf(ZIELVEREINBARUNG_PDF.von(execution)), true);
      }
    };
  }

  @Bean("zvEndfassungVersenden")
  JavaDelegate endfassungVersenden(ZielvereinbarungMails mails) {
    return execution -> mails.endfassungVersenden(fall(execution), pdf(ENDFASSUNG_PDF.von(execution)));
  }

  static Fall fall(DelegateExecution execution) {
    return new Fall(FOERDERFALL_NUMMER.von(execution), JAHR.von(execution), GEBIETSKOERPERSCHAFT_NAME.von(execution),
        Gebietskoerperschaft.gruppenIdFuer(GEBIETSKOERPERSCHAFT.von(execution)), SACHBEARBEITUNG_MINISTERIUM.von(execution),
        SACHBEARBEITUNG_GEBIETSKOERPERSCHAFT.von(execution), BUDGET_ANZEIGE.von(execution));
  }

  private static String aufgabeDer(String partei) {
    return "ministerium".equals(partei) ? AUFGABE_MINISTERIUM : AUFGABE_GEBIETSKOERPERSCHAFT;
  }

  private static String offeneAufgabe(TaskService taskService, DelegateExecution execution, String aufgabe) {
    Task task = taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(aufgabe).singleResult();
    return task == null ? null : task.getId();
  }

  private static Pdf pdf(FileValue datei) {
    try (InputStream in = datei.getValue()) {
      return new Pdf(datei.getFilename(), in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package de.hessen.aqb.umsetzungsbesprechung.camunda;

import static de.hessen.aqb.umsetzungsbesprechung.camunda.UmsetzungsbesprechungVariablen.*;

import de.hessen.aqb.plattform.DokumentLinks;
import de.hessen.aqb.umsetzungsbesprechung.ProtokollErstellung;
import de.hessen.aqb.umsetzungsbesprechung.UmsetzungsbesprechungMails;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The asynchronous steps (retried, then an incident in Cockpit): invitation mail, the minutes' PDF (stored, and as a
 * file variable so downloads pass the engine's tenant check), the minutes' mail; and the download link of a task.
 */
@Configuration
class ProtokollSchritte {

  private final UmsetzungsbesprechungMails mails;

  ProtokollSchritte(UmsetzungsbesprechungMails mails) {
    this.mails = mails;
  }

  @Bean("umsetzungsbesprechungEinladen")
  JavaDelegate einladen() {
    return execution -> mails.einladung(execution.getProcessInstanceId());
  }

  @Bean("umsetzungsprotokollErstellen")
  JavaDelegate erstellen(ProtokollErstellung erstellung) {
    return execution -> {
      ProtokollErstellung.Pdf pdf = erstellung.erzeuge(execution.getProcessInstanceId());
      PROTOKOLL_PDF.setze(execution, Variables.fileValue(pdf.dateiname()).file(pdf.inhalt()).mimeType("application/pdf").create());
    };
  }

  @Bean("umsetzungsprotokollVersenden")
  JavaDelegate versenden() {
    return execution -> mails.protokoll(execution.getProcessInstanceId());
  }

  /** Download link of the minutes through Tasklist's own authenticated API, task-local. */
  @Bean("umsetzungsprotokollLink")
  TaskListener link() {
    return aufgabe -> aufgabe.setVariableLocal(PROTOKOLL_LINK.name(), DokumentLinks.link(aufgabe.getId(), PROTOKOLL_PDF.name()));
  }
}

package de.hessen.aqb.zielvereinbarung.camunda;

import static de.hessen.aqb.zielvereinbarung.camunda.ZielvereinbarungVariablen.ENDFASSUNG_PDF;
import static de.hessen.aqb.zielvereinbarung.camunda.ZielvereinbarungVariablen.ZIELVEREINBARUNG_PDF;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Gives a task the download links of the agreement's PDFs (task-local variables {@code dokumentLink},
 * {@code endfassungLink}). They point to Tasklist's own session-authenticated API, so the engine's
 * authorizations decide who may download.
 */
@Component("dokumentLink")
class DokumentLinks implements TaskListener {

  static String link(String taskId, String variable) {
    return "/camunda/api/engine/engine/default/task/" + taskId + "/variables/" + variable + "/data";
  }

  @Override
  public void notify(DelegateTask aufgabe) {
    aufgabe.setVariableLocal("dokumentLink", link(aufgabe.getId(), ZIELVEREINBARUNG_PDF.name()));
    aufgabe.setVariableLocal("endfassungLink", link(aufgabe.getId(), ENDFASSUNG_PDF.name()));
  }
}

package de.hessen.aqb.plattform;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Gives a task the download links of the case's documents as task-local variables (e.g. {@code dokumentLink}
 * for the Zielvereinbarung's PDF). They point to Tasklist's own session-authenticated API, so the engine's
 * authorizations decide who may download.
 */
@Component("dokumentLink")
public class DokumentLinks implements TaskListener {

  /** Link variable → file variable. */
  static final Map<String, String> LINKS = Map.of(
      "dokumentLink", "zielvereinbarungPdf",
      "endfassungLink", "zielvereinbarungUnterzeichnetPdf",
      "bescheidLink", "bescheidPdf");

  public static String link(String taskId, String variable) {
    return "/camunda/api/engine/engine/default/task/" + taskId + "/variables/" + variable + "/data";
  }

  @Override
  public void notify(DelegateTask aufgabe) {
    LINKS.forEach((link, datei) -> aufgabe.setVariableLocal(link, link(aufgabe.getId(), datei)));
  }
}

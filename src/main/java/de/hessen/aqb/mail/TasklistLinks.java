package de.hessen.aqb.mail;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Deep links into Tasklist for mails (base address from AQB_BASE_URL). */
@Component
public class TasklistLinks {

  private final String basisUrl;

  TasklistLinks(@Value("${aqb.basis-url}") String basisUrl) {
    this.basisUrl = basisUrl;
  }

  /** Link to the task; without task (already done) the Tasklist start page. */
  public String aufgabe(String taskId) {
    return basisUrl + "/camunda/app/tasklist/default/" + (taskId == null ? "" : "#/?task=" + taskId);
  }
}

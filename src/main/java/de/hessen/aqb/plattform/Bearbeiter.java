package de.hessen.aqb.plattform;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Who is completing a task: the logged-in user (Tasklist, REST), else the assignee. */
@Component
public class Bearbeiter {

  private final IdentityService identityService;

  Bearbeiter(IdentityService identityService) {
    this.identityService = identityService;
  }

  /**
   * Who acts on the task in a listener: on assignment the new assignee (a claim), otherwise the logged-in user, for the
   * Vier-Augen-Prinzip which must hold when a task is claimed as well as when it is completed.
   */
  public String handelnd(DelegateTask aufgabe) {
    return org.camunda.bpm.engine.delegate.TaskListener.EVENTNAME_ASSIGNMENT.equals(aufgabe.getEventName())
        ? aufgabe.getAssignee() : von(aufgabe);
  }

  public String von(DelegateTask aufgabe) {
    String angemeldet = angemeldet();
    return angemeldet != null ? angemeldet : aufgabe.getAssignee();
  }

  /** The logged-in user of the current command (e.g. who starts a process), or null when the system acts. */
  public String angemeldet() {
    Authentication angemeldet = identityService.getCurrentAuthentication();
    return angemeldet == null ? null : angemeldet.getUserId();
  }
}

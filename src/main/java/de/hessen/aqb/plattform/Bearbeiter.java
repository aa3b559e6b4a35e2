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

  public String von(DelegateTask aufgabe) {
    Authentication angemeldet = identityService.getCurrentAuthentication();
    if (angemeldet != null && angemeldet.getUserId() != null) {
      return angemeldet.getUserId();
    }
    return aufgabe.getAssignee();
  }
}

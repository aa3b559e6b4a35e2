package de.hessen.aqb.eingabe;

import de.hessen.aqb.identity.Gruppen;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.stereotype.Component;

/**
 * What the gate needs to know from the engine: who is calling, which task of which model a task id is (only if the
 * caller may see it), and a variable's current value. Lookups run without the caller's authorization (they only
 * identify); visibility is decided by the caller's tenant memberships, so the gate never tells an outsider that an
 * id exists elsewhere.
 */
@Component
class EngineAuskunft {

  record Benutzer(String id, List<String> gruppen, List<String> mandanten) {
    boolean betrieb() {
      return gruppen.contains(Gruppen.ADMIN);
    }
  }

  record Aufgabe(String id, String prozess, String schluessel) {}

  private final ProcessEngine engine;

  EngineAuskunft(ProcessEngine engine) {
    this.engine = engine;
  }

  /** The caller of /engine-rest (HTTP Basic, set by the engine's filter) or of Tasklist (session), else null. */
  Benutzer angemeldet(HttpServletRequest request) {
    IdentityService identity = engine.getIdentityService();
    Authentication rest = identity.getCurrentAuthentication();
    String id = rest == null ? null : rest.getUserId();
    if (id == null) {
      Authentications webapp = Authentications.getCurrent();
      HttpSession sitzung = request.getSession(false);
      if (webapp == null && sitzung != null) {
        webapp = AuthenticationUtil.getAuthsFromSession(sitzung);
      }
      if (webapp != null && webapp.getAuthenticationForProcessEngine(engine.getName()) instanceof UserAuthentication u) {
        id = u.getIdentityId();
      }
    }
    if (id == null) {
      return null;
    }
    String benutzer = id;
    return ohneBerechtigungspruefung(() -> new Benutzer(benutzer,
        identity.createGroupQuery().groupMember(benutzer).list().stream().map(Group::getId).toList(),
        identity.createTenantQuery().userMember(benutzer).includingGroupsOfUser(true).list().stream()
            .map(t -> t.getId()).toList()));
  }

  /** The task, if the caller may see it (same tenant, or an operator); else null. */
  Aufgabe aufgabe(String taskId, Benutzer benutzer) {
    return ohneBerechtigungspruefung(() -> {
      Task task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
      if (task == null || task.getProcessDefinitionId() == null) {
        return null;
      }
      if (!benutzer.betrieb() && task.getTenantId() != null && !benutzer.mandanten().contains(task.getTenantId())) {
        return null;
      }
      ProcessDefinition definition = engine.getRepositoryService().getProcessDefinition(task.getProcessDefinitionId());
      return new Aufgabe(task.getId(), definition.getKey(), task.getTaskDefinitionKey());
    });
  }

  Object aufgabenVariable(String taskId, String name) {
    return ohneBerechtigungspruefung(() -> engine.getTaskService().getVariable(taskId, name));
  }

  String prozessSchluessel(String definitionId) {
    return ohneBerechtigungspruefung(() -> {
      ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
          .processDefinitionId(definitionId).singleResult();
      return definition == null ? null : definition.getKey();
    });
  }

  private <T> T ohneBerechtigungspruefung(Supplier<T> abfrage) {
    IdentityService identity = engine.getIdentityService();
    Authentication vorher = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return abfrage.get();
    } finally {
      if (vorher != null) {
        identity.setAuthentication(vorher);
      }
    }
  }
}

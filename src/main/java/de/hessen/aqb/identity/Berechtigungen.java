package de.hessen.aqb.identity;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.springframework.stereotype.Component;

/** Idempotent grants: adds permissions to a group's authorization, creating it when missing. */
@Component
public class Berechtigungen {

  private final AuthorizationService authorizationService;

  Berechtigungen(AuthorizationService authorizationService) {
    this.authorizationService = authorizationService;
  }

  public void erlaubeGruppe(String gruppe, Resource resource, String resourceId, Permission... rechte) {
    List<Authorization> vorhanden = authorizationService.createAuthorizationQuery()
        .groupIdIn(gruppe).resourceType(resource).resourceId(resourceId).list();
    Authorization grant = vorhanden.stream()
        .filter(a -> a.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT)
        .findFirst()
        .orElseGet(() -> neu(gruppe, resource, resourceId));
    boolean geaendert = grant.getId() == null;
    for (Permission recht : rechte) {
      if (!grant.isPermissionGranted(recht)) {
        grant.addPermission(recht);
        geaendert = true;
      }
    }
    if (geaendert) {
      authorizationService.saveAuthorization(grant);
    }
  }

  /** Grants to every authenticated user ("*"), used for the shared Tasklist filters. */
  public void erlaubeAllen(Resource resource, String resourceId, Permission... rechte) {
    boolean vorhanden = authorizationService.createAuthorizationQuery()
        .userIdIn(Authorization.ANY).resourceType(resource).resourceId(resourceId).count() > 0;
    if (vorhanden) {
      return;
    }
    Authorization global = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
    global.setUserId(Authorization.ANY);
    global.setResource(resource);
    global.setResourceId(resourceId);
    for (Permission recht : rechte) {
      global.addPermission(recht);
    }
    authorizationService.saveAuthorization(global);
  }

  private Authorization neu(String gruppe, Resource resource, String resourceId) {
    Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId(gruppe);
    grant.setResource(resource);
    grant.setResourceId(resourceId);
    return grant;
  }
}

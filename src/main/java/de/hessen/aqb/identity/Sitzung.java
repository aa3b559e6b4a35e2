package de.hessen.aqb.identity;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls as a given user, with that user's groups and tenants, exactly as Tasklist and the
 * REST API authenticate: authorizations and the tenant wall apply. Used by the demo data and tests.
 */
@Component
public class Sitzung {

  private final IdentityService identityService;

  public Sitzung(IdentityService identityService) {
    this.identityService = identityService;
  }

  public <T> T als(String benutzer, Supplier<T> aktion) {
    List<String> gruppen = identityService.createGroupQuery().groupMember(benutzer).list().stream().map(Group::getId).toList();
    List<String> mandanten = identityService.createTenantQuery().userMember(benutzer).includingGroupsOfUser(true).list()
        .stream().map(Tenant::getId).toList();
    identityService.setAuthentication(benutzer, gruppen, mandanten);
    try {
      return aktion.get();
    } finally {
      identityService.clearAuthentication();
    }
  }

  public void als(String benutzer, Runnable aktion) {
    als(benutzer, () -> {
      aktion.run();
      return null;
    });
  }
}

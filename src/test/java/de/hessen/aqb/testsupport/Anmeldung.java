package de.hessen.aqb.testsupport;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;

/** Test helper: users with group memberships, and Java-API logins that carry groups and tenants like the webapps do. */
public final class Anmeldung {

  public static final String PASSWORT = "Test-Passwort-1";

  private Anmeldung() {}

  /** Creates the user (if missing) with the given groups; mail address user@example.org. */
  public static void benutzer(IdentityService identityService, String id, String... gruppen) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setFirstName("Test");
      user.setLastName(id);
      user.setEmail(id + "@example.org");
      user.setPassword(PASSWORT);
      identityService.saveUser(user);
    }
    for (String gruppe : gruppen) {
      if (identityService.createUserQuery().userId(id).memberOfGroup(gruppe).count() == 0) {
        identityService.createMembership(id, gruppe);
      }
    }
  }

  /** Authenticates the current thread as the user, with all groups and tenants of the user. */
  public static void als(IdentityService identityService, String userId) {
    List<String> gruppen = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).toList();
    List<String> mandanten = identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true)
        .list().stream().map(Tenant::getId).toList();
    identityService.setAuthentication(userId, gruppen, mandanten);
  }

  public static void abmelden(IdentityService identityService) {
    identityService.clearAuthentication();
  }
}

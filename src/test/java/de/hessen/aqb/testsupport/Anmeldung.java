package de.hessen.aqb.testsupport;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** Test helper: users with group memberships (log in with {@link de.hessen.aqb.identity.Sitzung}). */
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
}

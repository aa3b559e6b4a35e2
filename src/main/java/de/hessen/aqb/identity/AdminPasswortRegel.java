package de.hessen.aqb.identity;

import java.util.Locale;
import java.util.Set;

/** The rule for the production admin password: present, not a well-known default, long enough. */
public final class AdminPasswortRegel {

  static final int MINDESTLAENGE = 12;
  private static final Set<String> BEKANNTE_STANDARDS =
      Set.of("admin", "demo", "camunda", "password", "passwort", "changeme", "secret", "geheim", "123456");

  private AdminPasswortRegel() {}

  /**
   * @return null if the password is acceptable, otherwise the reason in German
   */
  public static String pruefe(String benutzer, String passwort) {
    if (benutzer == null || benutzer.isBlank()) {
      return "AQB_ADMIN_USER ist nicht gesetzt.";
    }
    if (passwort == null || passwort.isBlank()) {
      return "AQB_ADMIN_PASSWORD ist nicht gesetzt.";
    }
    String klein = passwort.toLowerCase(Locale.ROOT);
    if (BEKANNTE_STANDARDS.contains(klein) || klein.equals(benutzer.toLowerCase(Locale.ROOT))) {
      return "AQB_ADMIN_PASSWORD ist ein Standardpasswort.";
    }
    if (passwort.length() < MINDESTLAENGE) {
      return "AQB_ADMIN_PASSWORD ist kürzer als " + MINDESTLAENGE + " Zeichen.";
    }
    return null;
  }
}

package de.hessen.aqb.plattform;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The engine wraps an exception thrown by a task listener in English text ("ENGINE-03051 There was an
 * exception while invoking the TaskListener. Message: 'Exception while invoking TaskListener: …'").
 * Clerks should read only the German message of the rule they broke.
 */
public final class FehlermeldungFuerSachbearbeitung {

  private static final Pattern TASK_LISTENER = Pattern.compile(
      "(?s)^.*?ENGINE-\\d+ There was an exception while invoking the TaskListener\\. Message: '(?:Exception while invoking TaskListener: )*(.*)'$");

  private FehlermeldungFuerSachbearbeitung() {}

  static final String AUFGABE_NICHT_MEHR_OFFEN = "Diese Aufgabe ist nicht mehr offen: Sie wurde bereits erledigt, "
      + "oder der Vorgang ist inzwischen entschieden. Es wurde nichts geändert.";

  private static final Pattern AUFGABE_FEHLT = Pattern.compile(
      "(?s).*Cannot find task with id \\S+.*|.*No matching task with id.*|.*because it belongs to no authenticated tenant.*");

  public static String bereinige(String meldung) {
    if (meldung == null) {
      return null;
    }
    if (AUFGABE_FEHLT.matcher(meldung).matches()) {
      return AUFGABE_NICHT_MEHR_OFFEN;
    }
    Matcher treffer = TASK_LISTENER.matcher(meldung);
    return treffer.matches() ? treffer.group(1) : meldung;
  }
}

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

  public static String bereinige(String meldung) {
    if (meldung == null) {
      return null;
    }
    Matcher treffer = TASK_LISTENER.matcher(meldung);
    return treffer.matches() ? treffer.group(1) : meldung;
  }
}

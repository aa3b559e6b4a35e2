package de.hessen.aqb.eingabe;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Which writing calls of the engine API a party that is not an operator may make. Everything a clerk does in Tasklist
 * (queries, claim, complete, start, own filters and profile) is allowed; every call that writes variables or steers an
 * instance directly (variables, messages, signals, modification, migration, jobs, deletion, …) is not. Paths are
 * relative to the engine root, e.g. {@code task/4711/complete}.
 */
final class Schreibrechte {

  enum Art { ABSCHLUSS, START, ERLAUBT, VERBOTEN }

  private static final Pattern ABSCHLUSS = Pattern.compile("POST task/[^/]+/(complete|submit-form|resolve)");
  private static final Pattern START = Pattern.compile(
      "POST process-definition/(key/[^/]+(/tenant-id/[^/]+)?|[^/]+)/(start|submit-form)");

  private static final List<Pattern> ERLAUBT = List.of(
      // queries sent as POST
      Pattern.compile("POST (task|process-instance|variable-instance|execution|job|external-task|incident|case-instance|"
          + "case-execution|process-definition|decision-definition|deployment|event-subscription)(/count)?"),
      Pattern.compile("POST history/(?!cleanup)[a-z-]+(/count)?"),
      Pattern.compile("POST filter/[^/]+/(list|count|singleResult)"),
      // working on a task
      Pattern.compile("POST task/[^/]+/(claim|unclaim|assignee|delegate)"),
      Pattern.compile("POST task/[^/]+/comment/create"),
      Pattern.compile("PUT task/[^/]+"),
      // own filters and profile
      Pattern.compile("POST filter/create"),
      Pattern.compile("(PUT|DELETE) filter/[^/]+"),
      Pattern.compile("PUT user/[^/]+/(credentials|profile)"));

  private Schreibrechte() {}

  static Art von(String methode, String pfad) {
    String aufruf = methode + " " + pfad;
    if (ABSCHLUSS.matcher(aufruf).matches()) {
      return Art.ABSCHLUSS;
    }
    if (START.matcher(aufruf).matches()) {
      return Art.START;
    }
    if ("GET".equals(methode) || "HEAD".equals(methode) || "OPTIONS".equals(methode)) {
      return Art.ERLAUBT;
    }
    return ERLAUBT.stream().anyMatch(p -> p.matcher(aufruf).matches()) ? Art.ERLAUBT : Art.VERBOTEN;
  }
}

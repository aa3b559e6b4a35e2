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

  /** The one answer for a resource that does not exist and for one the caller may not see (no existence oracle). */
  static final String NICHT_GEFUNDEN = "Diesen Eintrag gibt es nicht, oder er ist für Sie nicht freigegeben.";

  /** A server error: the technical cause goes to the log, never to the caller. */
  static final String TECHNISCHER_FEHLER = "Die Anfrage konnte wegen eines technischen Fehlers nicht ausgeführt werden. "
      + "Es wurde nichts geändert. Bitte später erneut versuchen oder den Betrieb informieren.";

  /** A request the API could not read (malformed JSON, wrong value type, unknown parameter). */
  static final String ANFRAGE_FEHLERHAFT = "Die Anfrage ist fehlerhaft aufgebaut und wurde abgewiesen. Es wurde nichts geändert.";

  /**
   * Two requests changed the same task or instance at once (two clicks, two browser tabs, two application nodes): the
   * engine's optimistic locking let one through and rolled the other back completely.
   */
  static final String GLEICHZEITIG_GEAENDERT = "Dieser Vorgang wurde gerade gleichzeitig an anderer Stelle bearbeitet. "
      + "Ihre Eingabe wurde nicht übernommen, es wurde nichts geändert. Bitte die Aufgabenliste neu laden: Ist die Aufgabe "
      + "noch offen, bitte erneut absenden.";

  private static final Pattern GLEICHZEITIG = Pattern.compile(
      "(?s).*(ENGINE-03005|was updated by another transaction concurrently|OptimisticLockingException).*");

  /**
   * A step's own row (e.g. the round of a check, keyed by case and round) written a second time: the primary key of the
   * application's table stopped the second of two concurrent completions of one task before the engine's optimistic lock
   * did (PostgreSQL, H2). The first completion stands, the second changed nothing.
   */
  private static final Pattern DOPPELTER_SCHLUESSEL = Pattern.compile("(?is).*(duplicate key value violates unique constraint "
      + "\"[a-z_]*aqb_|Unique index or primary key violation: [^\n]{0,120}?\\bAQB_).*");

  /** Whether the error is the loser of two concurrent changes (logged as such, not as a server error). */
  static boolean gleichzeitig(String typ, String meldung) {
    return "OptimisticLockingException".equals(typ)
        || (meldung != null && (meldung.contains(GLEICHZEITIG_GEAENDERT) || GLEICHZEITIG.matcher(meldung).matches() || DOPPELTER_SCHLUESSEL.matcher(meldung).matches()));
  }

  private static final Pattern NICHT_DA = Pattern.compile("(?is).*(doesn't exist|does not exist|is null|cannot find|"
      + "no matching|not found|cannot get form for task|belongs to no authenticated tenant|ENGINE-13034).*");

  private static final Pattern DEUTSCH = Pattern.compile("(?s).*([äöüÄÖÜß„]|\\b(nicht|bitte|Bitte|der|die|das|Die|Der|Das|ist|und)\\b).*");

  private static final Pattern EINZELNER_EINTRAG = Pattern.compile(
      "^/(task|process-instance|execution|history/[a-z-]+|variable-instance|job|deployment|process-definition|"
      + "decision-definition|incident|external-task|case-instance|batch|filter|user|group|tenant)/[^/]+(/.*)?$");

  /** Status and German message that replace an error response of the engine APIs. */
  public record Antwort(int status, String meldung) {}

  /**
   * Classifies an error response of the engine APIs.
   *
   * @param pfad the path below the API root, e.g. {@code /task/4711/variables}
   * @param abgewiesen the German message of a business refusal raised on this request's thread, or null
   */
  public static Antwort einordnen(String methode, String pfad, int status, String typ, String meldung, String abgewiesen) {
    String bereinigt = bereinige(meldung);
    boolean lesen = "GET".equals(methode) || "HEAD".equals(methode);
    if (status == 500 && abgewiesen != null && bereinigt != null && bereinigt.contains(abgewiesen)) {
      return new Antwort(400, abgewiesen); // a rule's refusal raised inside the engine: the client's input, not a server error
    }
    if (gleichzeitig(typ, meldung)) {
      return new Antwort(409, GLEICHZEITIG_GEAENDERT); // the other request won; this one changed nothing
    }
    boolean verweigert = "AuthorizationException".equals(typ) && pfad != null && EINZELNER_EINTRAG.matcher(pfad).matches();
    if (AUFGABE_NICHT_MEHR_OFFEN.equals(bereinigt) || verweigert || (bereinigt != null && NICHT_DA.matcher(bereinigt).matches())) {
      boolean aufgabe = pfad != null && pfad.startsWith("/task/");
      return new Antwort(404, aufgabe && !lesen ? AUFGABE_NICHT_MEHR_OFFEN : NICHT_GEFUNDEN);
    }
    if (status >= 500) {
      return new Antwort(500, TECHNISCHER_FEHLER);
    }
    if (bereinigt == null || !DEUTSCH.matcher(bereinigt).matches()) {
      return new Antwort(status, ANFRAGE_FEHLERHAFT);
    }
    return new Antwort(status, bereinigt);
  }

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

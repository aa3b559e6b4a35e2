package de.hessen.aqb.gemeinsam;

/**
 * Input a clerk must correct. The German message is shown in Tasklist; the transaction rolls back,
 * so nothing is changed. The API edge answers such a refusal with 400, not with the engine's 500: it asks
 * {@link #zuletztIn(Runnable)} whether the request's thread refused an input.
 */
public class UngueltigeEingabe extends RuntimeException {

  private static final ThreadLocal<String> ZULETZT = new ThreadLocal<>();

  public UngueltigeEingabe(String meldung) {
    super(meldung);
    ZULETZT.set(meldung);
  }

  /** Runs {@code aufruf} and returns the message of the last input refused in this thread meanwhile, or null. */
  public static String zuletztIn(Runnable aufruf) {
    ZULETZT.remove();
    try {
      aufruf.run();
      return ZULETZT.get();
    } finally {
      ZULETZT.remove();
    }
  }
}

package de.hessen.aqb.gemeinsam;

/**
 * Input a clerk must correct. The German message is shown in Tasklist; the transaction rolls back,
 * so nothing is changed. The last refusal of the current thread is remembered, so the API layer can answer a
 * refusal raised deep inside the engine with HTTP 400 instead of the engine's 500.
 */
public class UngueltigeEingabe extends RuntimeException {

  private static final ThreadLocal<String> ZULETZT = new ThreadLocal<>();

  public UngueltigeEingabe(String meldung) {
    super(meldung);
    ZULETZT.set(meldung);
  }

  /** The message of the last refusal raised on this thread since {@link #vergiss()}, or null. */
  public static String zuletzt() {
    return ZULETZT.get();
  }

  public static void vergiss() {
    ZULETZT.remove();
  }
}

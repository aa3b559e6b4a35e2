package de.hessen.aqb.gemeinsam;

/**
 * The Vier-Augen-Prinzip: the person of the second step must not be the person of the first. Both come from the
 * application's own records and the logged-in user, never from a form.
 */
public final class VierAugen {

  private VierAugen() {}

  /** Refuses, with the given German message, when {@code zweiteStufe} is the person recorded for the first step. */
  public static void pruefe(String ersteStufe, String zweiteStufe, String meldung) {
    if (ersteStufe != null && ersteStufe.equals(zweiteStufe)) {
      throw new UngueltigeEingabe(meldung);
    }
  }
}

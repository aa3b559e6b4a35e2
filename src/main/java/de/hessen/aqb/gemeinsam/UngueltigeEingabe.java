package de.hessen.aqb.gemeinsam;

/**
 * Input a clerk must correct. The German message is shown in Tasklist; the transaction rolls back,
 * so nothing is changed.
 */
public class UngueltigeEingabe extends RuntimeException {

  public UngueltigeEingabe(String meldung) {
    super(meldung);
  }
}

package de.hessen.aqb.aenderungsantrag.domain;

/**
 * Whether a change is only notified (Änderungsanzeige, takes effect with the RP's acknowledgement) or needs the RP's
 * decision (Änderungsantrag → Änderungsbescheid).
 */
public enum Einstufung {
  ANZEIGE, ANTRAG;

  /**
   * An Änderungsanzeige is a shift of money between the granted measures with the total unchanged, where no measure
   * moves by more than {@code toleranzProzent} of its granted amount (0: only the total is binding, every such shift is
   * notified), and nothing is added, dropped, given to another provider or extended. Everything else is an Antrag.
   */
  public static Einstufung von(Aenderung aenderung, int toleranzProzent) {
    if (toleranzProzent < 0) {
      throw new IllegalArgumentException("Toleranz negativ: " + toleranzProzent);
    }
    if (aenderung.verlaengert() || aenderung.summeNeuCent() != aenderung.summeBisherCent()) {
      return ANTRAG;
    }
    for (Aenderung.Posten p : aenderung.posten()) {
      if (p.neu() || p.entfaellt() || p.traegerGeaendert()) {
        return ANTRAG;
      }
      long verschiebung = Math.abs(p.neuCent() - p.bisherCent());
      if (toleranzProzent > 0 && verschiebung * 100 > p.bisherCent() * toleranzProzent) {
        return ANTRAG;
      }
    }
    return ANZEIGE;
  }
}

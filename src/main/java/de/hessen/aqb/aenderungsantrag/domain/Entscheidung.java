package de.hessen.aqb.aenderungsantrag.domain;

import java.util.Map;

/**
 * The RP's decision on an Änderungsantrag (or the acknowledgement of an Änderungsanzeige).
 *
 * @param betraege the amount of every measure of the request after the decision (for a refusal: as before)
 */
public record Entscheidung(Art art, Map<String, Long> betraege, String begruendung) {

  public enum Art {
    ZUR_KENNTNIS("zur Kenntnis genommen"), BEWILLIGT("wie beantragt bewilligt"), TEILWEISE("teilweise bewilligt"),
    ABGELEHNT("abgelehnt");

    private final String text;

    Art(String text) {
      this.text = text;
    }

    public String text() {
      return text;
    }
  }

  /** The change takes effect (the ledger books it). */
  public boolean wirksam() {
    return art != Art.ABGELEHNT;
  }
}

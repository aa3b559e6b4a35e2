package de.hessen.aqb.gemeinsam;

import java.math.BigDecimal;

/** Euro amounts as clerks type them ("2812460", "2.812.460,50", "491550,00 €", "1200000.5"), read exactly. */
public final class Betraege {

  private static final java.util.regex.Pattern TAUSENDERPUNKTE = java.util.regex.Pattern.compile("-?\\d{1,3}(\\.\\d{3})+");

  private Betraege() {}

  /** The amount in euros, or null for blank input; {@link UngueltigeEingabe} for anything that is no amount. */
  public static BigDecimal euro(String eingabe, String feld) {
    if (eingabe == null || eingabe.isBlank()) {
      return null;
    }
    String text = eingabe.strip().replace(" ", "").replace("\u00a0", "").replace("€", "");
    if (text.contains(",")) {
      text = text.replace(".", "").replace(',', '.');
    } else if (TAUSENDERPUNKTE.matcher(text).matches()) {
      // German thousands separators without cents: 80.000 or 2.812.460
      text = text.replace(".", "");
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new UngueltigeEingabe("„" + eingabe + "“ ist kein Betrag" + (feld == null ? "" : " (" + feld + ")")
          + ". Bitte eine Zahl in Euro eingeben, z. B. 491550 oder 491550,50.");
    }
  }

  /** Cents of a non-negative amount with at most two decimals, or null for blank input. */
  public static Long centNichtNegativ(String eingabe, String feld) {
    BigDecimal euro = euro(eingabe, feld);
    if (euro == null) {
      return null;
    }
    if (euro.signum() < 0) {
      throw new UngueltigeEingabe(feld + " darf nicht negativ sein: " + eingabe + ".");
    }
    if (euro.stripTrailingZeros().scale() > 2) {
      throw new UngueltigeEingabe(feld + " darf höchstens zwei Nachkommastellen (Cent) haben: " + eingabe + ".");
    }
    return euro.movePointRight(2).longValueExact();
  }
}

package de.hessen.aqb.gemeinsam;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * Money in this application: exact euro amounts as integer cents ({@code long}) or {@link BigDecimal}, never
 * {@code double}. Reads amounts as clerks type them ("2812460", "2.812.460,50", "491550,00 €", "1200000.5") and
 * writes them in German notation. Formatting is done by hand so that the output does not depend on the JDK's locale
 * data (which uses non-breaking spaces before "€").
 */
public final class Geld {

  /** Largest amount any field accepts: 999.999.999,99 € (far above a state budget, far below an overflow). */
  public static final long HOECHSTBETRAG_CENT = 99_999_999_999L;

  private static final Pattern TAUSENDERPUNKTE = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+");

  private Geld() {}

  /** Agreement style: "2.812.460 Euro" for whole euros, "2.812.460,50 Euro" otherwise. */
  public static String imVertragstext(long cent) {
    long euro = Math.abs(cent / 100);
    long rest = Math.abs(cent % 100);
    String text = tausender(euro) + (rest == 0 ? "" : "," + zweistellig(rest)) + " Euro";
    return cent < 0 ? "-" + text : text;
  }

  public static String imVertragstext(BigDecimal euro) {
    return imVertragstext(inCent(euro));
  }

  /** General currency style: "2.812.460,00 €". */
  public static String alsWaehrung(long cent) {
    long euro = Math.abs(cent / 100);
    long rest = Math.abs(cent % 100);
    String text = tausender(euro) + "," + zweistellig(rest) + " €";
    return cent < 0 ? "-" + text : text;
  }

  /** An editable field's notation, read back by {@link #euro}: "2.812.460,00" (German, without the currency sign). */
  public static String alsEingabe(long cent) {
    String text = alsWaehrung(cent);
    return text.substring(0, text.length() - 2);
  }

  public static String alsWaehrung(BigDecimal euro) {
    return alsWaehrung(inCent(euro));
  }

  /** Converts euros to cents; more than two decimal places are rejected, not rounded. */
  public static long inCent(BigDecimal euro) {
    try {
      return euro.setScale(2, RoundingMode.UNNECESSARY).movePointRight(2).longValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("Kein gültiger Eurobetrag: " + euro, e);
    }
  }

  /** The amount in euros, or null for blank input; {@link UngueltigeEingabe} for anything that is no amount. */
  private static final java.util.regex.Pattern ZIFFERN = java.util.regex.Pattern.compile("[+-]?\\d{1,40}(\\.\\d{1,20})?");

  public static BigDecimal euro(String eingabe, String feld) {
    if (eingabe == null || eingabe.isBlank()) {
      return null;
    }
    // the euro sign only before or after the number ("12€34" is no amount)
    String text = eingabe.strip().replace(" ", "").replace("\u00a0", "").replaceAll("^€|€$", "");
    if (text.contains(",")) {
      text = text.replace(".", "").replace(',', '.');
    } else if (TAUSENDERPUNKTE.matcher(text).matches()) {
      // German thousands separators without cents: 80.000 or 2.812.460
      text = text.replace(".", "");
    }
    try {
      if (!ZIFFERN.matcher(text).matches()) {
        throw new NumberFormatException(text); // no exponents, NaN, hex or stray characters
      }
      BigDecimal betrag = new BigDecimal(text);
      if (betrag.abs().compareTo(BigDecimal.valueOf(HOECHSTBETRAG_CENT, 2)) > 0) {
        throw new UngueltigeEingabe("„" + eingabe + "“ ist zu groß" + (feld == null ? "" : " (" + feld + ")")
            + ". Höchstens " + alsWaehrung(HOECHSTBETRAG_CENT) + " sind möglich.");
      }
      return betrag;
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

  private static String tausender(long wert) {
    String ziffern = Long.toString(wert);
    StringBuilder text = new StringBuilder();
    int erste = ziffern.length() % 3 == 0 ? 3 : ziffern.length() % 3;
    text.append(ziffern, 0, erste);
    for (int i = erste; i < ziffern.length(); i += 3) {
      text.append('.').append(ziffern, i, i + 3);
    }
    return text.toString();
  }

  private static String zweistellig(long wert) {
    return wert < 10 ? "0" + wert : Long.toString(wert);
  }
}

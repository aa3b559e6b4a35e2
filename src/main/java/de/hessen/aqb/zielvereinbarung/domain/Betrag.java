package de.hessen.aqb.zielvereinbarung.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * German formatting of exact money amounts (euro cents as {@code long} or {@link BigDecimal}).
 * Formatting is done by hand so that the output does not depend on the JDK's locale data
 * (which uses non-breaking spaces before "€").
 */
public final class Betrag {

    private Betrag() {
    }

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

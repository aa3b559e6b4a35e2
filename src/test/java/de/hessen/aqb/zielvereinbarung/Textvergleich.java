package de.hessen.aqb.zielvereinbarung;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Test helper: the only normalisation allowed when comparing generated text with the signed
 * agreements, and a word-by-word comparison with a readable diff.
 */
final class Textvergleich {

    private static final Pattern FUSSZEILE = Pattern.compile("(?m)^[ \\t]*Seite \\d+ von \\d+[ \\t]*$");
    private static final Pattern MARKDOWN_UEBERSCHRIFT = Pattern.compile("(?m)^[ \\t]*#+[ \\t]*");
    private static final Pattern MARKDOWN_LISTENPUNKT = Pattern.compile("(?m)^[ \\t]*- ");
    private static final Pattern LEERRAUM = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private Textvergleich() {
    }

    /** Normalises text extracted from a generated PDF: footer lines out, whitespace collapsed. */
    static String ausPdf(String text) {
        return gemeinsam(FUSSZEILE.matcher(text).replaceAll(""));
    }

    /**
     * Normalises a seed (markdown-ish transcription of the signed PDF): markup removed
     * ({@code **}, leading {@code #}s, list item markers "- ", {@code \*} for {@code *}), then as
     * for the PDF.
     */
    static String ausSeed(String text) {
        String ohneMarkup = text.replace("**", "").replace("\\*", "*");
        ohneMarkup = MARKDOWN_UEBERSCHRIFT.matcher(ohneMarkup).replaceAll("");
        ohneMarkup = MARKDOWN_LISTENPUNKT.matcher(ohneMarkup).replaceAll("");
        return gemeinsam(ohneMarkup);
    }

    private static String gemeinsam(String text) {
        // The one spelling variant between the two signed agreements (000 vs. 001).
        String einheitlich = text.replace("erfolgsversprechende", "erfolgversprechende");
        return LEERRAUM.matcher(einheitlich).replaceAll(" ").strip();
    }

    /** The part from the first {@code von} up to and including the first {@code bis} after it. */
    static String ausschnitt(String text, String von, String bisEinschliesslich) {
        int anfang = text.indexOf(von);
        if (anfang < 0) {
            fail("Anfang »" + von + "« nicht gefunden in: " + kurz(text));
        }
        int ende = text.indexOf(bisEinschliesslich, anfang);
        if (ende < 0) {
            fail("Ende »" + bisEinschliesslich + "« nicht gefunden nach »" + von + "« in: " + kurz(text));
        }
        return text.substring(anfang, ende + bisEinschliesslich.length());
    }

    /** The part from the first {@code von} up to (excluding) the first {@code bisAusschliesslich}. */
    static String ausschnittVor(String text, String von, String bisAusschliesslich) {
        int anfang = text.indexOf(von);
        int ende = anfang < 0 ? -1 : text.indexOf(bisAusschliesslich, anfang);
        if (anfang < 0 || ende < 0) {
            fail("»" + von + "« … »" + bisAusschliesslich + "« nicht gefunden in: " + kurz(text));
        }
        return text.substring(anfang, ende).strip();
    }

    /** Asserts equality word by word; on failure shows the first differing word in context. */
    static void assertWortgleich(String erwartet, String tatsaechlich, String bezeichnung) {
        String[] soll = erwartet.split(" ");
        String[] ist = tatsaechlich.split(" ");
        int i = 0;
        while (i < soll.length && i < ist.length && soll[i].equals(ist[i])) {
            i++;
        }
        if (i == soll.length && i == ist.length) {
            return;
        }
        fail(bezeichnung + ": erstes abweichendes Wort Nr. " + (i + 1)
                + " (Seed " + soll.length + " Wörter, PDF " + ist.length + " Wörter)\n"
                + "  Seed: …" + umgebung(soll, i) + "\n"
                + "  PDF:  …" + umgebung(ist, i));
    }

    private static String umgebung(String[] woerter, int i) {
        int von = Math.max(0, i - 8);
        String davor = Arrays.stream(woerter, von, Math.min(i, woerter.length)).collect(Collectors.joining(" "));
        String ab = i < woerter.length
                ? "[[" + woerter[i] + "]] " + Arrays.stream(woerter, i + 1, Math.min(woerter.length, i + 9))
                        .collect(Collectors.joining(" "))
                : "[[<Ende>]]";
        return davor + " " + ab + " …";
    }

    private static String kurz(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + " …";
    }
}

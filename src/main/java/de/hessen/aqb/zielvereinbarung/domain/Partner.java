package de.hessen.aqb.zielvereinbarung.domain;

import java.util.List;
import java.util.Objects;

/**
 * The Gebietskörperschaft that signs the agreement, with its name in the four grammatical cases,
 * each including the definite article in lower case, e.g. "der Landkreis Odenwaldkreis",
 * "des Landkreises Odenwaldkreis", "dem Landkreis Odenwaldkreis", "den Landkreis Odenwaldkreis".
 *
 * @param bezeichnung the name without article, e.g. "Landkreis Odenwaldkreis"
 */
public record Partner(String bezeichnung, String nominativ, String genitiv, String dativ, String akkusativ) {

    public Partner {
        Objects.requireNonNull(bezeichnung, "bezeichnung");
        Objects.requireNonNull(nominativ, "nominativ");
        Objects.requireNonNull(genitiv, "genitiv");
        Objects.requireNonNull(dativ, "dativ");
        Objects.requireNonNull(akkusativ, "akkusativ");
    }

    public String nominativAmSatzanfang() {
        return satzanfang(nominativ);
    }

    public String genitivAmSatzanfang() {
        return satzanfang(genitiv);
    }

    public String dativAmSatzanfang() {
        return satzanfang(dativ);
    }

    public String akkusativAmSatzanfang() {
        return satzanfang(akkusativ);
    }

    /**
     * The genitive split into two lines for the signature block: article and kind of body on the
     * first line, the name on the second ("des Landkreises" / "Odenwaldkreis"). Forms of at most
     * two words stay on one line.
     */
    public List<String> genitivZeilen() {
        String[] woerter = genitiv.trim().split("\\s+", 3);
        if (woerter.length < 3) {
            return List.of(genitiv.trim());
        }
        return List.of(woerter[0] + " " + woerter[1], woerter[2]);
    }

    static String satzanfang(String text) {
        if (text.isEmpty()) {
            return text;
        }
        int erstes = text.codePointAt(0);
        return new StringBuilder()
                .appendCodePoint(Character.toUpperCase(erstes))
                .append(text.substring(Character.charCount(erstes)))
                .toString();
    }
}

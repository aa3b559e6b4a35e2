package de.hessen.aqb.referenz;

/** The four German case forms of a body's name, each including the article ("dem Landkreis Odenwaldkreis"). */
public record Namensformen(String nominativ, String genitiv, String dativ, String akkusativ) {

    public String nominativGross() {
        return gross(nominativ);
    }

    public String genitivGross() {
        return gross(genitiv);
    }

    public String dativGross() {
        return gross(dativ);
    }

    public String akkusativGross() {
        return gross(akkusativ);
    }

    /** Capitalises the first letter, for use at the start of a sentence. */
    static String gross(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}

package de.hessen.aqb.gemeinsam;

/**
 * A text cell of a CSV file the application writes (the case file's lists): a cell that starts like a formula
 * ({@code = + - @}, tab, carriage return) is prefixed with an apostrophe, so Excel shows the text instead of running it
 * (CSV/formula injection, OWASP). Numbers and amounts the application formats itself need no such care.
 */
public final class CsvZelle {

  private static final String FORMELANFANG = "=+-@\t\r";

  private CsvZelle() {}

  public static String sicher(Object wert) {
    if (wert == null) {
      return "";
    }
    String text = wert.toString();
    return !text.isEmpty() && FORMELANFANG.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }
}

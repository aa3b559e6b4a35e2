package de.hessen.aqb.altvereinbarung.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns OCR output (or a PDF's text layer) into clean, non-empty lines: Unicode NFC, typographic markup of converted
 * documents removed (#, **, escaped \*), non-breaking and repeated spaces collapsed, and page furniture dropped — page
 * numbers ("Seite 2 von 4", "- 3 -", "2/4", a bare number) wherever they stand, also in the middle of a list.
 */
public final class Textaufbereitung {

  private static final Pattern SEITENZAHL = Pattern.compile(
      "(?i)^[-–—\\s]*(?:(?:seite|5eite|selte|page)\\s*)?[\\dOolI|]{1,3}\\s*(?:(?:von|/|v0n)\\s*[\\dOolI|]{1,3})?[-–—\\s]*$");
  private static final Pattern MARKUP = Pattern.compile("^#{1,6}\\s*|\\*\\*|__");

  private Textaufbereitung() {}

  public static List<String> zeilen(String text) {
    String t = Normalizer.normalize(text, Normalizer.Form.NFC).replace('\u00a0', ' ').replace("\\*", "*")
        .replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ').replace('\f', '\n');
    List<String> zeilen = new ArrayList<>();
    for (String roh : t.split("\n")) {
      String zeile = MARKUP.matcher(roh).replaceAll("").replaceAll(" {2,}", " ").strip();
      if (!zeile.isEmpty() && !istSeitenzahl(zeile)) {
        zeilen.add(zeile);
      }
    }
    return zeilen;
  }

  /** A page number or page counter line; never a year. */
  static boolean istSeitenzahl(String zeile) {
    return SEITENZAHL.matcher(zeile).matches() && !zeile.matches("\\d{4}");
  }
}

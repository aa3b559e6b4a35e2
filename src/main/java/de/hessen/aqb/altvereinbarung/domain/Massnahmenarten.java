package de.hessen.aqb.altvereinbarung.domain;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The four Maßnahmenarten as § 5 prints their headings. A heading is recognised by its wording (confusion-folded
 * Levenshtein), never by its number: OCR and typists misnumber them. (The reader needs only the wording; the
 * Zielvereinbarung stage's {@code Massnahmenart} holds the same texts for documents.)
 */
final class Massnahmenarten {

  static final List<String> TITEL = List.of(
      "Ausbildungsvorbereitung",
      "Ausbildung und Ausbildungscoaching in anerkannten Ausbildungsberufen",
      "Qualifizierungsprojekte zur Arbeitsmarktintegration, Fachkräftesicherung",
      "Weiterbildungsmaßnahmen für Personal der Landkreise und kreisfreien Städte in der fachlichen Verantwortung für "
          + "Benachteiligte im Kontext der Arbeitsmarktförderung");
  static final double GLEICH = 0.8;
  private static final Pattern NUMMER = Pattern.compile("^[(\\[]?[0-9IlVvX|]{1,3}\\s*[.):\\]]?\\s*(?=\\p{L})");

  private Massnahmenarten() {}

  /** The text without a leading list number ("1.", "l.", "III)", "4 "). */
  static String ohneNummer(String zeile) {
    return NUMMER.matcher(zeile).replaceFirst("").strip();
  }

  static boolean hatNummer(String zeile) {
    return NUMMER.matcher(zeile).find();
  }

  /** 1–4 if the text is that heading, else 0. */
  static int art(String text) {
    int beste = 0;
    double guete = GLEICH;
    for (int i = 0; i < TITEL.size(); i++) {
      double g = OcrAbgleich.aehnlichkeit(text, TITEL.get(i));
      if (g >= guete) {
        beste = i + 1;
        guete = g;
      }
    }
    return beste;
  }

  /** 1–4 if the text reads like the beginning of that heading (a heading broken over lines), else 0. */
  static int anfangVon(String text) {
    if (text.length() < 15) {
      return 0;
    }
    for (int i = 0; i < TITEL.size(); i++) {
      if (text.length() < TITEL.get(i).length() * 0.95 && OcrAbgleich.anfang(text, TITEL.get(i)) >= 0.85) {
        return i + 1;
      }
    }
    return 0;
  }
}

package de.hessen.aqb.altvereinbarung.domain;

import java.text.Normalizer;

/**
 * Fuzzy comparison that forgives the letter confusions of OCR. Both sides are first <em>folded</em>: lower case,
 * umlauts and ß spelled out, and every group of glyphs OCR confuses mapped onto one representative (q/g, f/t,
 * I/l/1/|/i/!, rn/m, 0/O, 5/S, 8/B) — so "Wefteraukreis" and "Wetteraukreis" fold alike. What folding cannot
 * absorb (a lost or extra letter) the Levenshtein distance on the folded strings measures.
 */
public final class OcrAbgleich {

  private OcrAbgleich() {}

  /** The folded form: a word and its typical OCR misreadings give the same string. */
  public static String falte(String text) {
    String t = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(java.util.Locale.GERMAN)
        .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss").replace("rn", "m");
    StringBuilder s = new StringBuilder(t.length());
    boolean leer = true;
    for (char c : t.toCharArray()) {
      char f = switch (c) {
        case 'q' -> 'g';
        case 'f' -> 't';
        case 'i', '1', '|', '!', 'j' -> 'l';
        case '0' -> 'o';
        case '5' -> 's';
        case '8' -> 'b';
        default -> Character.isLetterOrDigit(c) ? c : ' ';
      };
      if (f == ' ') {
        if (!leer) {
          s.append(' ');
        }
        leer = true;
      } else {
        s.append(f);
        leer = false;
      }
    }
    return s.toString().strip();
  }

  /** Similarity of two texts after folding, 1.0 = equal, 0.0 = nothing in common. */
  public static double aehnlichkeit(String a, String b) {
    String x = falte(a);
    String y = falte(b);
    int laenge = Math.max(x.length(), y.length());
    return laenge == 0 ? 1.0 : 1.0 - (double) abstand(x, y) / laenge;
  }

  /** How well {@code muster} occurs somewhere inside {@code text} (after folding): 1.0 = verbatim. */
  public static double enthalten(String muster, String text) {
    String m = falte(muster);
    String t = falte(text);
    if (m.isEmpty()) {
      return 0;
    }
    int[] vorher = new int[t.length() + 1]; // free start anywhere in the text
    int[] jetzt = new int[t.length() + 1];
    for (int i = 1; i <= m.length(); i++) {
      jetzt[0] = i;
      for (int j = 1; j <= t.length(); j++) {
        int kosten = m.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1;
        jetzt[j] = Math.min(Math.min(jetzt[j - 1] + 1, vorher[j] + 1), vorher[j - 1] + kosten);
      }
      int[] tausch = vorher;
      vorher = jetzt;
      jetzt = tausch;
    }
    int bester = Integer.MAX_VALUE;
    for (int wert : vorher) {
      bester = Math.min(bester, wert);
    }
    return Math.max(0, 1.0 - (double) bester / m.length());
  }

  /** How well {@code text} reads as the beginning of {@code muster} (for headings broken over lines). */
  public static double anfang(String text, String muster) {
    String t = falte(text);
    String m = falte(muster);
    if (t.isEmpty()) {
      return 0;
    }
    double bester = 0;
    for (int l = Math.max(1, t.length() - 3); l <= Math.min(m.length(), t.length() + 3); l++) {
      bester = Math.max(bester, 1.0 - (double) abstand(t, m.substring(0, l)) / Math.max(t.length(), l));
    }
    return bester;
  }

  /** The Levenshtein distance (insert, delete, replace one character). */
  public static int abstand(String a, String b) {
    int[] vorher = new int[b.length() + 1];
    int[] jetzt = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      vorher[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      jetzt[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int kosten = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        jetzt[j] = Math.min(Math.min(jetzt[j - 1] + 1, vorher[j] + 1), vorher[j - 1] + kosten);
      }
      int[] tausch = vorher;
      vorher = jetzt;
      jetzt = tausch;
    }
    return vorher[b.length()];
  }
}

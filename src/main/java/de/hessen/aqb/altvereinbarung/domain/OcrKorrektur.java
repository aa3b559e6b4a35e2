package de.hessen.aqb.altvereinbarung.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs OCR letter confusions word by word, in two general steps (no list of particular errors):
 * <ol>
 *   <li>German orthography: inside a word a digit 1, a bar | or a capital I after a small letter is a small l, and so
 *   is a capital I after a capital consonant and before only small letters ("KIassen", not "MInA"); a small l between two capitals is an I
 *   ("FlB"); a small l between two consonants (not after h, l or r) is an i ("Aktlvierung"); rn after a consonant is m
 *   ("Chancenrnarkt"); a word never starts with "Sf", so that is "St"; a 0 between letters is an o; q is always
 *   followed by u, so a q before anything else was a g; a token of I, l, 1 and | after a V/X or standing as II/III (as
 *   in "SGB Ill") is a Roman numeral.</li>
 *   <li>Known words: a word the {@link Wortschatz} does not know but that folds exactly like one known word becomes
 *   that word (f/t, rn/m, q/g, I/l/1 in any position).</li>
 * </ol>
 */
public final class OcrKorrektur {

  private static final Pattern ROEMISCH = Pattern.compile("[VX]?[Il1|]{2,3}|[VX][Il1|]");
  private static final Pattern RN_NACH_KONSONANT = Pattern.compile("(?<=\\p{L})([b-df-hj-np-tv-zß])rn");
  private static final Pattern VERDAECHTIG = Pattern.compile("\\d|\\||(?<=\\p{Ll})I|q(?!u)");

  private OcrKorrektur() {}

  /** The line with every word repaired. */
  public static String zeile(String zeile, Wortschatz wortschatz) {
    Matcher m = Wortschatz.WORT.matcher(zeile);
    StringBuilder s = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(s, Matcher.quoteReplacement(wort(m.group(), wortschatz)));
    }
    m.appendTail(s);
    return s.toString();
  }

  public static String wort(String wort, Wortschatz wortschatz) {
    if (ROEMISCH.matcher(wort).matches() && wort.contains("I")) {
      return wort.replaceAll("[l1|]", "I");
    }
    if (wortschatz.kennt(wort) || wort.length() < 2) {
      return wort;
    }
    String w = orthographisch(wort);
    if (wortschatz.kennt(w)) {
      return w;
    }
    return wortschatz.gleichGefaltet(w).map(bekannt -> inSchreibung(bekannt, w)).orElse(w);
  }

  /** True if the word still shows a glyph German words do not have in that place. */
  public static boolean verdaechtig(String wort) {
    return VERDAECHTIG.matcher(wort).find();
  }

  static String orthographisch(String wort) {
    String anfang = wort.startsWith("Sf") ? "St" + wort.substring(2) : wort.startsWith("sf") ? "st" + wort.substring(2) : wort;
    StringBuilder s = new StringBuilder(RN_NACH_KONSONANT.matcher(anfang).replaceAll("$1m"));
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean buchstabeDavor = i > 0 && Character.isLetter(s.charAt(i - 1));
      boolean buchstabeDanach = i + 1 < s.length() && Character.isLetter(s.charAt(i + 1));
      if ((c == '1' || c == '|') && (buchstabeDavor || buchstabeDanach)) {
        s.setCharAt(i, 'l');
      } else if (c == 'I' && buchstabeDavor && (Character.isLowerCase(s.charAt(i - 1))
          || (konsonant(s.charAt(i - 1)) && buchstabeDanach && s.substring(i + 1).chars().noneMatch(Character::isUpperCase)))) {
        s.setCharAt(i, 'l');
      } else if (c == 'l' && buchstabeDavor && buchstabeDanach && Character.isUpperCase(s.charAt(i - 1))
          && Character.isUpperCase(s.charAt(i + 1))) {
        s.setCharAt(i, 'I');
      } else if (c == 'l' && buchstabeDavor && buchstabeDanach && konsonant(s.charAt(i - 1))
          && "hlrHLR".indexOf(s.charAt(i - 1)) < 0 && konsonant(s.charAt(i + 1)) && s.charAt(i + 1) != 'l') {
        s.setCharAt(i, 'i');
      } else if (c == '0' && buchstabeDavor && buchstabeDanach) {
        s.setCharAt(i, 'o');
      } else if (c == 'q' && (i + 1 >= s.length() || s.charAt(i + 1) != 'u')) {
        s.setCharAt(i, 'g');
      }
    }
    return s.toString();
  }

  private static boolean konsonant(char c) {
    return Character.isLetter(c) && "aeiouyäöüAEIOUYÄÖÜ".indexOf(c) < 0;
  }

  /** The known word, capitalised like the word read (all capitals, first capital, or as known). */
  private static String inSchreibung(String bekannt, String gelesen) {
    if (gelesen.length() > 1 && gelesen.equals(gelesen.toUpperCase(java.util.Locale.GERMAN))) {
      return bekannt.toUpperCase(java.util.Locale.GERMAN);
    }
    if (Character.isUpperCase(gelesen.charAt(0))) {
      return Character.toUpperCase(bekannt.charAt(0)) + bekannt.substring(1);
    }
    return bekannt;
  }
}

package de.hessen.aqb.altvereinbarung.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The known words: the agreement template's own text, the Maßnahmenarten, the reference names and the project names
 * the system already holds. A word OCR damaged with a letter confusion folds ({@link OcrAbgleich#falte}) like exactly
 * one known word and is replaced by it; a word that folds like two known words is left as it is.
 */
public final class Wortschatz {

  static final Pattern WORT = Pattern.compile("[\\p{L}][\\p{L}\\d|]*");
  private static final String MEHRDEUTIG = "";

  private final Set<String> woerter = new HashSet<>();
  private final Map<String, String> nachFaltung = new HashMap<>();

  private Wortschatz() {}

  /** All words (2 letters or more) of the given texts. */
  public static Wortschatz aus(Collection<String> texte) {
    Wortschatz w = new Wortschatz();
    for (String text : texte) {
      Matcher m = WORT.matcher(text);
      while (m.find()) {
        String wort = m.group();
        if (wort.length() >= 2 && wort.chars().allMatch(Character::isLetter)) {
          w.woerter.add(wort.toLowerCase(Locale.GERMAN));
          String faltung = OcrAbgleich.falte(wort);
          String bisher = w.nachFaltung.get(faltung);
          if (bisher == null) {
            w.nachFaltung.put(faltung, wort);
          } else if (!bisher.equalsIgnoreCase(wort)) {
            w.nachFaltung.put(faltung, MEHRDEUTIG);
          }
        }
      }
    }
    return w;
  }

  public boolean kennt(String wort) {
    return woerter.contains(wort.toLowerCase(Locale.GERMAN));
  }

  /** The one known word that this (possibly misread) word folds to. */
  public Optional<String> gleichGefaltet(String wort) {
    String treffer = nachFaltung.get(OcrAbgleich.falte(wort));
    return treffer == null || treffer.isEmpty() ? Optional.empty() : Optional.of(treffer);
  }
}

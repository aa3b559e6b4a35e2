package de.hessen.aqb.altvereinbarung.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the signature blocks after § 7. A block starts with its place-and-date line ("Erbach, den 11. 08. 2025") or,
 * where that line is illegible, with the line before its title. The title is the known title the line folds closest
 * to; the name is the line above the title (a signature's repeated name counts once); the place is matched against the
 * known places (the bodies' seats and names). The agreement has two signatories (ministry, then the body): fewer blocks
 * are filled up with empty ones, and every unread part is named uncertain.
 */
final class UnterschriftLeser {

  static final List<String> TITEL = List.of("Staatsministerin", "Staatsminister", "Staatssekretärin", "Staatssekretär",
      "Ministerin", "Minister", "Landrätin", "Landrat", "Oberbürgermeisterin", "Oberbürgermeister", "Bürgermeisterin",
      "Bürgermeister", "Stadträtin", "Stadtrat", "Erste Kreisbeigeordnete", "Erster Kreisbeigeordneter",
      "Kreisbeigeordnete", "Kreisbeigeordneter", "Dezernentin", "Dezernent", "Abteilungsleiterin", "Abteilungsleiter");
  private static final Pattern ORT_DATUM = Pattern.compile("^(\\p{L}[\\p{L} .()/-]{1,40}?)\\s*[,.]\\s*\\S{2,4}\\s+(.*\\d.*)$");
  private static final Pattern NAME = Pattern.compile("(?:(?:Dr\\.|Prof\\.|von|van|de|zu)\\s+|\\p{Lu}[\\p{L}'-]*\\.?\\s*){2,5}");

  private UnterschriftLeser() {}

  static List<Unterschrift> lies(List<String> zeilen, int ab, List<String> orte, Befund befund) {
    List<Integer> anfaenge = new ArrayList<>();
    for (int i = ab; i < zeilen.size(); i++) {
      // a title starts a block of its own only where the block so far has one already (its date line was illegible)
      if (ortUndDatum(zeilen.get(i)).isPresent() || (titel(zeilen.get(i)) != null && blockHatTitel(zeilen, anfaenge, i))) {
        anfaenge.add(ortUndDatum(zeilen.get(i)).isPresent() ? i : Math.max(ab, i - 1));
      }
    }
    List<Unterschrift> ergebnis = new ArrayList<>();
    for (int b = 0; b < Math.max(2, anfaenge.size()); b++) {
      String pfad = "unterzeichnungen[" + b + "]";
      if (b >= anfaenge.size()) {
        ergebnis.add(new Unterschrift(befund.feld(pfad + ".titel", null, 0), befund.feld(pfad + ".name", null, 0),
            befund.feld(pfad + ".ort", null, 0), befund.feld(pfad + ".datum", null, 0)));
        continue;
      }
      int von = anfaenge.get(b);
      int bis = b + 1 < anfaenge.size() ? anfaenge.get(b + 1) : zeilen.size();
      ergebnis.add(block(zeilen.subList(von, bis), orte, befund, pfad));
    }
    return ergebnis;
  }

  /** True if the block begun last already has a title before line i (or no block has begun). */
  private static boolean blockHatTitel(List<String> zeilen, List<Integer> anfaenge, int i) {
    if (anfaenge.isEmpty()) {
      return true;
    }
    return zeilen.subList(anfaenge.get(anfaenge.size() - 1), i).stream().anyMatch(z -> titel(z) != null);
  }

  private static Unterschrift block(List<String> block, List<String> orte, Befund befund, String pfad) {
    Optional<String[]> kopf = ortUndDatum(block.get(0));
    String ort = null;
    double ortSicher = 0;
    LocalDate datum = null;
    if (kopf.isPresent()) {
      String gelesen = kopf.get()[0].strip();
      String bekannt = orte.stream().max(java.util.Comparator.comparingDouble(o -> OcrAbgleich.aehnlichkeit(o, gelesen)))
          .orElse(gelesen);
      boolean passt = OcrAbgleich.aehnlichkeit(bekannt, gelesen) >= 0.8;
      ort = passt ? bekannt : gelesen;
      ortSicher = passt ? 0.9 : 0.6;
      datum = Zahlen.datum(kopf.get()[1]).orElse(null);
    }
    int titelZeile = -1;
    String titel = null;
    for (int i = 0; i < block.size() && titel == null; i++) {
      titel = titel(block.get(i));
      titelZeile = titel == null ? -1 : i;
    }
    String name = null;
    int bis = titelZeile >= 0 ? titelZeile : Math.min(block.size(), 3);
    for (int i = bis - 1; i >= (kopf.isPresent() ? 1 : 0) && name == null; i--) {
      name = name(block.get(i));
    }
    boolean nameVerdaechtig = name != null && Wortschatz.WORT.matcher(name).results().anyMatch(m -> OcrKorrektur.verdaechtig(m.group()));
    name = name == null ? null : Wortschatz.WORT.matcher(name).replaceAll(m -> OcrKorrektur.orthographisch(m.group()));
    return new Unterschrift(befund.feld(pfad + ".titel", titel, 0.9), befund.feld(pfad + ".name", name, nameVerdaechtig ? 0.6 : 0.85),
        befund.feld(pfad + ".ort", ort, ortSicher), befund.feld(pfad + ".datum", datum, 0.95));
  }

  /** {place, rest with the date} if the line is a place-and-date line. */
  static Optional<String[]> ortUndDatum(String zeile) {
    Matcher m = ORT_DATUM.matcher(zeile);
    if (m.matches() && Zahlen.datum(m.group(2)).isPresent()) {
      return Optional.of(new String[] {m.group(1), m.group(2)});
    }
    return Optional.empty();
  }

  /** The known title this (short) line reads as, or null. */
  static String titel(String zeile) {
    if (zeile.length() > 32) {
      return null;
    }
    String bester = null;
    double guete = 0.8;
    for (String t : TITEL) {
      double g = OcrAbgleich.aehnlichkeit(zeile, t);
      if (g > guete) {
        bester = t;
        guete = g;
      }
    }
    return bester;
  }

  /** The line as a person's name (2–5 capitalised words, "Dr." allowed), or null if it does not read as one. */
  static String name(String zeile) {
    String z = zeile.strip();
    if (titel(z) != null || !NAME.matcher(z).matches() || z.length() > 50) {
      return null;
    }
    return z;
  }
}

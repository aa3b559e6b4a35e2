package de.hessen.aqb.altvereinbarung.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads § 5: the projects under the four Maßnahmenart headings, from the first heading to the closing sentence ("Die
 * Förderung der aufgeführten Maßnahmen …"). A heading counts by its wording ({@link Massnahmenarten}), also when broken
 * over lines. A line with a bullet starts a project; a line without one continues the previous project when the text
 * says so (it starts in lower case; the previous line ends in a hyphen, comma, open bracket or a word that cannot end a
 * name) or when the layout says so (the line's first word would not have fitted on the previous line: a wrap), and
 * otherwise is a project that lost its bullet. Running heads and page numbers inside the list are skipped.
 */
final class ProjektLeser {

  private static final Pattern SPIEGELSTRICH = Pattern.compile("^\\s*(?:[-–—•·▪►»*]|o(?=\\s))\\s*");
  private static final Set<String> KEIN_ENDE = Set.of("und", "oder", "für", "mit", "in", "im", "an", "am", "der", "die",
      "das", "den", "dem", "des", "zur", "zum", "zu", "von", "vom", "bei", "auf", "aus", "nach", "durch", "über", "&");

  private ProjektLeser() {}

  /** Whether a line without bullet continues the project above: no, yes by its text, or presumably by the layout. */
  private enum Fortsetzung { NEIN, TEXT, UMBRUCH }

  record Ergebnis(Map<String, List<String>> massnahmen, int ende) {}

  /** Reads from line {@code ab}; records each project's confidence in the finding. */
  static Ergebnis lies(List<String> zeilen, int ab, Wortschatz wortschatz, Befund befund) {
    int breite = zeilen.stream().mapToInt(String::length).max().orElse(0);
    Map<String, List<String>> namen = new LinkedHashMap<>();
    Map<String, List<Double>> sicher = new LinkedHashMap<>();
    for (int a = 1; a <= 4; a++) {
      namen.put(String.valueOf(a), new ArrayList<>());
      sicher.put(String.valueOf(a), new ArrayList<>());
    }
    boolean spiegelstriche = zeilen.subList(ab, zeilen.size()).stream().anyMatch(z -> SPIEGELSTRICH.matcher(z).find());
    int art = 0;
    boolean nachUeberschrift = false;
    String letzteZeile = "";
    int i = ab;
    for (; i < zeilen.size(); i++) {
      String zeile = zeilen.get(i);
      if (istEnde(zeile)) {
        break;
      }
      if (istKopfzeile(zeile)) {
        continue;
      }
      boolean strich = SPIEGELSTRICH.matcher(zeile).find() && !zeile.startsWith("--");
      int[] kopf = strich ? new int[] {0, i} : ueberschrift(zeilen, i);
      if (kopf[0] > 0) {
        art = kopf[0];
        i = kopf[1];
        nachUeberschrift = true;
        continue;
      }
      if (art == 0) {
        continue; // text before the first heading
      }
      String text = SPIEGELSTRICH.matcher(zeile).replaceFirst("").strip();
      List<String> liste = namen.get(String.valueOf(art));
      List<Double> sicherheiten = sicher.get(String.valueOf(art));
      String vorher = liste.isEmpty() || nachUeberschrift ? null : liste.get(liste.size() - 1);
      Fortsetzung fortsetzung = vorher == null || strich ? Fortsetzung.NEIN : fortsetzung(letzteZeile, text, breite, spiegelstriche);
      if (fortsetzung != Fortsetzung.NEIN) {
        String verbunden = vorher.endsWith("-") && Character.isLowerCase(text.charAt(0))
            ? vorher.substring(0, vorher.length() - 1) + text : vorher + " " + text;
        liste.set(liste.size() - 1, verbunden);
        // a join decided by the layout alone may also be a project that lost its bullet: the clerk is told
        sicherheiten.set(sicherheiten.size() - 1, Math.min(sicherheiten.get(sicherheiten.size() - 1),
            fortsetzung == Fortsetzung.TEXT ? 0.85 : 0.7));
      } else {
        liste.add(text);
        sicherheiten.add(strich ? 0.95 : nachUeberschrift || !spiegelstriche ? 0.9 : 0.85);
      }
      nachUeberschrift = false;
      letzteZeile = zeile;
    }
    Map<String, List<String>> ergebnis = new LinkedHashMap<>();
    namen.forEach((a, liste) -> {
      List<String> bereinigt = new ArrayList<>();
      for (int n = 0; n < liste.size(); n++) {
        String name = OcrKorrektur.zeile(liste.get(n), wortschatz).replaceAll("\\s+", " ").strip();
        boolean verdaechtig = Wortschatz.WORT.matcher(name).results().anyMatch(m -> OcrKorrektur.verdaechtig(m.group()));
        bereinigt.add(befund.feld("massnahmen." + a + "[" + n + "]", name,
            sicher.get(a).get(n) * (verdaechtig ? 0.85 : 1.0)));
      }
      ergebnis.put(a, bereinigt);
    });
    return new Ergebnis(ergebnis, i);
  }

  /** The first line at or after {@code ab} that is a Maßnahmenart heading, or -1. */
  static int ersteUeberschrift(List<String> zeilen, int ab) {
    for (int i = Math.max(0, ab); i < zeilen.size(); i++) {
      if (!SPIEGELSTRICH.matcher(zeilen.get(i)).find() && ueberschrift(zeilen, i)[0] > 0) {
        return i;
      }
    }
    return -1;
  }

  /** {Maßnahmenart, last line of the heading}; {0, i} if line i starts no heading. */
  private static int[] ueberschrift(List<String> zeilen, int i) {
    String text = Massnahmenarten.ohneNummer(zeilen.get(i));
    int art = Massnahmenarten.art(text);
    if (art > 0) {
      return new int[] {art, weiter(zeilen, i, text, art)};
    }
    int anfang = Massnahmenarten.anfangVon(text);
    if (anfang == 0) {
      return new int[] {0, i};
    }
    StringBuilder verbunden = new StringBuilder(text);
    for (int j = i + 1; j < Math.min(zeilen.size(), i + 6); j++) {
      if (istKopfzeile(zeilen.get(j))) {
        continue;
      }
      verbunden.append(' ').append(zeilen.get(j));
      if (Massnahmenarten.art(verbunden.toString()) == anfang) {
        return new int[] {anfang, weiter(zeilen, j, verbunden.toString(), anfang)};
      }
    }
    return new int[] {0, i};
  }

  /** Whether {@code text} continues the project whose last physical line was {@code vorher}. */
  /** The heading's last line: further lines are taken while they make it read closer to the heading. */
  private static int weiter(List<String> zeilen, int j, String verbunden, int art) {
    String titel = Massnahmenarten.TITEL.get(art - 1);
    double bisher = OcrAbgleich.aehnlichkeit(verbunden, titel);
    for (int k = j + 1; k < zeilen.size(); k++) {
      if (istKopfzeile(zeilen.get(k))) {
        continue;
      }
      if (OcrAbgleich.aehnlichkeit(verbunden + " " + zeilen.get(k), titel) <= bisher) {
        break;
      }
      verbunden = verbunden + " " + zeilen.get(k);
      bisher = OcrAbgleich.aehnlichkeit(verbunden, titel);
      j = k;
    }
    return j;
  }

  private static Fortsetzung fortsetzung(String vorher, String text, int breite, boolean spiegelstriche) {
    String letztes = vorher.substring(vorher.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.GERMAN);
    if (Character.isLowerCase(text.charAt(0)) || text.startsWith(")") || vorher.endsWith("-") || vorher.endsWith("–")
        || vorher.endsWith(",") || vorher.endsWith("/") || KEIN_ENDE.contains(letztes)
        || vorher.chars().filter(c -> c == '(').count() > vorher.chars().filter(c -> c == ')').count()) {
      return Fortsetzung.TEXT;
    }
    String erstesWort = text.split(" ")[0];
    // a wrap: the next word would not have fitted on the previous line (only a bulleted list wraps unmarked)
    return spiegelstriche && vorher.length() + 1 + erstesWort.length() > breite ? Fortsetzung.UMBRUCH : Fortsetzung.NEIN;
  }

  static boolean istEnde(String zeile) {
    return zeile.startsWith("§") || OcrAbgleich.enthalten("Förderung der aufgeführten", zeile) >= 0.8
        || OcrAbgleich.aehnlichkeit(zeile, "Zielsteuerung") >= 0.8;
  }

  /** A running head or foot left inside the list (it names the document or a page). */
  static boolean istKopfzeile(String zeile) {
    String f = OcrAbgleich.falte(zeile);
    return f.contains("zlelverelnbarung") || f.matches(".*\\bselte \\w+.*") || Textaufbereitung.istSeitenzahl(zeile);
  }
}

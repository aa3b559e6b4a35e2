package de.hessen.aqb.altvereinbarung.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates OCR-damaged variants of a clean agreement text by documented rules (README "Earlier years' agreements"),
 * reproducibly from a seed. The rules model what scanned agreements show, not the errors of any particular file:
 * <ol>
 *   <li><b>Letter confusions</b>: each word is hit with probability {@link #WORTRATE} by one confusion of OCR: g→q,
 *   t→f, f→t, l→I, l→1, I→l, m→rn, rn→m, i→l, and the Roman numerals II/III → Il/Ill; digits in amounts and dates:
 *   0→O, 1→l.</li>
 *   <li><b>Lost bullets</b>: each "- " of a list loses its bullet with probability 0.4.</li>
 *   <li><b>Broken lines</b>: in half of the variants the whole text is wrapped at a column of 44–60 characters, as a
 *   narrow scan's OCR does; a long project name, a heading or a sentence continue on the next line.</li>
 *   <li><b>Misnumbered headings</b>: the § 5 headings are renumbered (shifted, "l." for "1.", or no number).</li>
 *   <li><b>Garbled signature lines</b>: one signature block loses its name (a scribble) and in half the variants also
 *   its place-and-date line.</li>
 *   <li><b>Page headers and footers in the middle</b>: every 30 lines and once inside the § 5 list a running head
 *   ("Zielvereinbarung 2025 – Seite n") and a page number line are inserted.</li>
 * </ol>
 */
public final class OcrSchaeden {

  static final double WORTRATE = 0.06;
  private static final Pattern WORT = Pattern.compile("\\p{L}+");
  private static final String[][] VERWECHSLUNGEN = {{"g", "q"}, {"t", "f"}, {"f", "t"}, {"l", "I"}, {"l", "1"},
      {"I", "l"}, {"m", "rn"}, {"rn", "m"}, {"i", "l"}};

  private final Random zufall;
  private final int jahr;

  public OcrSchaeden(long seed, int jahr) {
    this.zufall = new Random(seed);
    this.jahr = jahr;
  }

  public String beschaedige(String text) {
    List<String> zeilen = new ArrayList<>(text.lines().toList());
    garbleUnterschrift(zeilen);
    nummeriereUeberschriftenFalsch(zeilen);
    List<String> ergebnis = new ArrayList<>();
    for (String z : zeilen) {
      if (z.startsWith("- ") && zufall.nextDouble() < 0.4) {
        z = z.substring(2);
      }
      ergebnis.add(z);
    }
    if (zufall.nextBoolean()) {
      ergebnis = umbrechen(ergebnis, 44 + zufall.nextInt(17));
    }
    ergebnis = seitenkoepfe(ergebnis);
    return verwechsle(String.join("\n", ergebnis));
  }

  private void garbleUnterschrift(List<String> zeilen) {
    List<Integer> datumszeilen = new ArrayList<>();
    for (int i = 0; i < zeilen.size(); i++) {
      if (zeilen.get(i).matches("^\\p{L}+, den .*\\d{4}\\s*$")) {
        datumszeilen.add(i);
      }
    }
    int block = datumszeilen.get(zufall.nextInt(datumszeilen.size()));
    for (int i = block + 1; i < zeilen.size(); i++) {
      if (zeilen.get(i).matches("^\\p{Lu}\\p{L}+ (Dr\\. )?\\p{Lu}\\p{L}+$")) {
        zeilen.set(i, "~/\\,-~ .\\/");
        break;
      }
    }
    if (zufall.nextBoolean()) {
      zeilen.set(block, "W~.-,` ,ii ~./ - 2_");
    }
  }

  private void nummeriereUeberschriftenFalsch(List<String> zeilen) {
    int verschiebung = 1 + zufall.nextInt(3);
    for (int i = 0; i < zeilen.size(); i++) {
      Matcher m = Pattern.compile("^(\\**)([1-4])\\. (Ausbildung|Qualifizierungs|Weiterbildungs)").matcher(zeilen.get(i));
      if (m.find()) {
        int nr = Integer.parseInt(m.group(2));
        String neu = switch (zufall.nextInt(3)) {
          case 0 -> ((nr + verschiebung - 1) % 4 + 1) + ".";
          case 1 -> nr == 1 ? "l." : nr == 3 ? "Ill." : nr + ")";
          default -> "";
        };
        zeilen.set(i, m.replaceFirst(Matcher.quoteReplacement(m.group(1) + (neu.isEmpty() ? "" : neu + " ") + m.group(3))));
      }
    }
  }

  private static List<String> umbrechen(List<String> zeilen, int breite) {
    List<String> ergebnis = new ArrayList<>();
    for (String zeile : zeilen) {
      String rest = zeile;
      while (rest.length() > breite) {
        int bruch = rest.lastIndexOf(' ', breite);
        if (bruch <= 0) {
          break;
        }
        ergebnis.add(rest.substring(0, bruch));
        rest = rest.substring(bruch + 1);
      }
      ergebnis.add(rest);
    }
    return ergebnis;
  }

  private List<String> seitenkoepfe(List<String> zeilen) {
    List<String> ergebnis = new ArrayList<>();
    int seite = 1;
    int liste = -1;
    for (int i = 0; i < zeilen.size(); i++) {
      if (zeilen.get(i).contains("Stadtteilmütter") || zeilen.get(i).contains("Beratung on Tour")
          || (liste < 0 && zeilen.get(i).startsWith("- ") && i > zeilen.size() / 2)) {
        liste = i;
      }
      boolean umbruch = (i > 0 && i % 30 == 0) || i == liste;
      if (umbruch) {
        seite++;
        ergebnis.add("- " + seite + " -");
        ergebnis.add("Zielvereinbarung " + jahr + " – Seite " + seite);
      }
      ergebnis.add(zeilen.get(i));
    }
    return ergebnis;
  }

  private String verwechsle(String text) {
    Matcher m = WORT.matcher(text);
    StringBuilder s = new StringBuilder();
    while (m.find()) {
      String wort = m.group();
      if (zufall.nextDouble() < WORTRATE) {
        wort = einmalVerwechselt(wort);
      }
      m.appendReplacement(s, Matcher.quoteReplacement(wort));
    }
    m.appendTail(s);
    String t = s.toString().replace("SGB XII", zufall.nextBoolean() ? "SGB XIl" : "SGB XII").replace("III", "Ill");
    return ziffern(t);
  }

  private String einmalVerwechselt(String wort) {
    List<String[]> moeglich = new ArrayList<>();
    for (String[] v : VERWECHSLUNGEN) {
      if (wort.contains(v[0])) {
        moeglich.add(v);
      }
    }
    if (moeglich.isEmpty()) {
      return wort;
    }
    String[] v = moeglich.get(zufall.nextInt(moeglich.size()));
    int stelle = wort.indexOf(v[0], zufall.nextInt(wort.length()));
    stelle = stelle < 0 ? wort.indexOf(v[0]) : stelle;
    return wort.substring(0, stelle) + v[1] + wort.substring(stelle + v[0].length());
  }

  /** Amounts and dates: a 0 read as O, a 1 as l, each with probability 0.3. */
  private String ziffern(String text) {
    Matcher m = Pattern.compile("\\d[\\d.]*\\d(?= Euro)|\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?\\d{4}").matcher(text);
    StringBuilder s = new StringBuilder();
    while (m.find()) {
      StringBuilder z = new StringBuilder(m.group());
      for (int i = 1; i < z.length(); i++) {
        if (z.charAt(i) == '0' && zufall.nextDouble() < 0.3) {
          z.setCharAt(i, 'O');
        } else if (z.charAt(i) == '1' && zufall.nextDouble() < 0.3) {
          z.setCharAt(i, 'l');
        }
      }
      m.appendReplacement(s, Matcher.quoteReplacement(z.toString()));
    }
    m.appendTail(s);
    return s.toString();
  }
}

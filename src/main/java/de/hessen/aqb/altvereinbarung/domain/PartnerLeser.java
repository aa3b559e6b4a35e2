package de.hessen.aqb.altvereinbarung.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the partner: every line votes for the body whose name form it contains best (confusion-folded, Levenshtein
 * inside the line, at least {@link #MINDESTENS}); a longer form beats a shorter one, so "der Stadt Kassel" never counts
 * for the Landkreis Kassel and "Landkreis Darmstadt-Dieburg" never for Darmstadt. The title line ("und der …") counts
 * three times. Only bodies that exist in the agreement's year take part (Hanau from 2026).
 */
final class PartnerLeser {

  static final double MINDESTENS = 0.86;

  record Ergebnis(Koerperschaft koerperschaft, double sicherheit) {}

  private PartnerLeser() {}

  static Optional<Ergebnis> lies(List<String> zeilen, List<Koerperschaft> alle, Integer jahr) {
    List<Koerperschaft> moeglich = alle.stream().filter(k -> jahr == null || k.gibtEsIm(jahr)).toList();
    Map<Koerperschaft, Integer> stimmen = new HashMap<>();
    int titel = titelzeile(zeilen);
    int gesamt = 0;
    for (int i = 0; i < zeilen.size(); i++) {
      Optional<Koerperschaft> k = besterTreffer(zeilen.get(i), moeglich);
      if (k.isPresent()) {
        int gewicht = i == titel ? 3 : 1;
        stimmen.merge(k.get(), gewicht, Integer::sum);
        gesamt += gewicht;
      }
    }
    if (gesamt == 0) {
      return Optional.empty();
    }
    var sieger = stimmen.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
    double anteil = (double) sieger.getValue() / gesamt;
    double sicherheit = sieger.getValue() >= 3 ? anteil : anteil * 0.75;
    return Optional.of(new Ergebnis(sieger.getKey(), sicherheit));
  }

  /** The partner line of the title: the first line starting with "und" after "zwischen", before the Präambel. */
  private static int titelzeile(List<String> zeilen) {
    boolean zwischen = false;
    for (int i = 0; i < Math.min(zeilen.size(), 40); i++) {
      String f = OcrAbgleich.falte(zeilen.get(i));
      if (f.equals("zwlschen")) {
        zwischen = true;
      } else if (zwischen && f.startsWith("und ")) {
        return i;
      }
    }
    return -1;
  }

  static Optional<Koerperschaft> besterTreffer(String zeile, List<Koerperschaft> moeglich) {
    Koerperschaft bester = null;
    double besteLaenge = 0;
    double besteGuete = 0;
    boolean gleichstand = false;
    for (Koerperschaft k : moeglich) {
      if (OcrAbgleich.enthalten(kern(k), zeile) < 0.75) {
        continue; // quick test on the distinctive part before the costly comparisons
      }
      for (String form : k.namensformen()) {
        double guete = OcrAbgleich.enthalten(form, zeile);
        if (guete < MINDESTENS) {
          continue;
        }
        int laenge = form.length();
        if (laenge > besteLaenge || (laenge == besteLaenge && guete > besteGuete)) {
          gleichstand = bester != null && laenge == besteLaenge && guete == besteGuete && !bester.equals(k);
          bester = k;
          besteLaenge = laenge;
          besteGuete = guete;
        } else if (laenge == besteLaenge && guete == besteGuete && !k.equals(bester)) {
          gleichstand = true;
        }
      }
    }
    return gleichstand ? Optional.empty() : Optional.ofNullable(bester);
  }

  /** The last word of the official name ("Wiesbaden", "Odenwaldkreis", "Main"). */
  private static String kern(Koerperschaft k) {
    String[] woerter = k.bezeichnung().split(" ");
    String letztes = woerter[woerter.length - 1];
    return letztes.length() >= 5 ? letztes : k.bezeichnung();
  }
}

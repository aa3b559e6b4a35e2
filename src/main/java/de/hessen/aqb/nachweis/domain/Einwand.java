package de.hessen.aqb.nachweis.domain;

import de.hessen.aqb.gemeinsam.Fehlerliste;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The RP's objection to one Beleg (by its row in the Belegliste): a reason and an optional comment. */
public record Einwand(int zeile, Einwandgrund grund, String kommentar) {

  static final int KOMMENTAR_LAENGE = 1000;

  /** What the clerk's form sends for one objected row. */
  public record Eingabe(String zeile, String grund, String kommentar) {}

  /** The objections per row of the stored Belegliste; every problem goes to {@code fehler}. */
  public static Map<Integer, Einwand> pruefe(List<Beleg> belege, List<Eingabe> eingaben, Fehlerliste fehler) {
    Set<Integer> zeilen = belege.stream().map(Beleg::zeile).collect(Collectors.toSet());
    Map<Integer, Einwand> einwaende = new LinkedHashMap<>();
    for (Eingabe e : eingaben) {
      String text = e.zeile() == null ? "" : e.zeile().strip();
      Integer zeile = text.matches("\\d{1,7}") ? Integer.valueOf(text) : null;
      if (zeile == null || !zeilen.contains(zeile)) {
        fehler.add("Beanstandung: Die Zeile „" + text + "“ gibt es in der Belegliste nicht.");
        continue;
      }
      String kommentar = e.kommentar() == null || e.kommentar().isBlank() ? null : e.kommentar().strip();
      var grund = Einwandgrund.von(e.grund());
      if (grund.isEmpty()) {
        fehler.add("Beleg in Zeile " + zeile + ": Bitte einen Grund der Beanstandung wählen.");
      } else if (kommentar != null && kommentar.length() > KOMMENTAR_LAENGE) {
        fehler.add("Beleg in Zeile " + zeile + ": Der Kommentar ist zu lang (höchstens " + KOMMENTAR_LAENGE + " Zeichen).");
      } else if (einwaende.putIfAbsent(zeile, new Einwand(zeile, grund.get(), kommentar)) != null) {
        fehler.add("Beleg in Zeile " + zeile + ": ist doppelt beanstandet.");
      }
    }
    return einwaende;
  }
}

package de.hessen.aqb.nachweis.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/** All problems of a Belegliste in one German message: the first ones in full, the rows of the rest as ranges. */
final class BeleglisteMeldungen {

  private BeleglisteMeldungen() {}

  static String zusammenfassung(List<BeleglisteDatei.Meldung> fehler, int hoechstens) {
    List<BeleglisteDatei.Meldung> sortiert = fehler.stream().sorted(Comparator.comparingInt(BeleglisteDatei.Meldung::zeile)).toList();
    StringBuilder text = new StringBuilder("Die Belegliste enthält Fehler:");
    sortiert.stream().limit(hoechstens).forEach(m -> text.append(" Zeile ").append(m.zeile()).append(": ").append(m.text()));
    if (sortiert.size() > hoechstens) {
      List<BeleglisteDatei.Meldung> rest = sortiert.subList(hoechstens, sortiert.size());
      text.append(" Weitere ").append(rest.size()).append(" Fehler in ")
          .append(bereiche(new TreeSet<>(rest.stream().map(BeleglisteDatei.Meldung::zeile).toList()))).append('.');
    }
    return text.toString();
  }

  /** "Zeile 7" or "den Zeilen 45–60, 72". */
  static String bereiche(TreeSet<Integer> zeilen) {
    List<String> teile = new ArrayList<>();
    Integer anfang = null;
    Integer ende = null;
    for (int z : zeilen) {
      if (ende != null && z == ende + 1) {
        ende = z;
        continue;
      }
      if (anfang != null) {
        teile.add(anfang.equals(ende) ? anfang.toString() : anfang + "–" + ende);
      }
      anfang = z;
      ende = z;
    }
    teile.add(anfang.equals(ende) ? anfang.toString() : anfang + "–" + ende);
    return zeilen.size() == 1 ? "Zeile " + zeilen.first() : "den Zeilen " + String.join(", ", teile);
  }
}

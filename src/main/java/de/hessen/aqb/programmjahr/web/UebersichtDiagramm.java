package de.hessen.aqb.programmjahr.web;

import de.hessen.aqb.programmjahr.domain.Budgetzeile;
import de.hessen.aqb.programmjahr.domain.Uebersicht;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The chart's data (Chart.js, stacked bars per body, in euros): paid and kept, reclaimed (a part of what was paid),
 * granted but not paid, budget not yet granted. The stacks add up to the line's budget (plus what was paid beyond it).
 */
final class UebersichtDiagramm {

  private UebersichtDiagramm() {}

  static Map<String, Object> daten(Uebersicht u) {
    List<Budgetzeile> z = u.zeilen();
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("labels", z.stream().map(Budgetzeile::bezeichnung).toList());
    d.put("datasets", List.of(
        reihe("Ausgezahlt (ohne Rückforderung)", "#1f6f43", z, Budgetzeile::ausgezahltBehaltenCent),
        reihe("Zurückgefordert", "#c0392b", z, Budgetzeile::zurueckgefordertAusAuszahlungCent),
        reihe("Bewilligt, nicht ausgezahlt", "#5b9bd5", z, Budgetzeile::bewilligtOffenCent),
        reihe("Noch nicht bewilligt", "#c9c9c9", z, Budgetzeile::ungebundenCent)));
    return d;
  }

  private static Map<String, Object> reihe(String name, String farbe, List<Budgetzeile> z, ToLongFunction<Budgetzeile> wert) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("label", name);
    r.put("backgroundColor", farbe);
    r.put("data", z.stream().map(l -> BigDecimal.valueOf(wert.applyAsLong(l), 2)).toList());
    return r;
  }
}

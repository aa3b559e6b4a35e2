package de.hessen.aqb.nachweis.domain;

import de.hessen.aqb.gemeinsam.Fehlerliste;
import de.hessen.aqb.gemeinsam.Geld;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Consistency of the Verwendungsnachweis: the Belegliste adds up to the Ausgaben (Ist) of every measure. */
public final class NachweisRegeln {

  private NachweisRegeln() {}

  public static void pruefeSummen(List<NachweisPosition> positionen, Belegliste belegliste, Fehlerliste fehler) {
    Map<String, Long> belegt = belegliste.summeJeMassnahmeCent();
    for (NachweisPosition p : positionen) {
      long summe = belegt.getOrDefault(p.massnahmeId(), 0L);
      if (summe != p.ausgabenCent()) {
        fehler.add("Maßnahme „" + p.name() + "“: Die Belegliste ergibt " + Geld.alsWaehrung(summe)
            + ", im zahlenmäßigen Nachweis sind Ausgaben (Ist) von " + Geld.alsWaehrung(p.ausgabenCent()) + " angegeben.");
      }
    }
    Set<String> bekannt = positionen.stream().map(NachweisPosition::massnahmeId).collect(Collectors.toSet());
    belegt.keySet().stream().filter(id -> !bekannt.contains(id)).forEach(id ->
        fehler.add("Die Belegliste enthält Zahlungen zur Maßnahme „" + id + "“, die im zahlenmäßigen Nachweis fehlt."));
  }
}

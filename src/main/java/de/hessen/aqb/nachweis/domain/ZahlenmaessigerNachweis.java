package de.hessen.aqb.nachweis.domain;

import de.hessen.aqb.gemeinsam.Fehlerliste;
import de.hessen.aqb.gemeinsam.Geld;
import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The zahlenmäßiger Nachweis: one position per granted measure. The grant is the ledger's; the body reports only its
 * own figures per measure (Ausgaben and Einnahmen/Eigenmittel, Ist), by the measure's id.
 */
public final class ZahlenmaessigerNachweis {

  /** What the body typed for one measure: Ausgaben (Ist, required) and Einnahmen/Eigenmittel (Ist, blank = 0). */
  public record Angabe(String massnahmeId, String ausgaben, String einnahmen) {}

  private ZahlenmaessigerNachweis() {}

  /**
   * The positions in the order of the granted measures, each with the ledger's grant; problems go to {@code fehler}
   * (a measure with a problem has no position).
   */
  public static List<NachweisPosition> positionen(List<BewilligteMassnahme> bewilligt, List<Angabe> angaben, Fehlerliste fehler) {
    Map<String, Angabe> jeMassnahme = new LinkedHashMap<>();
    for (Angabe a : angaben) {
      String id = a.massnahmeId() == null ? "" : a.massnahmeId();
      if (bewilligt.stream().noneMatch(m -> m.id().equals(id))) {
        fehler.add("Die Maßnahme „" + id + "“ ist nicht bewilligt und kann nicht nachgewiesen werden.");
      } else if (jeMassnahme.put(id, a) != null) {
        fehler.add("Die Maßnahme „" + id + "“ ist im zahlenmäßigen Nachweis doppelt angegeben.");
      }
    }
    List<NachweisPosition> positionen = new ArrayList<>();
    for (BewilligteMassnahme m : bewilligt) {
      Angabe a = jeMassnahme.getOrDefault(m.id(), new Angabe(m.id(), "", ""));
      Long ausgaben = betrag(a.ausgaben(), "Maßnahme „" + m.name() + "“: Ausgaben (Ist)", true, fehler);
      Long einnahmen = betrag(a.einnahmen(), "Maßnahme „" + m.name() + "“: Einnahmen/Eigenmittel (Ist)", false, fehler);
      if (ausgaben != null && einnahmen != null) {
        positionen.add(new NachweisPosition(m.id(), m.name(), m.bewilligtCent(), ausgaben, einnahmen));
      }
    }
    return positionen;
  }

  /** Cents of a typed amount; blank is 0 where {@code pflicht} is false. Null (and a message) when invalid. */
  private static Long betrag(String eingabe, String feld, boolean pflicht, Fehlerliste fehler) {
    if (eingabe == null || eingabe.isBlank()) {
      if (pflicht) {
        fehler.add(feld + ": Bitte einen Betrag angeben (0, wenn nichts ausgegeben wurde).");
        return null;
      }
      return 0L;
    }
    try {
      return Geld.centNichtNegativ(eingabe, feld);
    } catch (UngueltigeEingabe e) {
      fehler.add(e.getMessage());
      return null;
    }
  }
}

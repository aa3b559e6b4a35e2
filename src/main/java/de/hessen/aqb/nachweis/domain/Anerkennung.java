package de.hessen.aqb.nachweis.domain;

import de.hessen.aqb.gemeinsam.Fehlerliste;
import de.hessen.aqb.gemeinsam.Geld;
import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rechnerische Prüfung: per measure the second clerk recognises at most what the body claimed in the stored
 * Fassung (never more), and gives a reason for every cut.
 */
public final class Anerkennung {

  /** What the clerk typed for one measure: the recognised amount (euro, as typed) and a reason. */
  public record Eingabe(String massnahmeId, String anerkannt, String grund) {}

  /** What the body claimed for one measure in the stored Fassung. */
  public record Geltend(String massnahmeId, String name, long ausgabenCent) {}

  /** Recognised cents and the reason of a cut (null when nothing was cut). */
  public record Anerkannt(long cent, String grund) {}

  private Anerkennung() {}

  /** Recognised amount per measure id, in the order of {@code geltend}; problems go to {@code fehler}. */
  public static Map<String, Anerkannt> pruefe(List<Geltend> geltend, List<Eingabe> eingaben, Fehlerliste fehler) {
    Map<String, Eingabe> jeMassnahme = new LinkedHashMap<>();
    for (Eingabe e : eingaben) {
      String id = e.massnahmeId() == null ? "" : e.massnahmeId();
      if (geltend.stream().noneMatch(g -> g.massnahmeId().equals(id))) {
        fehler.add("Die Maßnahme „" + id + "“ gehört nicht zu diesem Verwendungsnachweis.");
      } else if (jeMassnahme.put(id, e) != null) {
        fehler.add("Die Maßnahme „" + id + "“ ist doppelt angegeben.");
      }
    }
    Map<String, Anerkannt> ergebnis = new LinkedHashMap<>();
    for (Geltend g : geltend) {
      String feld = "Maßnahme „" + g.name() + "“: anerkannte Ausgaben";
      Eingabe e = jeMassnahme.get(g.massnahmeId());
      String grund = e == null || e.grund() == null ? "" : e.grund().strip();
      Long cent;
      try {
        cent = Geld.centNichtNegativ(e == null ? null : e.anerkannt(), feld);
      } catch (UngueltigeEingabe ex) {
        fehler.add(ex.getMessage());
        continue;
      }
      if (cent == null) {
        fehler.add(feld + ": Bitte einen Betrag angeben.");
      } else if (cent > g.ausgabenCent()) {
        fehler.add(feld + " (" + Geld.alsWaehrung(cent) + ") dürfen die geltend gemachten Ausgaben ("
            + Geld.alsWaehrung(g.ausgabenCent()) + ") nicht übersteigen.");
      } else if (cent < g.ausgabenCent() && grund.isEmpty()) {
        fehler.add(feld + ": Bitte begründen, warum weniger als die geltend gemachten " + Geld.alsWaehrung(g.ausgabenCent())
            + " anerkannt werden.");
      } else {
        ergebnis.put(g.massnahmeId(), new Anerkannt(cent, grund.isEmpty() ? null : grund));
      }
    }
    return ergebnis;
  }
}

package de.hessen.aqb.antrag.domain;

import de.hessen.aqb.gemeinsam.Fehlerliste;
import de.hessen.aqb.gemeinsam.Geld;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Checks of a drafted Bescheid: amounts against the Antrag and the budget, reasons, dates. */
public final class BescheidRegeln {

  private BescheidRegeln() {}

  /** Everything the letter needs, checked before the draft is accepted (so a PDF step never fails on missing data). */
  public static void pruefe(BescheidDaten daten, long budgetCent, Fehlerliste fehler) {
    BescheidDaten.Bescheidart art = daten.art();
    List<BescheidDaten.Position> positionen = daten.positionen();
    List<String> begruendung = daten.begruendung();
    LocalDate von = daten.bewilligungVon();
    LocalDate bis = daten.bewilligungBis();
    LocalDate verwendungsnachweis = daten.verwendungsnachweisFrist();
    long summe = 0;
    boolean gekuerzt = false;
    for (BescheidDaten.Position p : positionen) {
      String name = "Maßnahme „" + p.name() + "“";
      fehler.wenn(p.bewilligtCent() < 0, name + ": Der bewilligte Betrag darf nicht negativ sein.");
      fehler.wenn(p.bewilligtCent() > p.beantragtCent(), name + ": Bewilligt (" + Geld.alsWaehrung(p.bewilligtCent())
          + ") ist mehr als beantragt (" + Geld.alsWaehrung(p.beantragtCent()) + ").");
      long jahre = p.bewilligtJeHaushaltsjahrCent().values().stream().mapToLong(Long::longValue).sum();
      fehler.wenn(art != BescheidDaten.Bescheidart.ABLEHNUNG && jahre != p.bewilligtCent(), name
          + ": Die Aufteilung auf die Haushaltsjahre (" + Geld.alsWaehrung(jahre) + ") ergibt nicht den bewilligten Betrag ("
          + Geld.alsWaehrung(p.bewilligtCent()) + ").");
      gekuerzt |= p.bewilligtCent() < p.beantragtCent();
      summe += p.bewilligtCent();
    }
    switch (art) {
      case VOLLBEWILLIGUNG -> fehler.wenn(gekuerzt, "Bei einer Vollbewilligung entspricht jeder bewilligte Betrag dem beantragten. "
          + "Für Kürzungen bitte „Teilbewilligung“ wählen.");
      case TEILBEWILLIGUNG -> fehler
          .wenn(!gekuerzt, "Bei einer Teilbewilligung ist mindestens ein Betrag geringer als beantragt.")
          .wenn(begruendung.isEmpty(), "Bitte die Teilbewilligung begründen.");
      case ABLEHNUNG -> fehler.wenn(begruendung.isEmpty(), "Bitte die Ablehnung begründen.");
      default -> { }
    }
    fehler.wenn(summe > budgetCent, "Die bewilligten Mittel (" + Geld.alsWaehrung(summe)
        + ") übersteigen das Budget der Zielvereinbarung (" + Geld.alsWaehrung(budgetCent) + ").");
    if (art != BescheidDaten.Bescheidart.ABLEHNUNG) {
      fehler.wenn(von == null || bis == null, "Bitte den Bewilligungszeitraum angeben.")
          .wenn(von != null && bis != null && bis.isBefore(von), "Der Bewilligungszeitraum endet vor seinem Beginn.")
          .wenn(verwendungsnachweis == null, "Bitte die Frist für den Verwendungsnachweis angeben.")
          .wenn(verwendungsnachweis != null && bis != null && !verwendungsnachweis.isAfter(bis),
              "Die Frist für den Verwendungsnachweis muss nach dem Ende des Bewilligungszeitraums liegen.")
          .wenn(leer(daten.nebenbestimmungen()), "Bitte die Nebenbestimmungen angeben (z. B. ANBest-GK).")
          .wenn(leer(daten.mittelabrufRegel()), "Bitte die Regel für den Mittelabruf angeben.");
    }
  }

  private static boolean leer(String text) {
    return text == null || text.isBlank();
  }

  /** Positions of a refusal: everything granted is zero. */
  public static List<BescheidDaten.Position> abgelehnt(List<BescheidDaten.Position> positionen) {
    return positionen.stream().map(p -> new BescheidDaten.Position(p.massnahmeId(), p.name(), p.massnahmenart(), p.traeger(),
        p.beantragtCent(), 0, Map.of())).toList();
  }
}

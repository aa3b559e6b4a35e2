package de.hessen.aqb.antrag.domain;

import de.hessen.aqb.gemeinsam.Fehlerliste;
import de.hessen.aqb.gemeinsam.Geld;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The Bescheid invariants, in one place: amounts against the Antrag and the budget, the split by Haushaltsjahr, reasons,
 * dates and the data every letter needs. Checked when the draft is stored (German messages for the clerk) and again
 * by the document generator (nothing self-contradictory is ever printed).
 */
public final class BescheidRegeln {

  private BescheidRegeln() {}

  /** Everything the letter needs, checked before the draft is accepted (so a PDF step never fails on missing data). */
  public static void pruefe(BescheidDaten daten, long budgetCent, Fehlerliste fehler) {
    BescheidDaten.Bescheidart art = daten.art();
    List<BescheidDaten.Position> positionen = daten.positionen() == null ? List.of() : daten.positionen();
    List<String> begruendung = daten.begruendung() == null ? List.of()
        : daten.begruendung().stream().filter(b -> b != null && !b.isBlank()).toList();
    LocalDate von = daten.bewilligungVon();
    LocalDate bis = daten.bewilligungBis();
    LocalDate verwendungsnachweis = daten.verwendungsnachweisFrist();
    fehler.wenn(art == null, "Bitte die Entscheidung wählen: Vollbewilligung, Teilbewilligung oder Ablehnung.")
        .wenn(leer(daten.aktenzeichen()), "Bitte das Aktenzeichen angeben.")
        .wenn(positionen.isEmpty(), "Der Bescheid enthält keine Maßnahme.");
    long summe = 0;
    boolean gekuerzt = false;
    for (BescheidDaten.Position p : positionen) {
      String name = "Maßnahme „" + p.name() + "“";
      fehler.wenn(p.bewilligtCent() < 0 || p.beantragtCent() < 0, name + ": Der bewilligte Betrag darf nicht negativ sein.");
      fehler.wenn(p.bewilligtCent() > p.beantragtCent(), name + ": Bewilligt (" + Geld.alsWaehrung(p.bewilligtCent())
          + ") ist mehr als beantragt (" + Geld.alsWaehrung(p.beantragtCent()) + ") und übersteigt damit den Antrag.");
      Map<Integer, Long> jeJahr = p.bewilligtJeHaushaltsjahrCent() == null ? Map.of() : p.bewilligtJeHaushaltsjahrCent();
      fehler.wenn(jeJahr.values().stream().anyMatch(b -> b == null || b < 0), name
          + ": Die Aufteilung auf die Haushaltsjahre enthält einen ungültigen Betrag.");
      long jahre = jeJahr.values().stream().filter(b -> b != null).mapToLong(Long::longValue).sum();
      fehler.wenn(art != BescheidDaten.Bescheidart.ABLEHNUNG && jahre != p.bewilligtCent(), name
          + ": Die Aufteilung auf die Haushaltsjahre (" + Geld.alsWaehrung(jahre) + ") ergibt nicht den bewilligten Betrag ("
          + Geld.alsWaehrung(p.bewilligtCent()) + ").");
      fehler.wenn(art == BescheidDaten.Bescheidart.ABLEHNUNG && (p.bewilligtCent() != 0 || jahre != 0),
          name + ": Ein Ablehnungsbescheid bewilligt nichts.");
      gekuerzt |= p.bewilligtCent() < p.beantragtCent();
      summe += p.bewilligtCent();
    }
    if (art != null) {
      switch (art) {
        case VOLLBEWILLIGUNG -> fehler.wenn(gekuerzt, "Bei einer Vollbewilligung entspricht jeder bewilligte Betrag dem "
            + "beantragten. Für Kürzungen bitte „Teilbewilligung“ wählen.");
        case TEILBEWILLIGUNG -> fehler
            .wenn(!gekuerzt, "Bei einer Teilbewilligung ist mindestens ein Betrag geringer als beantragt.")
            .wenn(begruendung.isEmpty(), "Bitte die Teilbewilligung begründen (eine Kürzung wird immer begründet).");
        case ABLEHNUNG -> fehler.wenn(begruendung.isEmpty(),
            "Bitte die Ablehnung begründen. Ein Ablehnungsbescheid wird nur begründet erlassen.");
        default -> { }
      }
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

  /**
   * The same rules for a letter about to be printed, plus what only the letter needs (date, Antrag date, recipient,
   * releasing person); no budget limit (that was checked when the draft was stored).
   *
   * @throws IllegalArgumentException listing every problem
   */
  public static void pruefeDokument(BescheidDaten daten) {
    Fehlerliste fehler = new Fehlerliste();
    if (daten == null) {
      throw new IllegalArgumentException("Keine Bescheiddaten.");
    }
    pruefe(daten, Long.MAX_VALUE, fehler);
    fehler.wenn(daten.bescheidDatum() == null, "Angabe fehlt: Bescheiddatum.")
        .wenn(daten.antragDatum() == null, "Angabe fehlt: Antragsdatum.")
        .wenn(leer(daten.empfaengerBezeichnung()) || leer(daten.empfaengerDativ()), "Angabe fehlt: Empfänger.")
        .wenn(leer(daten.freigabe()), "Angabe fehlt: Freigabe (Unterzeichner/in).");
    if (!fehler.fehler().isEmpty()) {
      throw new IllegalArgumentException(String.join(" ", fehler.fehler()));
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

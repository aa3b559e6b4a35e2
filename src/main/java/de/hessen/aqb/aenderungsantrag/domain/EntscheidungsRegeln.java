package de.hessen.aqb.aenderungsantrag.domain;

import de.hessen.aqb.gemeinsam.Fehlerliste;
import de.hessen.aqb.gemeinsam.Geld;
import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of the RP's decision on an Änderungsantrag, and the check again at the moment of booking: the amounts of a
 * partial grant obey the same limits as the request, and at booking the case must still be where it was when the body
 * asked (no measure changed meanwhile) and every payment made meanwhile must still fit.
 */
public final class EntscheidungsRegeln {

  private EntscheidungsRegeln() {}

  /**
   * @param art the form's choice: bewilligen, teilweise, ablehnen
   * @param betraege the partial grant per measure id as typed (only for teilweise; missing: as requested)
   * @throws UngueltigeEingabe naming every problem in German
   */
  public static Entscheidung pruefe(String art, Map<String, String> betraege, String begruendung, Aenderung antrag,
      Lage lage) {
    String grund = begruendung == null ? "" : begruendung.strip();
    Fehlerliste fehler = new Fehlerliste();
    fehler.wenn(grund.length() > AenderungsRegeln.BEGRUENDUNG_MAX, "Die Begründung ist zu lang (höchstens "
        + AenderungsRegeln.BEGRUENDUNG_MAX + " Zeichen).");
    switch (art == null ? "" : art) {
      case "bewilligen" -> {
        fehler.pruefe();
        return new Entscheidung(Entscheidung.Art.BEWILLIGT, antrag.neueBetraege(), grund.isEmpty() ? null : grund);
      }
      case "ablehnen" -> {
        fehler.wenn(grund.isEmpty(), "Bitte begründen Sie die Ablehnung.").pruefe();
        Map<String, Long> bisher = new LinkedHashMap<>();
        antrag.posten().forEach(p -> bisher.put(p.id(), p.bisherCent()));
        return new Entscheidung(Entscheidung.Art.ABGELEHNT, bisher, grund);
      }
      case "teilweise" -> {
        fehler.wenn(grund.isEmpty(), "Bitte begründen Sie, warum nur teilweise bewilligt wird.");
        Map<String, Long> cent = new LinkedHashMap<>();
        betraege.forEach((id, text) -> {
          var posten = antrag.posten().stream().filter(p -> p.id().equals(id)).findFirst();
          if (posten.isEmpty()) {
            fehler.add("Die Maßnahme „" + id + "“ gehört nicht zu diesem Änderungsantrag.");
          } else if (text != null && !text.isBlank()) {
            Long c = AenderungsRegeln.cent(text, "„" + posten.get().name() + "“", fehler);
            if (c != null) {
              cent.put(id, c);
            }
          }
        });
        fehler.pruefe();
        Aenderung teil = antrag.mitBetraegen(cent);
        fehler.wenn(teil.neueBetraege().equals(antrag.neueBetraege()), "Die Beträge entsprechen dem Antrag. Bitte „wie "
            + "beantragt bewilligen“ wählen oder die Beträge ändern.");
        fehler.pruefe();
        pruefeGegen(teil, lage).pruefe();
        return new Entscheidung(Entscheidung.Art.TEILWEISE, teil.neueBetraege(), grund);
      }
      default -> throw new UngueltigeEingabe("Bitte wählen: wie beantragt bewilligen, teilweise bewilligen oder ablehnen.");
    }
  }

  /**
   * The limits of a change against the case at this moment (the re-check at booking): each measure still granted as
   * when the body asked, at least what was paid on it (also meanwhile), a dropped measure without payments, the total
   * within the budget.
   *
   * @return the problems found (empty: the change may be booked)
   */
  public static Fehlerliste pruefeGegen(Aenderung aenderung, Lage lage) {
    Fehlerliste fehler = new Fehlerliste();
    for (Aenderung.Posten p : aenderung.posten()) {
      long bewilligtJetzt = lage.massnahme(p.id()).map(Lage.Massnahme::bewilligtCent).orElse(0L);
      long ausgezahlt = lage.massnahme(p.id()).map(Lage.Massnahme::ausgezahltCent).orElse(0L);
      fehler.wenn(bewilligtJetzt != p.bisherCent(), "Die Bewilligung für „" + p.name() + "“ hat sich seit dem Antrag geändert ("
          + Geld.alsWaehrung(p.bisherCent()) + " → " + Geld.alsWaehrung(bewilligtJetzt) + ").");
      fehler.wenn(p.neuCent() < ausgezahlt, "„" + p.name() + "“ kann nicht auf " + Geld.alsWaehrung(p.neuCent())
          + " festgesetzt werden: auf sie sind bereits " + Geld.alsWaehrung(ausgezahlt) + " ausgezahlt.");
    }
    long summe = aenderung.summeNeuCent();
    fehler.wenn(summe > lage.budgetCent(), "Die Summe der Maßnahmen von " + Geld.alsWaehrung(summe)
        + " übersteigt das Budget der Zielvereinbarung von " + Geld.alsWaehrung(lage.budgetCent()) + ".");
    fehler.wenn(aenderung.verlaengert() && aenderung.neuesEnde().isAfter(lage.hoechstesEnde()),
        "Der Bewilligungszeitraum kann höchstens bis zum " + lage.hoechstesEnde() + " verlängert werden.");
    return fehler;
  }

  /** Shorthand for tests and callers that only need the verdict. */
  public static List<String> probleme(Aenderung aenderung, Lage lage) {
    return pruefeGegen(aenderung, lage).fehler();
  }
}

package de.hessen.aqb.foerderbudget;

import de.hessen.aqb.gemeinsam.Geld;
import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The limits of a payment, checked at the moment of the decision: per measure within the request and within what the
 * measure still has (granted by the Bescheide in force − paid), in total within what the case still has.
 */
final class Auszahlungsgrenzen {

  private Auszahlungsgrenzen() {}

  /**
   * @param auszahlung the payment per measure
   * @param angefordert what the request asked per measure
   * @param bewilligt the measures granted now (the ledger)
   * @param ausgezahlt paid per measure so far
   * @param freiGesamt granted − paid for the case
   * @throws UngueltigeEingabe naming each measure and figure that does not fit
   */
  static void pruefe(Map<String, Long> auszahlung, Map<String, Long> angefordert,
      List<Foerderbudget.MassnahmeBewilligt> bewilligt, Map<String, Long> ausgezahlt, long freiGesamt) {
    Map<String, Foerderbudget.MassnahmeBewilligt> jeId = new java.util.HashMap<>();
    bewilligt.forEach(m -> jeId.put(m.massnahmeId(), m));
    List<String> fehler = new ArrayList<>();
    auszahlung.forEach((massnahme, cent) -> {
      Foerderbudget.MassnahmeBewilligt m = jeId.get(massnahme);
      long gewaehrt = m == null ? 0 : m.betragCent();
      long bisher = ausgezahlt.getOrDefault(massnahme, 0L);
      String name = m == null ? massnahme : m.massnahmeName();
      if (cent < 0 || cent > angefordert.getOrDefault(massnahme, 0L)) {
        fehler.add("Für „" + name + "“ kann höchstens der angeforderte Betrag von "
            + Geld.alsWaehrung(angefordert.getOrDefault(massnahme, 0L)) + " ausgezahlt werden.");
      } else if (cent > gewaehrt - bisher) {
        fehler.add("Für „" + name + "“ sind nach den geltenden Bescheiden nur noch "
            + Geld.alsWaehrung(Math.max(0, gewaehrt - bisher)) + " auszahlbar (bewilligt " + Geld.alsWaehrung(gewaehrt)
            + ", bereits ausgezahlt " + Geld.alsWaehrung(bisher) + "); " + Geld.alsWaehrung(cent) + " sind zu viel.");
      }
    });
    long summe = auszahlung.values().stream().mapToLong(Long::longValue).sum();
    if (fehler.isEmpty() && summe > freiGesamt) {
      fehler.add("Die Auszahlung von " + Geld.alsWaehrung(summe) + " überschreitet die Bewilligung des Förderfalls: noch "
          + "auszahlbar sind " + Geld.alsWaehrung(Math.max(0, freiGesamt)) + ".");
    }
    if (!fehler.isEmpty()) {
      throw new UngueltigeEingabe(String.join(" ", fehler) + " Bitte die Auszahlung kürzen.");
    }
  }
}

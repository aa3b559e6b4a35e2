package de.hessen.aqb.aenderungsantrag.domain;

import java.util.Map;
import java.util.TreeMap;

/**
 * In which Haushaltsjahr the difference of a change is booked. An increase (or an added measure) is booked in the
 * Haushaltsjahr of the change, kept within the Bewilligungszeitraum; a reduction is taken from the latest Haushaltsjahr
 * first (money not yet due), never leaving a year below zero.
 */
public final class Haushaltsjahre {

  private Haushaltsjahre() {}

  /**
   * @param bisher the measure's granted amount per Haushaltsjahr now
   * @param neuCent the measure's amount after the change
   * @return the amount per Haushaltsjahr after the change (every year of {@code bisher} included, also when 0)
   */
  public static Map<Integer, Long> verteile(Map<Integer, Long> bisher, long neuCent, int jahrDerAenderung, int erstesJahr,
      int letztesJahr) {
    TreeMap<Integer, Long> nachher = new TreeMap<>(bisher);
    long differenz = neuCent - bisher.values().stream().mapToLong(Long::longValue).sum();
    if (differenz > 0) {
      int jahr = Math.max(erstesJahr, Math.min(letztesJahr, jahrDerAenderung));
      nachher.merge(jahr, differenz, Long::sum);
      return nachher;
    }
    long rest = -differenz;
    for (Integer jahr : nachher.descendingKeySet()) {
      long weg = Math.min(rest, Math.max(0, nachher.get(jahr)));
      nachher.put(jahr, nachher.get(jahr) - weg);
      rest -= weg;
    }
    if (rest > 0) {
      throw new IllegalArgumentException("Negativer Betrag: " + neuCent);
    }
    return nachher;
  }
}

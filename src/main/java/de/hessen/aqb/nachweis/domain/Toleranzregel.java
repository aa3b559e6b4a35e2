package de.hessen.aqb.nachweis.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How binding the grant per measure is (ANBest-P Nr. 1.2): spending above a measure's granted amount is recognised only
 * up to {@code toleranzProzent} of that grant (0: no limit per measure, only the total is binding) and only as far as
 * other measures stayed below theirs. When the savings do not cover every tolerated overrun, they are shared in
 * proportion to the overruns (whole cents, the remaining cents by the largest remainder, then by the measures' order).
 * The total recognised never exceeds the total granted.
 */
public final class Toleranzregel {

  /** One measure: its grant and what the grant would cover of its spending (after objections and Einnahmen). */
  public record Bedarf(String massnahmeId, long bewilligtCent, long bedarfCent) {}

  /**
   * The outcome for one measure: recognised; above the grant and recognised (tolerated); not recognised because above
   * the tolerance; not recognised because the other measures saved too little.
   */
  public record Ergebnis(long anerkanntCent, long toleriertCent, long ueberToleranzCent, long ohneAusgleichCent) {

    public long nichtAnerkanntCent() {
      return ueberToleranzCent + ohneAusgleichCent;
    }
  }

  private Toleranzregel() {}

  public static Map<String, Ergebnis> anwenden(List<Bedarf> bedarfe, int toleranzProzent) {
    if (toleranzProzent < 0) {
      throw new IllegalArgumentException("Toleranz negativ: " + toleranzProzent);
    }
    long einsparung = bedarfe.stream().mapToLong(b -> Math.max(0, b.bewilligtCent() - b.bedarfCent())).sum();
    long[] wunsch = new long[bedarfe.size()];
    long[] ueberToleranz = new long[bedarfe.size()];
    long wunschSumme = 0;
    for (int i = 0; i < bedarfe.size(); i++) {
      Bedarf b = bedarfe.get(i);
      long ueber = Math.max(0, b.bedarfCent() - b.bewilligtCent());
      long grenze = toleranzProzent == 0 ? Long.MAX_VALUE : b.bewilligtCent() * toleranzProzent / 100;
      wunsch[i] = Math.min(ueber, grenze);
      ueberToleranz[i] = ueber - wunsch[i];
      wunschSumme += wunsch[i];
    }
    long[] zugeteilt = verteile(wunsch, wunschSumme, Math.min(einsparung, wunschSumme));
    Map<String, Ergebnis> ergebnis = new LinkedHashMap<>();
    for (int i = 0; i < bedarfe.size(); i++) {
      Bedarf b = bedarfe.get(i);
      ergebnis.put(b.massnahmeId(), new Ergebnis(Math.min(b.bedarfCent(), b.bewilligtCent()) + zugeteilt[i], zugeteilt[i],
          ueberToleranz[i], wunsch[i] - zugeteilt[i]));
    }
    return ergebnis;
  }

  /** {@code verfuegbar} shared in proportion to {@code wunsch} (Σ = {@code summe}), whole cents, largest remainder first. */
  private static long[] verteile(long[] wunsch, long summe, long verfuegbar) {
    long[] anteil = new long[wunsch.length];
    if (verfuegbar == summe) {
      return wunsch.clone();
    }
    long verteilt = 0;
    List<long[]> reste = new ArrayList<>(); // {index, remainder}
    for (int i = 0; i < wunsch.length; i++) {
      var produkt = java.math.BigInteger.valueOf(wunsch[i]).multiply(java.math.BigInteger.valueOf(verfuegbar));
      var teile = produkt.divideAndRemainder(java.math.BigInteger.valueOf(summe));
      anteil[i] = teile[0].longValueExact();
      verteilt += anteil[i];
      reste.add(new long[] {i, teile[1].longValueExact()});
    }
    reste.sort(Comparator.<long[]>comparingLong(r -> -r[1]).thenComparingLong(r -> r[0]));
    for (int k = 0; verteilt < verfuegbar; k++, verteilt++) {
      anteil[(int) reste.get(k)[0]]++;
    }
    return anteil;
  }
}

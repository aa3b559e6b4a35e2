package de.hessen.aqb.programmjahr.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.hessen.aqb.programmjahr.domain.Budgetzeile;
import de.hessen.aqb.programmjahr.domain.Uebersicht;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The chart's stacks: each bar is the line's budget, the reclaimed money shown as a part of what was paid. */
class UebersichtDiagrammTest {

  static final long EURO = 100;

  @Test
  @SuppressWarnings("unchecked")
  void dieStapelErgebenDasBudgetUndDieRueckforderungIstTeilDerAuszahlung() {
    // Frankfurt: budget 1.4 m, granted and paid 1.2 m, 100,000 reclaimed after the Nachweis
    Budgetzeile frankfurt = new Budgetzeile("06412", "Frankfurt", "AQB-2031-06412", "abgeschlossen",
        1_500_000 * EURO, 1_400_000 * EURO, 1_200_000 * EURO, 1_200_000 * EURO, 1_100_000 * EURO, 100_000 * EURO);
    // Wiesbaden: granted in full, 500,000 paid, of which 467,799.50 reclaimed
    Budgetzeile wiesbaden = new Budgetzeile("06414", "Wiesbaden", "AQB-2031-06414", "Nachweis",
        2_812_460 * EURO, 2_812_460 * EURO, 2_812_460 * EURO, 500_000 * EURO, 3_220_050, 46_779_950);
    // Darmstadt: nothing paid yet, nothing reclaimed
    Budgetzeile darmstadt = new Budgetzeile("06411", "Darmstadt", "AQB-2031-06411", "Durchführung",
        1_000_000 * EURO, 1_000_000 * EURO, 750_000 * EURO, 0, 0, 0);
    List<Budgetzeile> zeilen = List.of(frankfurt, wiesbaden, darmstadt);
    Uebersicht u = new Uebersicht(2031, List.of(2031), 0, zeilen, Budgetzeile.summe(zeilen), List.of(), List.of(), List.of());

    Map<String, Object> d = UebersichtDiagramm.daten(u);
    List<Map<String, Object>> reihen = (List<Map<String, Object>>) d.get("datasets");
    assertThat(reihen).extracting(r -> r.get("label")).containsExactly(
        "Ausgezahlt (ohne Rückforderung)", "Zurückgefordert", "Bewilligt, nicht ausgezahlt", "Noch nicht bewilligt");
    assertThat(reihe(reihen, 0)).containsExactly(euro("1100000.00"), euro("32200.50"), euro("0.00"));
    assertThat(reihe(reihen, 1)).containsExactly(euro("100000.00"), euro("467799.50"), euro("0.00"));
    assertThat(reihe(reihen, 2)).containsExactly(euro("0.00"), euro("2312460.00"), euro("750000.00"));
    assertThat(reihe(reihen, 3)).containsExactly(euro("200000.00"), euro("0.00"), euro("250000.00"));
    for (int i = 0; i < zeilen.size(); i++) {
      final int zeile = i;
      BigDecimal balken = reihen.stream().map(r -> ((List<BigDecimal>) r.get("data")).get(zeile)).reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(balken).as(zeilen.get(i).bezeichnung()).isEqualByComparingTo(BigDecimal.valueOf(zeilen.get(i).budgetCent(), 2));
    }
  }

  @Test
  void eineRueckforderungZeigtNieMehrAlsAusgezahltWurde() {
    Budgetzeile z = new Budgetzeile("06411", "Darmstadt", "AQB-2031-06411", "Nachweis", 0, 1_000 * EURO, 1_000 * EURO,
        300 * EURO, 0, 400 * EURO);
    assertThat(z.zurueckgefordertAusAuszahlungCent()).isEqualTo(300 * EURO);
    assertThat(z.ausgezahltBehaltenCent()).isZero();
    assertThat(z.restCent()).as("the table's Rest is unchanged").isEqualTo(1_100 * EURO);
  }

  @SuppressWarnings("unchecked")
  static List<BigDecimal> reihe(List<Map<String, Object>> reihen, int i) {
    return (List<BigDecimal>) reihen.get(i).get("data");
  }

  static BigDecimal euro(String betrag) {
    return new BigDecimal(betrag);
  }
}

package de.hessen.aqb.nachweis.domain;

import static org.assertj.core.api.Assertions.assertThat;

import de.hessen.aqb.nachweis.domain.ZinsenNachAbsatz4.Auszahlung;
import de.hessen.aqb.nachweis.domain.ZinsenNachAbsatz4.Verwendung;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * § 49a Abs. 4 HVwVfG: interest on money not used within two months of its payment. The examples are the ones in
 * ADR 9 (docs/ARCHITEKTUR.md), computed by hand: cents × (Basiszinssatz + 5) × days / 36 500, half-up per period.
 */
class ZinsenNachAbsatz4Test {

  static final ZinsenNachAbsatz4 REGEL = new ZinsenNachAbsatz4(ZinsberechnungTest.ZINSEN);

  static LocalDate d(int jahr, int monat, int tag) {
    return LocalDate.of(jahr, monat, tag);
  }

  @Test
  void beispielAusAdr9() {
    // paid: 01.03.2025 100.000 €, 01.09.2025 50.000 €; Bewilligungszeitraum ends 31.12.2025 (Abs. 3 from 01.01.2026)
    // used: 15.04.2025 60.000 € (from the 1st payment, within two months: no interest)
    //       10.08.2025 40.000 € (rest of the 1st payment, after 01.05.2025: interest 02.03.–10.08.2025)
    //         02.03.–30.06.: 121 days at 7,27 %: 4 000 000 × 7,27 × 121 / 36 500 = 96 402,19… → 96 402 ct
    //         01.07.–10.08.:  41 days at 6,27 %: 4 000 000 × 6,27 ×  41 / 36 500 = 28 172,05… → 28 172 ct
    //       01.10.2025 40.000 € (from the 2nd payment, within two months: no interest)
    // never used: 10.000 € of the 2nd payment, reclaimed; Abs. 4 from 02.09. to 31.12.2025 (the day before Abs. 3):
    //         121 days at 6,27 %: 1 000 000 × 6,27 × 121 / 36 500 = 20 785,48… → 20 785 ct
    var ergebnis = REGEL.berechne(
        List.of(new Auszahlung(d(2025, 3, 1), 10_000_000), new Auszahlung(d(2025, 9, 1), 5_000_000)),
        List.of(new Verwendung(d(2025, 4, 15), 6_000_000), new Verwendung(d(2025, 8, 10), 4_000_000),
            new Verwendung(d(2025, 10, 1), 4_000_000)),
        d(2026, 1, 1));
    assertThat(ergebnis.posten()).extracting(p -> p.betragCent() + "@" + p.verwendetAm())
        .containsExactly("6000000@2025-04-15", "4000000@2025-08-10", "4000000@2025-10-01", "1000000@null");
    assertThat(ergebnis.verzinst()).hasSize(2);
    assertThat(ergebnis.verzinst().get(0).zinsen().abschnitte()).extracting(Zinsberechnung.Abschnitt::zinsenCent)
        .containsExactly(96_402L, 28_172L);
    assertThat(ergebnis.verzinst().get(0).zinsen().von()).isEqualTo(d(2025, 3, 2));
    assertThat(ergebnis.verzinst().get(1).zinsenCent()).isEqualTo(20_785L);
    assertThat(ergebnis.zinsenCent()).isEqualTo(145_359L);
    assertThat(ergebnis.warnung()).isEmpty();
  }

  @Test
  void genauZweiMonateSindNochAlsbald() {
    // paid 01.03.2025, used 01.05.2025 (= payment + 2 months): no interest; used 02.05.2025: interest 02.03.–02.05.2025
    //   62 days at 7,27 %: 1 000 000 × 7,27 × 62 / 36 500 = 12 349,04… → 12 349 ct
    var puenktlich = REGEL.berechne(List.of(new Auszahlung(d(2025, 3, 1), 1_000_000)),
        List.of(new Verwendung(d(2025, 5, 1), 1_000_000)), d(2026, 1, 1));
    assertThat(puenktlich.zinsenCent()).isZero();
    var spaet = REGEL.berechne(List.of(new Auszahlung(d(2025, 3, 1), 1_000_000)),
        List.of(new Verwendung(d(2025, 5, 2), 1_000_000)), d(2026, 1, 1));
    assertThat(spaet.zinsenCent()).isEqualTo(12_349L);
  }

  @Test
  void vorfinanzierteAusgabenVerbrauchenDieZahlungAmTagIhresEingangs() {
    // a Beleg of 10.02.2025 paid before the money arrived on 01.03.2025: used that day, no interest; the rest of the
    // spending (beyond all payments) is the body's own money
    var ergebnis = REGEL.berechne(List.of(new Auszahlung(d(2025, 3, 1), 1_000_000)),
        List.of(new Verwendung(d(2025, 2, 10), 1_500_000)), d(2026, 1, 1));
    assertThat(ergebnis.posten()).extracting(ZinsenNachAbsatz4.Posten::verwendetAm).containsExactly(d(2025, 3, 1));
    assertThat(ergebnis.zinsenCent()).isZero();
  }

  @Test
  void einSpaeterNichtVerwendeterRestTraegtKeineZinsenNachAbsatz4() {
    // paid 15.11.2025, never used, Abs. 3 from 01.01.2026: the day before is within two months → Abs. 3 only
    var ergebnis = REGEL.berechne(List.of(new Auszahlung(d(2025, 11, 15), 500_000)), List.of(), d(2026, 1, 1));
    assertThat(ergebnis.posten()).hasSize(1);
    assertThat(ergebnis.zinsenCent()).isZero();
  }

  @Test
  void ohneHinterlegtenBasiszinssatzWirdGewarnt() {
    // the last configured rate (01.07.2025) covers until 31.12.2025; a use on 15.03.2026 of money paid 01.12.2025:
    //   02.12.–31.12.2025: 30 days at 6,27 %: 1 000 000 × 6,27 × 30 / 36 500 = 5 153,42… → 5 153 ct (covered)
    //   01.01.–15.03.2026: 74 days, last rate 6,27 % used, marked: 1 000 000 × 6,27 × 74 / 36 500 = 12 711,78… → 12 712 ct
    var ergebnis = REGEL.berechne(List.of(new Auszahlung(d(2025, 12, 1), 1_000_000)),
        List.of(new Verwendung(d(2026, 3, 15), 1_000_000)), d(2027, 1, 1));
    assertThat(ergebnis.verzinst().get(0).zinsen().abschnitte())
        .extracting(a -> a.zinsenCent() + (a.satzHinterlegt() ? "" : "!")).containsExactly("5153", "12712!");
    assertThat(ergebnis.warnung()).hasValueSatisfying(w -> assertThat(w)
        .contains("ab 01.01.2026 ist kein Basiszinssatz hinterlegt").contains("1,27 %"));
  }

  @Test
  void zinsenAufDieZweiZahlungenBeiGleicherVerwendung() {
    // paid 01.01.2025 and 01.02.2025 1.000,00 € each, both used 01.05.2025:
    //   1st: 02.01.–01.05.2025 = 120 days at 7,27 %: 100 000 × 7,27 × 120 / 36 500 = 2 390,14… → 2 390 ct (4 months late)
    //   2nd: 01.02. + 2 months = 01.04.2025, used later: 02.02.–01.05. = 89 days:
    //        100 000 × 7,27 × 89 / 36 500 = 1 772,69… → 1 773 ct
    var ergebnis = new ZinsenNachAbsatz4(new Zinsberechnung(ZinsberechnungTest.SAETZE, new BigDecimal("5"))).berechne(
        List.of(new Auszahlung(d(2025, 1, 1), 100_000), new Auszahlung(d(2025, 2, 1), 100_000)),
        List.of(new Verwendung(d(2025, 5, 1), 200_000)), d(2026, 1, 1));
    assertThat(ergebnis.posten()).extracting(ZinsenNachAbsatz4.Posten::zinsenCent).containsExactly(2_390L, 1_773L);
  }
}

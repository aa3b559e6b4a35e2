package de.hessen.aqb.nachweis.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Interest per § 49a HVwVfG, expected cents computed by hand (cents × rate × days / 36 500, half-up per period). */
class ZinsberechnungTest {

  static final List<Basiszinssatz> SAETZE = List.of(
      new Basiszinssatz(LocalDate.of(2024, 1, 1), new BigDecimal("3.62")),
      new Basiszinssatz(LocalDate.of(2024, 7, 1), new BigDecimal("3.37")),
      new Basiszinssatz(LocalDate.of(2025, 1, 1), new BigDecimal("2.27")),
      new Basiszinssatz(LocalDate.of(2025, 7, 1), new BigDecimal("1.27")));
  static final Zinsberechnung ZINSEN = new Zinsberechnung(SAETZE, new BigDecimal("5"));

  @Test
  void ueberEinenWechselDesBasiszinssatzes() {
    // 10.000,00 € from 1 June to 31 July 2024:
    //   1.6.–30.6.: 30 days at 3,62 + 5 = 8,62 %: 1 000 000 × 8,62 × 30 / 36 500 = 7 084,93… → 7 085 ct
    //   1.7.–31.7.: 31 days at 3,37 + 5 = 8,37 %: 1 000 000 × 8,37 × 31 / 36 500 = 7 108,77… → 7 109 ct
    var ergebnis = ZINSEN.berechne(1_000_000, LocalDate.of(2024, 6, 1), LocalDate.of(2024, 7, 31));
    assertThat(ergebnis.abschnitte()).extracting(Zinsberechnung.Abschnitt::tage).containsExactly(30L, 31L);
    assertThat(ergebnis.abschnitte()).extracting(a -> a.zinssatz().toPlainString()).containsExactly("8.62", "8.37");
    assertThat(ergebnis.abschnitte()).extracting(Zinsberechnung.Abschnitt::zinsenCent).containsExactly(7_085L, 7_109L);
    assertThat(ergebnis.zinsenCent()).isEqualTo(14_194L);
    assertThat(ergebnis.tage()).isEqualTo(61);
  }

  @Test
  void ueberDreiZeitraeume() {
    // 12.345,67 € from 1 Dec 2024 to 15 July 2025:
    //   1.12.–31.12.2024:  31 days at 8,37 %: 1 234 567 × 8,37 × 31 / 36 500  =  8 776,25… →  8 776 ct
    //   1.1.–30.6.2025:   181 days at 7,27 %: 1 234 567 × 7,27 × 181 / 36 500 = 44 507,66… → 44 508 ct
    //   1.7.–15.7.2025:    15 days at 6,27 %: 1 234 567 × 6,27 × 15 / 36 500  =  3 181,12… →  3 181 ct
    var ergebnis = ZINSEN.berechne(1_234_567, LocalDate.of(2024, 12, 1), LocalDate.of(2025, 7, 15));
    assertThat(ergebnis.abschnitte()).extracting(Zinsberechnung.Abschnitt::zinsenCent).containsExactly(8_776L, 44_508L, 3_181L);
    assertThat(ergebnis.zinsenCent()).isEqualTo(56_465L);
  }

  @Test
  void derLetzteSatzGiltVorlaeufigWeiterAberNichtStillschweigend() {
    // 1.000,00 € for 10 days from 1 Jan 2027 at 1,27 + 5 = 6,27 %: 100 000 × 6,27 × 10 / 36 500 = 171,78… → 172 ct
    var ergebnis = ZINSEN.berechne(100_000, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 10));
    assertThat(ergebnis.zinsenCent()).isEqualTo(172L);
    assertThat(ZINSEN.gedecktBis()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(ergebnis.warnung()).hasValueSatisfying(w -> assertThat(w).contains("ab 01.01.2027").contains("aqb.nachweis.basiszinssatz"));
    // inside the covered half-year: no warning
    assertThat(ZINSEN.berechne(100_000, LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 31)).warnung()).isEmpty();
  }

  @Test
  void derAufschlagIstKonfigurierbar() {
    // 3 percentage points: 1 000 000 × (3,62 + 3) × 30 / 36 500 = 5 441,09… → 5 441 ct
    var ergebnis = new Zinsberechnung(SAETZE, new BigDecimal("3")).berechne(1_000_000, LocalDate.of(2024, 6, 1),
        LocalDate.of(2024, 6, 30));
    assertThat(ergebnis.zinsenCent()).isEqualTo(5_441L);
  }

  @Test
  void keineZinsenOhneForderungOderOhneZeitraum() {
    assertThat(ZINSEN.berechne(0, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)).zinsenCent()).isZero();
    assertThat(ZINSEN.berechne(1_000_000, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 31)).zinsenCent()).isZero();
  }

  @Test
  void einTagIstEinTag() {
    // 1 000 000 × 7,27 × 1 / 36 500 = 199,18… → 199 ct
    assertThat(ZINSEN.berechne(1_000_000, LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 3)).zinsenCent()).isEqualTo(199L);
  }

  @Test
  void vorDemErstenBekanntenSatzGibtEsKeineBerechnung() {
    assertThatThrownBy(() -> ZINSEN.berechne(1_000, LocalDate.of(2023, 12, 31), LocalDate.of(2024, 1, 5)))
        .hasMessageContaining("Kein Basiszinssatz für 2023-12-31");
  }

  @Test
  void zinsbeginnNachDemBewilligungszeitraumOderNachDerLetztenAuszahlung() {
    assertThat(Zinsberechnung.zinsbeginn(LocalDate.of(2025, 12, 31), LocalDate.of(2025, 6, 1))).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(Zinsberechnung.zinsbeginn(LocalDate.of(2025, 12, 31), null)).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(Zinsberechnung.zinsbeginn(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 2, 10))).isEqualTo(LocalDate.of(2026, 2, 11));
  }
}

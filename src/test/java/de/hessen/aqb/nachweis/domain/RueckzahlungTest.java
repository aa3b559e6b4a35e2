package de.hessen.aqb.nachweis.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Payments on a Rückforderung: interest first (§ 367 BGB), further interest after the due day, no overpayment. */
class RueckzahlungTest {

  static final Zinsberechnung ZINSEN = ZinsberechnungTest.ZINSEN;
  // Schlussbescheid: Hauptforderung 10.000,00 €, interest until the due day 31.10.2025: 200,00 €
  static final Rueckzahlung.Stand ANFANG = new Rueckzahlung.Stand(1_000_000, 20_000, LocalDate.of(2025, 10, 31));

  @Test
  void zweiTeilzahlungenDannBezahlt() {
    // 15.10.2025 (before the due day) 5.000,00 €: 200,00 € on the interest, 4.800,00 € on the Hauptforderung
    var erste = Rueckzahlung.buche(ANFANG, LocalDate.of(2025, 10, 15), 500_000, ZINSEN);
    assertThat(erste.verzugszinsenCent()).isZero();
    assertThat(erste.aufZinsenCent()).isEqualTo(20_000);
    assertThat(erste.aufHauptforderungCent()).isEqualTo(480_000);
    assertThat(erste.danach()).isEqualTo(new Rueckzahlung.Stand(520_000, 0, LocalDate.of(2025, 10, 31)));
    // 10.11.2025, 10 days late: 5.200,00 € × 6,27 % × 10 / 365 = 520 000 × 6,27 × 10 / 36 500 = 893,26… → 893 ct
    assertThat(Rueckzahlung.offenAm(erste.danach(), LocalDate.of(2025, 11, 10), ZINSEN)).isEqualTo(520_893);
    var zweite = Rueckzahlung.buche(erste.danach(), LocalDate.of(2025, 11, 10), 520_893, ZINSEN);
    assertThat(zweite.verzugszinsenCent()).isEqualTo(893);
    assertThat(zweite.aufZinsenCent()).isEqualTo(893);
    assertThat(zweite.aufHauptforderungCent()).isEqualTo(520_000);
    assertThat(zweite.danach().bezahlt()).isTrue();
  }

  @Test
  void ueberzahlungWirdAbgelehnt() {
    assertThatThrownBy(() -> Rueckzahlung.buche(ANFANG, LocalDate.of(2025, 10, 15), 1_020_001, ZINSEN))
        .isInstanceOf(UngueltigeEingabe.class).hasMessageContaining("höher als die offene Forderung")
        .hasMessageContaining("10.200,00 €");
    assertThatThrownBy(() -> Rueckzahlung.buche(ANFANG, LocalDate.of(2025, 10, 15), 0, ZINSEN))
        .isInstanceOf(UngueltigeEingabe.class).hasMessageContaining("größer als 0,00 €");
  }

  @Test
  void verzugszinsenNurEinmalJeTag() {
    // a second payment on the same late day adds no further interest
    var erste = Rueckzahlung.buche(ANFANG, LocalDate.of(2025, 11, 10), 100_000, ZINSEN);
    // 10 days on 10.000,00 €: 1 000 000 × 6,27 × 10 / 36 500 = 1 717,80… → 1 718 ct
    assertThat(erste.verzugszinsenCent()).isEqualTo(1_718);
    var zweite = Rueckzahlung.buche(erste.danach(), LocalDate.of(2025, 11, 10), 100_000, ZINSEN);
    assertThat(zweite.verzugszinsenCent()).isZero();
  }
}

package de.hessen.aqb.umsetzungsbesprechung.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The next autumn date of a case: after today, within the Bewilligungszeitraum, one meeting per year. */
class HerbstterminTest {

  static final MonthDay TAG = Herbsttermin.tag("09-15");

  private static Optional<LocalDate> naechster(String heute, String bis, Integer... vorhanden) {
    return Herbsttermin.naechster(TAG, LocalDate.parse(heute), bis == null ? null : LocalDate.parse(bis), Set.of(vorhanden));
  }

  @Test
  void derHerbstDesLaufendenJahres() {
    assertThat(naechster("2025-05-02", "2025-12-31")).contains(LocalDate.of(2025, 9, 15));
  }

  @Test
  void einBescheidNachDemFuenfzehntenSeptemberBeginntImNaechstenJahr() {
    assertThat(naechster("2025-09-16", "2027-12-31")).contains(LocalDate.of(2026, 9, 15));
    assertThat(naechster("2025-10-01", "2025-12-31")).as("nach dem Herbsttermin eines einjährigen Zeitraums").isEmpty();
  }

  @Test
  void amTerminSelbstIstErSchonVorbeiDenNurNachHeuteZaehlt() {
    assertThat(naechster("2025-09-15", "2026-12-31")).contains(LocalDate.of(2026, 9, 15));
    assertThat(naechster("2025-09-14", "2026-12-31")).contains(LocalDate.of(2025, 9, 15));
  }

  @Test
  void derZeitraumEndetVorDemHerbst() {
    assertThat(naechster("2025-03-01", "2025-08-31")).isEmpty();
    assertThat(naechster("2025-03-01", "2025-09-14")).isEmpty();
    assertThat(naechster("2025-03-01", "2025-09-15")).as("der letzte Tag zählt noch").contains(LocalDate.of(2025, 9, 15));
  }

  @Test
  void mehrjaehrigJedesJahrEinmal() {
    assertThat(naechster("2025-05-01", "2028-06-30", 2025)).contains(LocalDate.of(2026, 9, 15));
    assertThat(naechster("2025-05-01", "2028-06-30", 2025, 2026, 2027)).as("2028 endet der Zeitraum vor dem Herbst").isEmpty();
    assertThat(naechster("2026-09-15", "2028-12-31", 2025, 2026)).contains(LocalDate.of(2027, 9, 15));
    assertThat(naechster("2025-05-01", "2028-12-31", 2026)).as("eine Lücke wird nicht übersprungen").contains(LocalDate.of(2025, 9, 15));
  }

  @Test
  void ohneBescheidKeinTermin() {
    assertThat(naechster("2025-05-01", null)).isEmpty();
  }

  @Test
  void derTagIstEinParameter() {
    assertThat(Herbsttermin.naechster(Herbsttermin.tag("10-01"), LocalDate.of(2025, 9, 20), LocalDate.of(2025, 12, 31), Set.of()))
        .contains(LocalDate.of(2025, 10, 1));
    assertThat(Herbsttermin.naechster(Herbsttermin.tag("02-29"), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), Set.of()))
        .as("kein Schaltjahr").contains(LocalDate.of(2025, 2, 28));
    assertThatThrownBy(() -> Herbsttermin.tag("15.09.")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MM-TT");
    assertThatThrownBy(() -> Herbsttermin.tag("13-01")).isInstanceOf(IllegalArgumentException.class);
  }
}

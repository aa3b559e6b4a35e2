package de.hessen.aqb.aenderungsantrag.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** In which Haushaltsjahr a difference is booked. */
class HaushaltsjahreTest {

  @Test
  void erhoehungImJahrDerAenderungInnerhalbDesBewilligungszeitraums() {
    assertThat(Haushaltsjahre.verteile(Map.of(2025, 100L, 2026, 50L), 200, 2026, 2025, 2026)).containsExactly(
        Map.entry(2025, 100L), Map.entry(2026, 100L));
    // a change after the end of the period: the last year of the period
    assertThat(Haushaltsjahre.verteile(Map.of(2025, 100L), 130, 2027, 2025, 2025)).containsExactly(Map.entry(2025, 130L));
    // a new measure
    assertThat(Haushaltsjahre.verteile(Map.of(), 70, 2026, 2025, 2027)).containsExactly(Map.entry(2026, 70L));
  }

  @Test
  void kuerzungVomSpaetestenJahrAnNieUnterNull() {
    assertThat(Haushaltsjahre.verteile(Map.of(2025, 100L, 2026, 50L), 80, 2025, 2025, 2026)).containsExactly(
        Map.entry(2025, 80L), Map.entry(2026, 0L));
    assertThat(Haushaltsjahre.verteile(Map.of(2025, 100L, 2026, 50L), 0, 2025, 2025, 2026)).containsExactly(
        Map.entry(2025, 0L), Map.entry(2026, 0L));
  }
}

package de.hessen.aqb.plattform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Values as forms deliver them are read exactly (no double arithmetic) or rejected in German. */
class ProzessVariableTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2812460|2812460", "2812460.5|2812460.5", "80.000|80000", "2.812.460|2812460", "2812460.00|2812460.00", "2.812.460,50|2812460.50", "491550,00 €|491550.00", "-5|-5", "100.123|100123", "100,123|100.123", "1200000.5|1200000.5"})
  void betraegeWerdenGenauGelesen(String eingabe, String erwartet) {
    assertThat(ProzessVariable.betrag("budget").lies(eingabe)).isEqualByComparingTo(new BigDecimal(erwartet));
  }

  @Test
  void zahlenAusFormularenWerdenOhneRundungsfehlerGelesen() {
    assertThat(ProzessVariable.betrag("budget").lies(0.1d)).isEqualByComparingTo("0.1");
    assertThat(ProzessVariable.betrag("budget").lies(491550L)).isEqualByComparingTo("491550");
  }

  @Test
  void keinBetragGibtEineDeutscheMeldung() {
    assertThatThrownBy(() -> ProzessVariable.betrag("budget").lies("zwei Millionen"))
        .isInstanceOf(UngueltigeEingabe.class).hasMessageContaining("ist kein Betrag");
  }

  @Test
  void ganzzahlenUndDaten() {
    assertThat(ProzessVariable.ganzzahl("jahr").lies(2025L)).isEqualTo(2025);
    assertThat(ProzessVariable.ganzzahl("jahr").lies(2025.0d)).isEqualTo(2025);
    assertThatThrownBy(() -> ProzessVariable.ganzzahl("jahr").lies(2025.5d)).hasMessageContaining("keine ganze Zahl");
    assertThat(ProzessVariable.datum("d").lies("2025-08-06")).isEqualTo(LocalDate.of(2025, 8, 6));
    assertThat(ProzessVariable.datum("d").lies("2025-08-06T00:00:00.000Z")).isEqualTo(LocalDate.of(2025, 8, 6));
    assertThatThrownBy(() -> ProzessVariable.datum("d").lies("6.8.25")).hasMessageContaining("kein gültiges Datum");
    assertThat(ProzessVariable.text("t").lies("  ")).isNull();
  }
}

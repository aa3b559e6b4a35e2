package de.hessen.aqb.zielvereinbarung.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ZielvereinbarungRegelnTest {

  static final LocalDate HEUTE = LocalDate.of(2025, 8, 13);

  @Test
  void budgetInCent() {
    assertThat(ZielvereinbarungRegeln.budgetInCent(new BigDecimal("2812460"))).isEqualTo(281_246_000L);
    assertThat(ZielvereinbarungRegeln.budgetInCent(new BigDecimal("491550.5"))).isEqualTo(49_155_050L);
    assertThat(ZielvereinbarungRegeln.budgetInCent(new BigDecimal("491550.500"))).isEqualTo(49_155_050L);
  }

  @Test
  void budgetMussPositivSeinUndCentGenau() {
    assertThatThrownBy(() -> ZielvereinbarungRegeln.budgetInCent(new BigDecimal("-5")))
        .isInstanceOf(UngueltigeEingabe.class).hasMessage("Die Haushaltsmittel müssen größer als 0 Euro sein.");
    assertThatThrownBy(() -> ZielvereinbarungRegeln.budgetInCent(BigDecimal.ZERO)).hasMessageContaining("größer als 0");
    assertThatThrownBy(() -> ZielvereinbarungRegeln.budgetInCent(new BigDecimal("100.123")))
        .hasMessageContaining("höchstens zwei Nachkommastellen");
    assertThatThrownBy(() -> ZielvereinbarungRegeln.budgetInCent(null)).hasMessageContaining("Bitte die Haushaltsmittel");
  }

  @Test
  void leereMassnahmenartIstErlaubt() {
    var projekte = ZielvereinbarungRegeln.projekte(Map.of(Massnahmenart.AUSBILDUNGSVORBEREITUNG, List.of("FIB")));
    assertThat(projekte.get(Massnahmenart.WEITERBILDUNG_PERSONAL)).isEmpty();
    assertThat(projekte.get(Massnahmenart.AUSBILDUNGSVORBEREITUNG)).containsExactly(new Projekt("FIB"));
  }

  @Test
  void projektOhneNamenUndZuVieleProjekteWerdenGemeinsamGemeldet() {
    List<String> viele = new ArrayList<>(Collections.nCopies(201, "Projekt"));
    viele.set(4, " ");
    assertThatThrownBy(() -> ZielvereinbarungRegeln.projekte(Map.of(Massnahmenart.QUALIFIZIERUNGSPROJEKTE, viele)))
        .hasMessageContaining("Projekt 5 unter Maßnahmenart 3 hat keinen Namen.")
        .hasMessageContaining("höchstens 200 Projekte enthalten, erfasst sind 201");
    assertThat(ZielvereinbarungRegeln.projekte(Map.of(Massnahmenart.QUALIFIZIERUNGSPROJEKTE,
        Collections.nCopies(200, "P"))).get(Massnahmenart.QUALIFIZIERUNGSPROJEKTE)).hasSize(200);
    assertThatThrownBy(() -> ZielvereinbarungRegeln.projekte(Map.of(Massnahmenart.AUSBILDUNGSVORBEREITUNG,
        Arrays.asList((String) null)))).hasMessageContaining("hat keinen Namen");
  }

  @Test
  void unterzeichnungsdatum() {
    LocalDate entwurf = LocalDate.of(2025, 8, 1);
    assertThat(ZielvereinbarungRegeln.unterzeichnungsdatum(LocalDate.of(2025, 8, 6), entwurf, "dem Entwurf", HEUTE))
        .isEqualTo(LocalDate.of(2025, 8, 6));
    assertThat(ZielvereinbarungRegeln.unterzeichnungsdatum(HEUTE, entwurf, "dem Entwurf", HEUTE)).isEqualTo(HEUTE);
    assertThatThrownBy(() -> ZielvereinbarungRegeln.unterzeichnungsdatum(LocalDate.of(2025, 7, 31), entwurf, "dem Entwurf", HEUTE))
        .hasMessage("Das Datum der Unterzeichnung (31.7.2025) liegt vor dem Entwurf (1.8.2025).");
    assertThatThrownBy(() -> ZielvereinbarungRegeln.unterzeichnungsdatum(HEUTE.plusDays(1), entwurf, "dem Entwurf", HEUTE))
        .hasMessageContaining("liegt in der Zukunft");
    assertThatThrownBy(() -> ZielvereinbarungRegeln.unterzeichnungsdatum(null, entwurf, "dem Entwurf", HEUTE))
        .hasMessageContaining("Bitte das Datum");
  }
}

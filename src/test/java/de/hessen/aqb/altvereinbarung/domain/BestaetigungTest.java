package de.hessen.aqb.altvereinbarung.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The server's check of what the clerk confirmed (ADR 10): the reading decides nothing by itself. */
class BestaetigungTest {

  static final LocalDate HEUTE = LocalDate.of(2026, 12, 1);
  static final List<Unterschrift> UNTERSCHRIFTEN = List.of(
      new Unterschrift("Staatsministerin", "Heike Hofmann", "Wiesbaden", LocalDate.of(2025, 8, 2)),
      new Unterschrift("Landrat", null, "Erbach", LocalDate.of(2025, 8, 11)));

  static boolean gibtEs(String ks, Integer jahr) {
    return ks.equals("06437") || (ks.equals("06415") && jahr >= 2026);
  }

  @Test
  void bestaetigteWerteWerdenGeprueftUndBereinigt() {
    var g = new Bestaetigung("06437", 2025, new BigDecimal("491550"), Map.of("1", "  A \n\nB\n", "3", "C"), UNTERSCHRIFTEN)
        .pruefe(BestaetigungTest::gibtEs, HEUTE);
    assertThat(g.budgetCent()).isEqualTo(49_155_000L);
    assertThat(g.massnahmen()).containsEntry("1", List.of("A", "B")).containsEntry("2", List.of()).containsEntry("3", List.of("C"));
    assertThat(g.unterzeichnungen().get(1).name()).isNull();
  }

  @Test
  void alleFehlerAufEinmalAufDeutsch() {
    assertThatThrownBy(() -> new Bestaetigung("06415", 2025, new BigDecimal("-1"), Map.of(), List.of(
        new Unterschrift(" ", "X", null, LocalDate.of(2027, 1, 1)))).pruefe(BestaetigungTest::gibtEs, HEUTE))
        .isInstanceOf(UngueltigeEingabe.class)
        .hasMessageContaining("Gebietskörperschaft auswählen, die es im Jahr der Vereinbarung gab")
        .hasMessageContaining("Haushaltsmittel nach § 4 als Betrag über 0 Euro")
        .hasMessageContaining("mindestens ein Projekt")
        .hasMessageContaining("Unterzeichnung des Ministeriums angeben")
        .hasMessageContaining("Unterzeichnung des Ministeriums liegt in der Zukunft")
        .hasMessageContaining("Unterzeichnung der Gebietskörperschaft angeben");
    assertThatThrownBy(() -> new Bestaetigung("06437", 2027, BigDecimal.ONE, Map.of("1", "A"), UNTERSCHRIFTEN)
        .pruefe(BestaetigungTest::gibtEs, HEUTE)).hasMessageContaining("(2000 bis 2026)");
  }
}

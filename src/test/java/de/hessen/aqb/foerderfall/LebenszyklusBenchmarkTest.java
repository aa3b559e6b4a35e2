package de.hessen.aqb.foerderfall;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Keeps the lifecycle benchmark (bench/lebenszyklus) from rotting: one case and one floor instance on H2, in the JVM
 * of its own (surefire execution "eigene-jvm"), with an application context of its own. Checks that it runs through
 * and measures something — never a figure (those belong in docs/PERFORMANCE.md).
 */
@Tag("eigene-jvm")
class LebenszyklusBenchmarkTest {

  @Test
  void einFallUndEinBodenLaufenDurch() throws Exception {
    Map<String, String> aus = LebenszyklusBenchmark.laufe(new String[] {"--db=jdbc:h2:mem:aqbbench;DB_CLOSE_DELAY=-1;MODE=LEGACY",
        "--db-benutzer=sa", "--db-passwort=", "--faelle=1", "--runden=1", "--aufwaermen=0"});
    assertThat(Long.parseLong(aus.get("je_fall_aufgaben"))).as("erledigte Aufgaben eines Förderfalls").isPositive();
    assertThat(Long.parseLong(aus.get("je_fall_jobs"))).as("ausgeführte Jobs eines Förderfalls").isPositive();
    assertThat(aus).containsKeys("quotient_sql", "quotient_transaktionen", "quotient_cpu_ms", "quotient_wand_ms");
    assertThat(aus.get("unser_sql_je_wartezustand")).as("die Anweisungen werden gezählt").doesNotStartWith("min=0.00");
  }
}

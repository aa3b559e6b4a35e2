package de.hessen.aqb.foerderfall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.DriverManager;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Keeps the data growth benchmark (bench/datenwachstum) from rotting: 30 historic cases and 20 open tasks copied, every
 * measurement called once, with and without our indexes, in the JVM of its own (surefire execution "eigene-jvm"). It
 * needs PostgreSQL on 127.0.0.1:5432 (the copies are PostgreSQL SQL) and is skipped without it. Checks that the copies
 * exist and are seen by the engine's queries — never a figure (those belong in docs/PERFORMANCE.md).
 */
@Tag("eigene-jvm")
class DatenwachstumBenchmarkTest {

  private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

  @Test
  void kopiertFaelleUndAufgabenUndMisst() throws Exception {
    // once per CI run: in the PostgreSQL suite (./mvnw verify -Ppostgres), not again in the H2 suite
    assumeTrue(System.getProperty("aqb.test.suite.datenbank", "").startsWith("jdbc:postgresql:"), "nur in der PostgreSQL-Suite");
    assumeTrue(postgresErreichbar(), "PostgreSQL auf 127.0.0.1:5432 nicht erreichbar");
    Map<String, String> aus = DatenwachstumBenchmark.laufe(new String[] {"--db=" + SERVER + "aqb_wachstum_bench_smoke",
        "--faelle=30", "--offene-aufgaben=20", "--wiederholungen=1", "--aufwaermen=0", "--stapel=7", "--port=0", "--vergleich"});
    assertThat(Long.parseLong(aus.get("faelle"))).as("Förderfälle: die Vorlage und 30 Kopien").isEqualTo(31);
    assertThat(Long.parseLong(aus.get("offene_aufgaben"))).as("offene Aufgaben, die die Engine findet").isEqualTo(20);
    assertThat(aus).containsKeys("ohne_indexe_gruppenfilter_liste_rp_ms", "mit_indexen_gruppenfilter_liste_gk_ms",
        "mit_indexen_budgetuebersicht_ms", "mit_indexen_suche_nummer_historie_rp_ms");
    assertThat(aus.get("tabellen_historie")).contains("act_hi_procinst", "act_hi_taskinst", "act_hi_varinst");
  }

  private static boolean postgresErreichbar() {
    try (var c = DriverManager.getConnection(SERVER + "postgres", "postgres", "postgres")) {
      return c.isValid(2);
    } catch (Exception e) {
      return false;
    }
  }
}

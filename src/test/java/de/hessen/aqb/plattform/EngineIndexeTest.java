package de.hessen.aqb.plattform;

import static org.assertj.core.api.Assertions.assertThat;

import de.hessen.aqb.testsupport.AqbSpringBootTest;
import java.sql.DatabaseMetaData;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;

/** Our indexes on Camunda's tables (ADR 26) exist after the start, on H2 and (-Ppostgres) on PostgreSQL. */
@AqbSpringBootTest
class EngineIndexeTest {

  @Autowired
  DataSource dataSource;

  @Autowired
  JdbcClient jdbc;

  @Test
  void dieAufgabentabelleHatEinenIndexAufDerElternaufgabe() throws Exception {
    assertThat(indexspalten("act_ru_task", "aqb_idx_task_parent")).containsExactly("parent_task_id_");
  }

  @Test
  void aufPostgresqlSuchtDieFallnummerPerPraefixImIndex() throws Exception {
    if (!postgres()) {
      return;
    }
    assertThat(indexspalten("act_hi_procinst", "aqb_idx_hi_procinst_buskey_muster")).containsExactly("business_key_");
    assertThat(indexspalten("act_ru_execution", "aqb_idx_exec_buskey_muster")).containsExactly("business_key_");
    String plan = String.join("\n", jdbc.sql("explain select id_ from act_hi_procinst where business_key_ like 'AQB-2025-06414%'")
        .query(String.class).list());
    // with few rows PostgreSQL may prefer reading the table; the index must at least be usable for the prefix
    jdbc.sql("set enable_seqscan = off").update();
    try {
      String ohneTabellenlesen = String.join("\n", jdbc.sql("explain select id_ from act_hi_procinst where business_key_ like 'AQB-2025-06414%'")
          .query(String.class).list());
      assertThat(ohneTabellenlesen).as(plan).contains("aqb_idx_hi_procinst_buskey_muster");
    } finally {
      jdbc.sql("set enable_seqscan = on").update();
    }
  }

  @Test
  void dieMigrationIstVermerktUndEinZweiterLaufAendertNichts() {
    assertThat(jdbc.sql("select count(*) from \"" + EngineIndexe.HISTORIE + "\" where \"version\" = '20' and \"success\" = true")
        .query(Integer.class).single()).isEqualTo(1);
    assertThat(EngineIndexe.migriere(dataSource).migrationsExecuted).isZero();
  }

  private boolean postgres() throws Exception {
    return JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName).equals("PostgreSQL");
  }

  /** The columns of an index, lower case, whatever case the database stores names in. */
  private List<String> indexspalten(String tabelle, String index) throws Exception {
    try (var verbindung = dataSource.getConnection()) {
      DatabaseMetaData meta = verbindung.getMetaData();
      String name = meta.storesUpperCaseIdentifiers() ? tabelle.toUpperCase(Locale.ROOT) : tabelle;
      List<String> spalten = new ArrayList<>();
      try (var rs = meta.getIndexInfo(null, null, name, false, false)) {
        while (rs.next()) {
          if (index.equalsIgnoreCase(rs.getString("INDEX_NAME"))) {
            spalten.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
          }
        }
      }
      return spalten;
    }
  }
}

package de.hessen.aqb.plattform;

import java.util.Locale;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * Our indexes on Camunda's tables (ADR 26): a second Flyway set, {@code db/engine/<database>/}, with a history table of
 * its own ({@value #HISTORIE}). Our own tables are migrated before the engine starts ({@link EigeneTabellenZuerst}); on
 * a fresh database Camunda's tables do not exist then, so this set runs once the engine has created or updated its
 * schema, before anything uses the engine (a plugin's {@code postProcessEngineBuild}).
 */
@Configuration
class EngineIndexe {

  static final String HISTORIE = "aqb_schema_history_engine";
  private static final Logger LOG = LoggerFactory.getLogger(EngineIndexe.class);

  @Bean
  AbstractProcessEnginePlugin engineIndexePlugin(DataSource dataSource) {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void postProcessEngineBuild(ProcessEngine processEngine) {
        migriere(dataSource);
      }
    };
  }

  /** Applies the set for this database ("h2" or "postgresql"); other databases get no indexes of ours. */
  static MigrateResult migriere(DataSource dataSource) {
    String datenbank = datenbank(dataSource);
    if (!datenbank.equals("h2") && !datenbank.equals("postgresql")) {
      LOG.warn("Keine eigenen Indizes auf Camundas Tabellen für die Datenbank {}", datenbank);
      return null;
    }
    MigrateResult ergebnis = Flyway.configure().dataSource(dataSource).locations("classpath:db/engine/" + datenbank)
        .table(HISTORIE).baselineOnMigrate(true).baselineVersion("0").load().migrate();
    LOG.info("Indizes auf Camundas Tabellen: {} Migration(en) ausgeführt, Stand {}", ergebnis.migrationsExecuted,
        ergebnis.targetSchemaVersion);
    return ergebnis;
  }

  private static String datenbank(DataSource dataSource) {
    try {
      String produkt = JdbcUtils.extractDatabaseMetaData(dataSource, m -> m.getDatabaseProductName());
      return produkt.toLowerCase(Locale.ROOT).replace(" ", "");
    } catch (MetaDataAccessException e) {
      throw new IllegalStateException("Datenbank nicht erkennbar", e);
    }
  }
}

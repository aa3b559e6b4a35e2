package de.hessen.aqb.testsupport;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.migration.MigrationInstructionBuilder;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * An operator's migration plan as {@code ops/migration/*.json} holds it and {@code ops/modell-migrieren} sends it to the
 * REST API (ADR 17), turned into Camunda's {@link MigrationPlan} through the same public calls the REST API makes for
 * {@code /migration/validate} and {@code /migration/execute}: equal activity ids mapped, then the explicit instructions.
 * Source: every definition of the process with the "from" versionTag (each release redeploys all models, so one tag
 * can have several versions); target: the newest definition with the "to" versionTag.
 */
public record Modellmigration(String prozess, String von, String nach, String beschreibung, boolean gleicheAktivitaeten,
    List<Anweisung> anweisungen, DanachStarten danachStarten) {

  /** Maps activity {@code von} of the old model to {@code nach} of the new one; a timer or message may be re-evaluated. */
  public record Anweisung(String von, String nach, boolean ereignisAktualisieren) {}

  /** After the migration, start this activity in every migrated instance not waiting at one of the listed activities. */
  public record DanachStarten(String aktivitaet, List<String> nichtWennWartendAn) {}

  public static Modellmigration lies(String datei) {
    try {
      return new ObjectMapper().readValue(Path.of("ops", "migration", datei).toFile(), Modellmigration.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public List<ProcessDefinition> quellen(ProcessEngine engine) {
    return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(prozess).versionTag(von)
        .orderByProcessDefinitionVersion().asc().list();
  }

  public ProcessDefinition ziel(ProcessEngine engine) {
    return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(prozess).versionTag(nach)
        .orderByProcessDefinitionVersion().desc().listPage(0, 1).stream().findFirst()
        .orElseThrow(() -> new IllegalStateException("Keine Version " + nach + " von " + prozess + " bereitgestellt."));
  }

  /** The plan from one source definition to the target; throws Camunda's validation exception if it is not valid. */
  public MigrationPlan plan(ProcessEngine engine, String quelle, String ziel) {
    MigrationPlanBuilder plan = engine.getRuntimeService().createMigrationPlan(quelle, ziel);
    if (gleicheAktivitaeten) {
      plan = plan.mapEqualActivities();
    }
    for (Anweisung anweisung : anweisungen) {
      MigrationInstructionBuilder eine = plan.mapActivities(anweisung.von(), anweisung.nach());
      plan = anweisung.ereignisAktualisieren() ? eine.updateEventTrigger() : eine;
    }
    return plan.build();
  }
}

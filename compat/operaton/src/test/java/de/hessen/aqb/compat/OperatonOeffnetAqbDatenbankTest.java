package de.hessen.aqb.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.ProcessEngineConfiguration;
import org.operaton.bpm.engine.ProcessEngineException;
import org.operaton.bpm.engine.history.HistoricActivityInstance;
import org.operaton.bpm.engine.management.SchemaLogEntry;
import org.operaton.bpm.engine.repository.ProcessDefinition;
import org.operaton.bpm.engine.runtime.Job;
import org.operaton.bpm.engine.task.Task;

/**
 * The way off Camunda 7 CE, tested (README "Upgrading"): a PostgreSQL database that AQB-Workflow (Camunda 7.24, profile
 * demo) created and filled is opened by the Operaton 1.0.3 engine — schema untouched, no upgrade script — and a running
 * case continues: a reminder timer (or the Durchführung's autumn timer) fires under Operaton and the case moves on to
 * its next step. What does not
 * run is our own code (delegates and listeners are Camunda-API Spring beans): completing a user task stops at its
 * listener, which is exactly the part the package migration (org.camunda -> org.operaton) has to port.
 * Database: {@code -Daqb.compat.url=jdbc:postgresql://127.0.0.1:5432/aqb_compat} (compat/operaton/run creates it).
 */
class OperatonOeffnetAqbDatenbankTest {

  static ProcessEngine engine;
  static int schemaEintraegeVorher;

  @BeforeAll
  static void oeffne() {
    engine = ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
        .setJdbcUrl(System.getProperty("aqb.compat.url", "jdbc:postgresql://127.0.0.1:5432/aqb_compat"))
        .setJdbcDriver("org.postgresql.Driver").setJdbcUsername(System.getProperty("aqb.compat.user", "postgres"))
        .setJdbcPassword(System.getProperty("aqb.compat.password", ""))
        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE)
        .setHistory(ProcessEngineConfiguration.HISTORY_AUTO)
        .setJobExecutorActivate(false)
        .setProcessEngineName("operaton-compat")
        .buildProcessEngine();
    schemaEintraegeVorher = engine.getManagementService().createSchemaLogQuery().list().size();
  }

  @AfterAll
  static void schliesse() {
    if (engine != null) {
      engine.close();
    }
  }

  @Test
  void dasSchemaVonCamunda724WirdUnveraendertGenutzt() {
    List<SchemaLogEntry> log = engine.getManagementService().createSchemaLogQuery().orderByTimestamp().desc().list();
    assertEquals("7.24.0", log.get(0).getVersion(), "von AQB-Workflow (Camunda 7.24) angelegt");
    assertEquals(schemaEintraegeVorher, log.size(), "Operaton hat am Schema nichts geändert");
  }

  @Test
  void jedesModellIstMitSeinerVersionTagBereitgestellt() throws IOException {
    try (Stream<Path> modelle = Files.list(Path.of("../../processes"))) {
      List<Path> bpmn = modelle.filter(p -> p.toString().endsWith(".bpmn")).toList();
      assertFalse(bpmn.isEmpty());
      for (Path datei : bpmn) {
        String inhalt = Files.readString(datei);
        Matcher tag = Pattern.compile("<bpmn:process id=\"([^\"]+)\"[^>]*camunda:versionTag=\"([^\"]+)\"").matcher(inhalt);
        assertTrue(tag.find(), datei.toString());
        ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(tag.group(1))
            .latestVersion().singleResult();
        assertNotNull(definition, tag.group(1));
        assertEquals(tag.group(2), definition.getVersionTag(), tag.group(1));
        // Operaton parses the deployed model with its camunda: extensions
        assertNotNull(engine.getRepositoryService().getBpmnModelInstance(definition.getId()).getModelElementById(tag.group(1)));
      }
    }
  }

  /** Timers of our models whose next step is asynchronous: firing them needs no code of ours (timer -> next job). */
  static final Map<String, String> TIMER_UND_NAECHSTER_SCHRITT = new LinkedHashMap<>();

  static {
    TIMER_UND_NAECHSTER_SCHRITT.put("BoundaryEvent_AntragsfristNaht", "Task_ErinnereAntragsfrist");
    TIMER_UND_NAECHSTER_SCHRITT.put("BoundaryEvent_UnterzeichnungGebietskoerperschaftUeberfaellig",
        "Task_ErinnereUnterzeichnungGebietskoerperschaft");
    TIMER_UND_NAECHSTER_SCHRITT.put("BoundaryEvent_NachweisfristNaht", "Task_ErinnereNachweisfrist");
    TIMER_UND_NAECHSTER_SCHRITT.put("BoundaryEvent_ZwischennachweisfristNaht", "Task_ErinnereZwischennachweisfrist");
    TIMER_UND_NAECHSTER_SCHRITT.put("TimerEvent_HerbstterminErreicht", "Task_SetzeUmsetzungsbesprechungAn");
  }

  @Test
  void einLaufenderFallGehtUnterOperatonWeiter() {
    Job timer = null;
    for (String aktivitaet : TIMER_UND_NAECHSTER_SCHRITT.keySet()) {
      timer = engine.getManagementService().createJobQuery().timers().activityId(aktivitaet).list().stream().findFirst().orElse(null);
      if (timer != null) {
        break;
      }
    }
    assertNotNull(timer, "ein Demo-Fall wartet auf eine Erinnerung oder den Herbsttermin");
    String fall = timer.getProcessInstanceId();
    String aktivitaet = engine.getManagementService().createJobDefinitionQuery().jobDefinitionId(timer.getJobDefinitionId())
        .singleResult().getActivityId();
    List<String> vorher = engine.getRuntimeService().getActiveActivityIds(fall);

    engine.getManagementService().executeJob(timer.getId());

    // the timer fired under Operaton; the next step (async before, our delegate) waits as a job for the application
    assertNull(engine.getManagementService().createJobQuery().jobId(timer.getId()).singleResult());
    Job naechster = engine.getManagementService().createJobQuery().processInstanceId(fall)
        .activityId(TIMER_UND_NAECHSTER_SCHRITT.get(aktivitaet)).singleResult();
    assertNotNull(naechster, TIMER_UND_NAECHSTER_SCHRITT.get(aktivitaet) + " wartet als Job");
    assertTrue(engine.getRuntimeService().getActiveActivityIds(fall).containsAll(vorher.stream()
        .filter(a -> !a.startsWith("Gateway_")).toList()), "die offenen Aufgaben des Falls bleiben");
    HistoricActivityInstance ausgeloest = engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(fall)
        .activityId(aktivitaet).finished().singleResult();
    assertNotNull(ausgeloest, "die Historie schreibt Operaton in dieselben Tabellen");
    System.out.println("Operaton 1.0.3: " + aktivitaet + " ausgelöst, " + TIMER_UND_NAECHSTER_SCHRITT.get(aktivitaet)
        + " wartet (Instanz " + fall + ")");
  }

  @Test
  void eineAufgabeAbzuschliessenBrauchtDenPortiertenCode() {
    Task aufgabe = engine.getTaskService().createTaskQuery().processDefinitionKey("durchfuehrung")
        .taskDefinitionKey("Task_WaehleAnliegen").list().stream().findFirst().orElseThrow();
    assertEquals("Mittelabruf oder Änderungsantrag stellen", aufgabe.getName());
    assertTrue(aufgabe.getTenantId().startsWith("kommune-"));
    ProcessEngineException fehler = assertThrows(ProcessEngineException.class,
        () -> engine.getTaskService().complete(aufgabe.getId()));
    assertTrue(fehler.getMessage().contains("anliegenAbschicken"), fehler.getMessage());
    assertNotNull(engine.getTaskService().createTaskQuery().taskId(aufgabe.getId()).singleResult(), "die Aufgabe bleibt offen");
  }
}

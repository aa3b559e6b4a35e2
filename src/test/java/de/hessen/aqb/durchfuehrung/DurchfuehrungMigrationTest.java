package de.hessen.aqb.durchfuehrung;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.hessen.aqb.fall.Fallregister;
import de.hessen.aqb.foerderbudget.Foerderbudget;
import de.hessen.aqb.nachweis.ZwischennachweisTreiber;
import de.hessen.aqb.testsupport.AqbSpringBootTest;
import de.hessen.aqb.testsupport.Modellmigration;
import de.hessen.aqb.testsupport.StellbareUhr;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * ADR 17: running Durchführungen of model 3.0.0 (kept as {@code modellversionen/durchfuehrung-3.0.0.bpmn}) move to 3.1.0
 * with the operator's plan {@code ops/migration/durchfuehrung-3.0.0-3.2.0.json}, built through Camunda's public
 * MigrationPlan API. Four cases wait in different states (an async job, the body's user task with its timers, a called
 * Mittelabruf, a three-year grant); after the migration each keeps its tasks, jobs and child instances, gets the
 * year-change branch of 3.1.0 and runs to its end on the new model.
 */
@AqbSpringBootTest
class DurchfuehrungMigrationTest {

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  static final String FORMULAR = "forms/form-durchfuehrung-anliegen.form";

  @Autowired ProcessEngine engine;
  @Autowired Foerderbudget budget;
  @Autowired Fallregister register;
  @Autowired StellbareUhr uhr;

  final List<String> bereitstellungen = new ArrayList<>();

  @BeforeEach
  void setUp() {
    init(engine);
  }

  @AfterEach
  void aufraeumen() {
    uhr.zurueck();
    // the engine's models as before: the test's deployments go (with anything a failed run left on them)
    bereitstellungen.forEach(id -> engine.getRepositoryService().deleteDeployment(id, true));
  }

  private ProcessDefinition stelleBereit(String name, String modell) {
    String id = engine.getRepositoryService().createDeployment().name(name).addClasspathResource(modell)
        .addClasspathResource(FORMULAR).deploy().getId();
    bereitstellungen.add(id);
    return engine.getRepositoryService().createProcessDefinitionQuery().deploymentId(id).processDefinitionKey("durchfuehrung")
        .singleResult();
  }

  @Test
  void laufendeDurchfuehrungenWechselnVon300Auf310UndLaufenZuEnde() {
    ProcessDefinition v1 = stelleBereit("durchfuehrung 3.0.0 (Test)", "modellversionen/durchfuehrung-3.0.0.bpmn");
    assertThat(v1.getVersionTag()).isEqualTo("3.0.0");

    // a three-year grant, started on 10.07.2025 (its year changes are what 3.1.0 adds)
    ZwischennachweisTreiber mehrjaehrig = new ZwischennachweisTreiber(engine, uhr, register, "06414").gestartet(budget);
    uhr.zurueck();
    // an async job: started, "Abrufzeitraum bestimmen" not yet run
    DurchfuehrungTreiber wartetAufJob = DurchfuehrungTreiber.neuerFall(engine, register, "06414");
    wartetAufJob.bucheBescheid(budget, LocalDate.now().plusMonths(6), 30_000);
    wartetAufJob.durchfuehrung = engine.getRuntimeService().startProcessInstanceByKey("durchfuehrung",
        wartetAufJob.foerderfallNummer, Map.of(de.hessen.aqb.plattform.MandantZuordnung.START_VARIABLE, "06414"));
    // the body's standing user task, with the deadline timer and the autumn timer
    DurchfuehrungTreiber wartetAufAufgabe = DurchfuehrungTreiber.neuerFall(engine, register, "06414");
    wartetAufAufgabe.starte(budget, LocalDate.now().plusYears(2), 50_000);
    // a called Mittelabruf in the RP's check
    DurchfuehrungTreiber mitAbruf = DurchfuehrungTreiber.neuerFall(engine, register, "06414");
    mitAbruf.starte(budget, LocalDate.now().plusMonths(6), 40_000);
    String abruf = mitAbruf.rufeAb("10.000", 10, "Honorare");

    List<DurchfuehrungTreiber> faelle = List.of(mehrjaehrig.durchfuehrung, wartetAufJob, wartetAufAufgabe, mitAbruf);
    faelle.forEach(f -> assertThat(f.durchfuehrung.getProcessDefinitionId()).isEqualTo(v1.getId()));
    assertThat(job(wartetAufJob, "Task_BereiteDurchfuehrungVor")).as("asynchroner Schritt wartet").isNotNull();
    Task aufgabeVorher = wartetAufAufgabe.aufgabe("Task_WaehleAnliegen");
    Job herbstVorher = wartetAufAufgabe.timer("TimerEvent_HerbstterminErreicht");
    Job fristVorher = wartetAufAufgabe.timer("BoundaryEvent_AbrufzeitraumAbgelaufen");
    assertThat(List.of(herbstVorher, fristVorher)).doesNotContainNull();
    assertThat(engine.getFormService().getDeployedTaskForm(aufgabeVorher.getId())).as("Formular aus der Bereitstellung von 3.0.0")
        .isNotNull();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(abruf).singleResult())
        .isWaitingAt("Task_PruefeMittelabruf");
    assertThat(mitAbruf.durchfuehrung).isWaitingAt("CallActivity_Mittelabruf", "Task_WaehleAnliegen");

    ProcessDefinition v2 = stelleBereit("durchfuehrung 3.2.0 (Test)", "processes/durchfuehrung.bpmn");
    Modellmigration migration = Modellmigration.lies("durchfuehrung-3.0.0-3.2.0.json");
    assertThat(migration.ziel(engine).getId()).isEqualTo(v2.getId());
    assertThat(migration.quellen(engine)).extracting(ProcessDefinition::getId).contains(v1.getId());
    List<String> ids = faelle.stream().map(f -> f.durchfuehrung.getId()).toList();

    // dry run: the plan is valid (build() validates it); a plan without the equal activities is refused for these cases
    MigrationPlan plan = migration.plan(engine, v1.getId(), v2.getId());
    assertThat(plan.getInstructions()).extracting(i -> i.getSourceActivityId())
        .contains("Task_WaehleAnliegen", "CallActivity_Mittelabruf", "TimerEvent_HerbstterminErreicht", "Task_BereiteDurchfuehrungVor");
    MigrationPlan leer = engine.getRuntimeService().createMigrationPlan(v1.getId(), v2.getId()).build();
    assertThatThrownBy(() -> engine.getRuntimeService().newMigration(leer).processInstanceIds(ids).execute())
        .isInstanceOf(MigratingProcessInstanceValidationException.class);
    faelle.forEach(f -> assertThat(instanz(f).getProcessDefinitionId()).as("nichts geändert").isEqualTo(v1.getId()));

    // the migration and the follow-up step, as ops/modell-migrieren does it through REST
    List<String> ohneVerzweigung = engine.getRuntimeService().createProcessInstanceQuery().processInstanceIds(new HashSet<>(ids))
        .activityIdIn(migration.danachStarten().nichtWennWartendAn().toArray(String[]::new)).list().stream()
        .map(ProcessInstance::getId).toList();
    assertThat(ohneVerzweigung).containsExactly(wartetAufJob.durchfuehrung.getId());
    engine.getRuntimeService().newMigration(plan).processInstanceIds(ids).execute();
    List<String> nachstarten = ids.stream().filter(id -> !ohneVerzweigung.contains(id)).toList();
    engine.getRuntimeService().createModification(v2.getId()).startBeforeActivity(migration.danachStarten().aktivitaet())
        .processInstanceIds(nachstarten).execute();

    faelle.forEach(f -> assertThat(instanz(f).getProcessDefinitionId()).isEqualTo(v2.getId()));
    assertThat(wartetAufAufgabe.aufgabe("Task_WaehleAnliegen").getId()).as("dieselbe Aufgabe").isEqualTo(aufgabeVorher.getId());
    assertThat(wartetAufAufgabe.aufgabe("Task_WaehleAnliegen").getProcessDefinitionId()).isEqualTo(v2.getId());
    assertThat(engine.getFormService().getDeployedTaskForm(aufgabeVorher.getId())).as("Formular aus der Bereitstellung von 3.1.0")
        .isNotNull();
    Job herbst = wartetAufAufgabe.timer("TimerEvent_HerbstterminErreicht");
    assertThat(herbst.getId()).isEqualTo(herbstVorher.getId());
    assertThat(herbst.getDuedate()).isEqualTo(herbstVorher.getDuedate());
    assertThat(herbst.getProcessDefinitionId()).isEqualTo(v2.getId());
    assertThat(wartetAufAufgabe.timer("BoundaryEvent_AbrufzeitraumAbgelaufen").getDuedate()).isEqualTo(fristVorher.getDuedate());
    assertThat(job(wartetAufJob, "Task_BereiteDurchfuehrungVor").getProcessDefinitionId()).isEqualTo(v2.getId());
    assertThat(job(wartetAufJob, "Task_PlaneZwischennachweis")).as("kommt über das neue Gateway").isNull();
    for (DurchfuehrungTreiber f : List.of(wartetAufAufgabe, mitAbruf, mehrjaehrig.durchfuehrung)) {
      assertThat(job(f, "Task_PlaneZwischennachweis")).as("Jahreswechsel-Zweig nachgestartet").isNotNull();
    }
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(mitAbruf.durchfuehrung.getId())
        .singleResult().getId()).as("der Mittelabruf bleibt Teil der Durchführung").isEqualTo(abruf);

    // every case runs to its end on 3.1.0
    wartetAufJob.fuehreJobsAus();
    assertThat(instanz(wartetAufJob)).isWaitingAt("Task_WaehleAnliegen").hasPassed("Task_PlaneZwischennachweis");
    wartetAufJob.schliesseAb();
    assertThat(wartetAufJob.durchfuehrung).isEnded().hasPassed("EndEvent_DurchfuehrungAbgeschlossen");

    wartetAufAufgabe.fuehreJobsAus();
    assertThat(instanz(wartetAufAufgabe)).hasPassed("EndEvent_KeinWeitererZwischennachweis");
    wartetAufAufgabe.treiber.loeseTimerAus("TimerEvent_HerbstterminErreicht");
    assertThat(wartetAufAufgabe.treiber.instanz("umsetzungsbesprechung")).as("der übernommene Timer wirkt").isNotNull();
    wartetAufAufgabe.schliesseAb();
    assertThat(wartetAufAufgabe.durchfuehrung).isEnded().hasPassed("EndEvent_DurchfuehrungAbgeschlossen",
        "EndEvent_BesprechungenBeendet", "EndEvent_KeinWeitererZwischennachweis");

    mitAbruf.fuehreJobsAus();
    mitAbruf.entscheide(abruf, "auszahlen", null, null);
    assertThat(instanz(mitAbruf)).hasPassed("Task_AktualisiereMittelstand");
    mitAbruf.schliesseAb();
    assertThat(mitAbruf.durchfuehrung).isEnded().hasPassed("EndEvent_DurchfuehrungAbgeschlossen", "EndEvent_AnliegenEntschieden");

    mehrjaehrig.amTag(LocalDateTime.of(2026, 1, 1, 9, 0));
    assertThat(mehrjaehrig.instanz(2025)).as("3.1.0 fordert den Zwischennachweis 2025 an").isNotNull();
    assertThat(mehrjaehrig.durchfuehrung.timer("TimerEvent_JahreswechselErreicht").getDuedate())
        .isEqualTo(java.util.Date.from(LocalDateTime.of(2027, 1, 1, 0, 0).atZone(java.time.ZoneId.systemDefault()).toInstant()));
    mehrjaehrig.durchfuehrung.schliesseAb();
    assertThat(mehrjaehrig.durchfuehrung.durchfuehrung).isEnded().hasPassed("EndEvent_DurchfuehrungAbgeschlossen",
        "EndEvent_ZwischennachweiseBeendet");
  }

  private ProcessInstance instanz(DurchfuehrungTreiber fall) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(fall.durchfuehrung.getId()).singleResult();
  }

  private Job job(DurchfuehrungTreiber fall, String aktivitaet) {
    return engine.getManagementService().createJobQuery().processInstanceId(fall.durchfuehrung.getId()).activityId(aktivitaet)
        .singleResult();
  }
}

package de.hessen.aqb.nachweis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.hessen.aqb.fall.Fallregister;
import de.hessen.aqb.foerderbudget.Foerderbudget;
import de.hessen.aqb.foerderbudget.Mittelabrufe;
import de.hessen.aqb.gemeinsam.Geld;
import de.hessen.aqb.plattform.MandantZuordnung;
import de.hessen.aqb.testsupport.AqbSpringBootTest;
import de.hessen.aqb.testsupport.Modellmigration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * ADR 17: running Verwendungsnachweise of model 2.0.0 (kept as {@code modellversionen/nachweis-2.0.0.bpmn}; it closed the
 * case right after the Schlussbescheid) move to 2.2.0 with {@code ops/migration/nachweis-2.0.0-2.3.0.json}. Three cases
 * wait in 2.0.0 — the async start, the body's user task with its reminder timer, the RP's check —; after the migration
 * each keeps its task and timer, and each Rückforderung now runs through 2.2.0's payment sub-process before the case closes.
 */
@AqbSpringBootTest
class NachweisMigrationTest {

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired ProcessEngine engine;
  @Autowired Fallregister register;
  @Autowired Foerderbudget budget;
  @Autowired Mittelabrufe mittelabrufe;

  final List<String> bereitstellungen = new ArrayList<>();

  @BeforeEach
  void setUp() {
    init(engine);
  }

  @AfterEach
  void aufraeumen() {
    bereitstellungen.forEach(id -> engine.getRepositoryService().deleteDeployment(id, true));
  }

  private ProcessDefinition stelleBereit(String modell, String... formulare) {
    DeploymentBuilder bereitstellung = engine.getRepositoryService().createDeployment().name("nachweis (Test)").addClasspathResource(modell);
    for (String formular : formulare) {
      bereitstellung.addClasspathResource(formular);
    }
    String id = bereitstellung.deploy().getId();
    bereitstellungen.add(id);
    return engine.getRepositoryService().createProcessDefinitionQuery().deploymentId(id).processDefinitionKey("nachweis")
        .singleResult();
  }

  private NachweisTreiber fall(String kreisschluessel) {
    // paid 50.000,00 €, the Belegliste shows 40.000,00 €: a Rückforderung of 10.000,00 € (plus interest)
    return new NachweisTreiber(engine, kreisschluessel).mitBescheidUndAuszahlung(register, budget, mittelabrufe, 50_000_00L);
  }

  private static byte[] belege() {
    return NachweisTreiber.csv("01.02.2025;Träger 1;Honorare;30.000,00;M1\n02.02.2025;Träger 2;Lehrgang;10.000,00;M2\n");
  }

  @Test
  void laufendeNachweiseWechselnVon200Auf220UndDieRueckforderungWirdUeberwacht() {
    ProcessDefinition v1 = stelleBereit("modellversionen/nachweis-2.0.0.bpmn", "forms/form-nachweis-sachlich.form");
    assertThat(v1.getVersionTag()).isEqualTo("2.0.0");

    NachweisTreiber wartetAufJob = fall("06412");
    wartetAufJob.nachweis = engine.getRuntimeService().startProcessInstanceByKey("nachweis", wartetAufJob.nummer,
        Map.of(MandantZuordnung.START_VARIABLE, "06412"));
    NachweisTreiber wartetAufGk = fall("06414");
    wartetAufGk.starte();
    NachweisTreiber inPruefung = fall("06411");
    inPruefung.starte();
    inPruefung.reicheEin(inPruefung.einreichung("30.000,00", "10.000,00", belege()));

    List<NachweisTreiber> faelle = List.of(wartetAufJob, wartetAufGk, inPruefung);
    faelle.forEach(f -> assertThat(f.nachweis.getProcessDefinitionId()).isEqualTo(v1.getId()));
    assertThat(wartetAufGk.nachweis).isWaitingAt("Task_ErstelleVerwendungsnachweis");
    Job erinnerung = wartetAufGk.treiber.timer("BoundaryEvent_NachweisfristNaht");
    assertThat(erinnerung).as("Erinnerung an die Frist").isNotNull();
    assertThat(inPruefung.nachweis).isWaitingAt("Task_PruefeSachlich");
    String pruefAufgabe = inPruefung.aufgabe("Task_PruefeSachlich").getId();

    ProcessDefinition v2 = stelleBereit("processes/nachweis.bpmn", "forms/form-nachweis-sachlich.form",
        "forms/form-zahlungseingang.form");
    Modellmigration migration = Modellmigration.lies("nachweis-2.0.0-2.3.0.json");
    assertThat(migration.ziel(engine).getId()).isEqualTo(v2.getId());
    assertThat(migration.danachStarten()).as("der Trägerschritt wird nicht nachgeholt").isNull();
    MigrationPlan plan = migration.plan(engine, v1.getId(), v2.getId());
    assertThat(plan.getInstructions()).extracting(i -> i.getSourceActivityId()).contains("Task_BereiteNachweisVor",
        "Task_ErstelleVerwendungsnachweis", "BoundaryEvent_NachweisfristNaht", "Task_PruefeSachlich");
    engine.getRuntimeService().newMigration(plan).processInstanceIds(faelle.stream().map(f -> f.nachweis.getId()).toList())
        .execute();

    faelle.forEach(f -> assertThat(instanz(f).getProcessDefinitionId()).isEqualTo(v2.getId()));
    Job erinnerungDanach = wartetAufGk.treiber.timer("BoundaryEvent_NachweisfristNaht");
    assertThat(erinnerungDanach.getId()).isEqualTo(erinnerung.getId());
    assertThat(erinnerungDanach.getDuedate()).isEqualTo(erinnerung.getDuedate());
    assertThat(inPruefung.aufgabe("Task_PruefeSachlich").getId()).isEqualTo(pruefAufgabe);
    assertThat(engine.getFormService().getDeployedTaskForm(pruefAufgabe)).as("Formular aus der Bereitstellung von 2.2.0")
        .isNotNull();

    // the job starts the 2.2.0 way (no provider in this case: straight to the body's task)
    wartetAufJob.fuehreJobsAus();
    assertThat(instanz(wartetAufJob)).isWaitingAt("Task_ErstelleVerwendungsnachweis").hasPassed("Gateway_TraegerBeteiligt");
    wartetAufJob.reicheEin(wartetAufJob.einreichung("30.000,00", "10.000,00", belege()));
    wartetAufGk.reicheEin(wartetAufGk.einreichung("30.000,00", "10.000,00", belege()));
    for (NachweisTreiber f : faelle) {
      f.pruefeSachlich(NachweisTreiber.RP_SACHLICH, "richtig", null, null);
      f.pruefeRechnerisch(NachweisTreiber.RP_RECHNERISCH, Map.of());
      assertThat(instanz(f)).as("2.0.0 schloss hier den Fall; 2.2.0 überwacht die Zahlung").isWaitingAt("Task_ErfasseZahlungseingang");
      long offen = (Long) f.historisch("forderungCent");
      assertThat(offen).isGreaterThanOrEqualTo(10_000_00L);
      f.erledige("Task_ErfasseZahlungseingang", NachweisTreiber.RP_SACHLICH, Map.of("zahlungEingangAm", LocalDate.now().toString(),
          "zahlungBetrag", Geld.alsWaehrung(offen).replace(" €", "")));
      assertThat(f.nachweis).isEnded().hasPassed("EndEvent_ForderungBezahlt", "EndEvent_FoerderfallAbgeschlossen");
      assertThat(register.status(f.nummer)).contains(Fallregister.ABGESCHLOSSEN);
    }
  }

  private ProcessInstance instanz(NachweisTreiber fall) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(fall.nachweis.getId()).singleResult();
  }
}

package de.hessen.aqb.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo story plays through the real processes at start-up and must never break silently (it logs and goes on, so a
 * broken step would only show as a missing case): every case ends up where the README's logins section says. Runs in a
 * JVM and database of its own (surefire execution "eigene-jvm"): the demo's users and cases never meet the main suite.
 */
@SpringBootTest(properties = "aqb.mail.ablage-verzeichnis=target/demo-mails")
@Tag("eigene-jvm")
@ActiveProfiles({"test", "demo"})
class DemoGeschichteTest {

  private static final ZoneId HESSEN = ZoneId.of("Europe/Berlin");

  @Autowired ProcessEngine engine;
  @Autowired DemoBenutzer benutzer;
  @Autowired DemoFaelle faelle;
  @Autowired DemoProgrammjahr programmjahr;
  @Autowired DemoUmsetzungsbesprechung umsetzungsbesprechung;

  private long offen(String fall, String aufgabe) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(fall).taskDefinitionKey(aufgabe).count();
  }

  @Test
  void jederDemoFallStehtWoDieGeschichteIhnHinfuehrt() {
    assertThat(offen("AQB-2025-06414", "Task_ErstelleVerwendungsnachweis")).as("Wiesbaden 2025 im Verwendungsnachweis").isEqualTo(1);
    assertThat(offen("AQB-2025-06437", "Task_UnterzeichneGebietskoerperschaft")).as("Odenwaldkreis 2025 in Unterzeichnung").isEqualTo(1);
    assertThat(offen("AQB-2025-06411", "Task_PruefeMittelabruf")).as("Darmstadt 2025: Mittelabruf in Prüfung").isEqualTo(1);
    assertThat(offen("AQB-2026-06611", "Task_EntwerfeAenderungsbescheid")).as("Kassel 2026: Änderungsantrag beim RP")
        .isEqualTo(1);
    assertThat(offen("AQB-2025-06411", "Task_WaehleAnliegen")).as("Darmstadt 2025: weitere Mittelabrufe möglich").isEqualTo(1);
    assertThat(offen("AQB-2025-06411", "Task_TerminiereUmsetzungsbesprechung")).as("Darmstadt 2025: Umsetzungsbesprechung fällig")
        .isEqualTo(1);
    assertThat(offen("AQB-2025-06412", "Task_GibBescheidFrei")).as("Frankfurt 2025 zur Freigabe").isEqualTo(1);
    assertThat(offen("AQB-2025-06531", "Task_ErstelleZwischennachweis")).as("Gießen 2025: Zwischennachweis 2025").isEqualTo(1);
    assertThat(offen("AQB-2025-06534", "Task_PruefeSachlich")).as("Marburg-Biedenkopf 2025: Verwendungsnachweis beim RP")
        .isEqualTo(1);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey("AQB-2025-06435")
        .processDefinitionKey("foerderfall").completed().count()).as("Main-Kinzig-Kreis 2025 abgeschlossen").isEqualTo(1);
    // Wiesbaden 2026: asked for documents two weeks ago, the deadline is today: the RP's Wiedervorlage shows it
    var nachforderung = engine.getTaskService().createTaskQuery().processInstanceBusinessKey("AQB-2026-06414")
        .taskDefinitionKey("Task_BeantworteNachforderung").singleResult();
    assertThat(nachforderung.getFollowUpDate()).as("Wiesbaden 2026: Wiedervorlage der Nachforderung")
        .isEqualTo(java.util.Date.from(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin"))
            .atStartOfDay(java.time.ZoneId.of("Europe/Berlin")).toInstant()));

    // the programme year 2025: all 26 bodies allocated and released; the cases told above are linked, the others' drafts are due
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("programmjahr")
        .processInstanceBusinessKey("Programmjahr-2025").count()).as("Programmjahr 2025 läuft").isEqualTo(1);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("foerderfall")
        .processInstanceBusinessKeyLike("AQB-2025-%").count()).as("je Gebietskörperschaft ein Förderfall 2025").isEqualTo(26);
    assertThat(offen("AQB-2025-06632", "Task_ErstelleEntwurf")).as("Hersfeld-Rotenburg 2025 im Entwurf").isEqualTo(1);
    var entwurf = engine.getTaskService().createTaskQuery().processInstanceBusinessKey("AQB-2025-06632")
        .taskDefinitionKey("Task_ErstelleEntwurf").singleResult();
    assertThat(engine.getTaskService().getVariable(entwurf.getId(), "budget")).as("Budget aus der Zuteilung").isEqualTo("1.000.000,00");
  }

  @Test
  void dasProgrammjahrVerteiltWeitereFaelleAufDieFruehenStufenZurueckdatiert() {
    assertThat(offen("AQB-2025-06431", "Task_PruefeEntwurf")).as("Bergstraße 2025: Entwurf bei der Gebietskörperschaft").isEqualTo(1);
    assertThat(offen("AQB-2025-06432", "Task_UnterzeichneMinisterium")).as("Darmstadt-Dieburg 2025: Unterschrift des Ministeriums")
        .isEqualTo(1);
    assertThat(offen("AQB-2025-06433", "Task_ErfasseAntrag")).as("Groß-Gerau 2025: Antrag in Erfassung").isEqualTo(1);
    assertThat(offen("AQB-2025-06440", "Task_PruefeAntrag")).as("Wetteraukreis 2025: Antrag in der Prüfung des RP").isEqualTo(1);
    // the cases are the ones the Programmjahr process started (no second case of the year), with the allocation's budget
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("foerderfall")
        .processInstanceBusinessKey("AQB-2025-06433").count()).as("ein Förderfall Groß-Gerau 2025").isEqualTo(1);
    assertThat(variable("AQB-2025-06433", "budgetAnzeige")).as("Budget Groß-Gerau aus der Zuteilung").isEqualTo("1.000.000,00 €");
    // back-dated: Groß-Gerau's agreement was signed and received three weeks ago, Darmstadt-Dieburg's draft made ten days ago
    String vorDreiWochen = LocalDate.now(HESSEN).minusDays(21).toString();
    assertThat(variable("AQB-2025-06433", "unterzeichnungMinisteriumDatum")).as("Unterschrift Groß-Gerau").isEqualTo(vorDreiWochen);
    assertThat(variable("AQB-2025-06433", "eingangsdatum")).as("Eingang Groß-Gerau").isEqualTo(vorDreiWochen);
    assertThat(variable("AQB-2025-06432", "entwurfDatum")).as("Entwurf Darmstadt-Dieburg")
        .isEqualTo(LocalDate.now(HESSEN).minusDays(10).toString());
    // the other bodies' cases stay in drafting
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKeyLike("AQB-2025-%")
        .taskDefinitionKey("Task_ErstelleEntwurf").count()).as("14 Entwürfe fällig").isEqualTo(14);
  }

  @Test
  void einZweiterStartSpieltNichtsNochEinmal() {
    long instanzen = engine.getHistoryService().createHistoricProcessInstanceQuery().count();
    long aufgaben = engine.getHistoryService().createHistoricTaskInstanceQuery().count();
    long benutzerAnzahl = engine.getIdentityService().createUserQuery().count();

    // what a second start on the same database runs: every demo step's start-up listener, in their order
    benutzer.legeAn();
    faelle.spieleDemoGeschichte();
    programmjahr.spieleProgrammjahr();
    umsetzungsbesprechung.setzeAn();

    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).as("keine neuen Prozessinstanzen")
        .isEqualTo(instanzen);
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().count()).as("keine neuen Aufgaben").isEqualTo(aufgaben);
    assertThat(engine.getIdentityService().createUserQuery().count()).as("keine neuen Benutzer").isEqualTo(benutzerAnzahl);
  }

  /** The newest value of a variable in any process instance of the case, as text. */
  private String variable(String fall, String name) {
    var instanzen = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(fall).list().stream()
        .map(i -> i.getId()).toArray(String[]::new);
    return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceIdIn(instanzen).variableName(name).list()
        .stream().map(v -> v.getValue() instanceof java.util.Date d ? d.toInstant().atZone(HESSEN).toLocalDate().toString()
            : String.valueOf(v.getValue())).reduce((a, b) -> b).orElse(null);
  }
}

package de.hessen.aqb.demo;

import static org.assertj.core.api.Assertions.assertThat;

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

  @Autowired ProcessEngine engine;

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
}

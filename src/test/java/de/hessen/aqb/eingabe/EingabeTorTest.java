package de.hessen.aqb.eingabe;

import static org.assertj.core.api.Assertions.assertThat;

import de.hessen.aqb.identity.Gruppen;
import de.hessen.aqb.testsupport.Anmeldung;
import de.hessen.aqb.testsupport.AqbSpringBootTest;
import de.hessen.aqb.testsupport.Rest;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The gate in front of the engine API, on a process of its own: a completion is checked against the task's input
 * contract (unknown names, read-only fields, kinds and limits), direct variable writes and instance steering are
 * closed to everyone but operators — through /engine-rest and through Tasklist's API — and nothing changes on a refusal.
 */
@AqbSpringBootTest
class EingabeTorTest {

  static final String PROZESS = "Test_Eingabetor";

  @Autowired IdentityService identityService;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired TestRestTemplate rest;

  ProcessInstance wiesbaden;
  Task aufgabe;
  Task odenwaldAufgabe;

  @BeforeEach
  void fall() {
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROZESS).count() == 0) {
      repositoryService.createDeployment().name("test-eingabetor")
          .addModelInstance(PROZESS + ".bpmn", Bpmn.createExecutableProcess(PROZESS).camundaHistoryTimeToLive(1)
              .startEvent().userTask("Task_Bearbeite").camundaCandidateGroups("kommune-${gebietskoerperschaft}")
              .userTask("Task_Weiter").camundaCandidateGroups("kommune-${gebietskoerperschaft}").endEvent().done())
          .deploy();
    }
    Anmeldung.benutzer(identityService, "tor.wiesbaden", "kommune-06414");
    Anmeldung.benutzer(identityService, "tor.odenwald", "kommune-06437");
    Anmeldung.benutzer(identityService, "tor.betrieb", Gruppen.ADMIN);
    wiesbaden = runtimeService.startProcessInstanceByKey(PROZESS,
        Map.of("gebietskoerperschaft", "06414", "budgetAnzeige", "1.000,00 €", "budgetCent", 100_000L));
    aufgabe = taskService.createTaskQuery().processInstanceId(wiesbaden.getId()).singleResult();
    ProcessInstance odenwald = runtimeService.startProcessInstanceByKey(PROZESS, Map.of("gebietskoerperschaft", "06437"));
    odenwaldAufgabe = taskService.createTaskQuery().processInstanceId(odenwald.getId()).singleResult();
  }

  @Test
  void vertragsgemaesseEingabeWirdAngenommen() {
    var antwort = Rest.basic(rest, "tor.wiesbaden").schliesseAb(aufgabe.getId(), Map.of("notiz", "passt", "betrag", "1.234,50",
        "aktion", "ja", "budgetAnzeige", "1.000,00 €", "positionen", "[{\"id\":\"M1\",\"ist\":\"5\"}]"));
    assertThat(antwort.status()).as(antwort.text()).isEqualTo(204);
    assertThat(runtimeService.getVariable(wiesbaden.getId(), "notiz")).isEqualTo("passt");
  }

  @Test
  void fremdeUndGeschuetzteFelderWerdenAbgewiesenUndNichtsAendertSich() {
    Rest wiesbadenRest = Rest.basic(rest, "tor.wiesbaden");
    Map<String, Map<String, ?>> versuche = Map.of(
        "Das Feld „budgetCent“ gehört nicht zu dieser Aufgabe", Map.of("notiz", "x", "budgetCent", 999_999_00L),
        "wird nur angezeigt", Map.of("budgetAnzeige", "9.999.999,00 €"),
        "ist zu lang: höchstens 20 Zeichen", Map.of("notiz", "x".repeat(21)),
        "ist zu groß", Map.of("betrag", "100000000000000000000"),
        "keine der angebotenen Möglichkeiten", Map.of("aktion", "vielleicht"),
        "enthält das Feld „bewilligt“", Map.of("positionen", "[{\"id\":\"M1\",\"bewilligt\":\"9\"}]"),
        "höchstens 3 sind möglich", Map.of("positionen", "[{},{},{},{}]"));
    versuche.forEach((meldung, variablen) -> {
      var antwort = wiesbadenRest.schliesseAb(aufgabe.getId(), variablen);
      assertThat(antwort.status()).as(antwort.text()).isEqualTo(400);
      assertThat(antwort.meldung()).contains(meldung).endsWith("Es wurde nichts geändert.");
    });
    assertThat(taskService.createTaskQuery().taskId(aufgabe.getId()).count()).isEqualTo(1);
    assertThat(runtimeService.getVariables(wiesbaden.getId())).containsOnlyKeys("gebietskoerperschaft", "budgetAnzeige", "budgetCent")
        .containsEntry("budgetCent", 100_000L);
  }

  @Test
  void durchTasklistGiltDasselbe() {
    Rest tasklist = Rest.tasklist(rest, "tor.wiesbaden");
    var antwort = tasklist.schliesseAb(aufgabe.getId(), Map.of("budgetCent", 1L));
    assertThat(antwort.status()).as(antwort.text()).isEqualTo(400);
    assertThat(antwort.meldung()).contains("„budgetCent“ gehört nicht zu dieser Aufgabe");
    var direkt = tasklist.put("/task/" + aufgabe.getId() + "/variables/budgetCent", Map.of("value", 1));
    assertThat(direkt.status()).isEqualTo(403);
    assertThat(direkt.meldung()).startsWith("Diese Änderung");
    var gut = tasklist.schliesseAb(aufgabe.getId(), Map.of("notiz", "gut"));
    assertThat(gut.status()).as(gut.text()).isEqualTo(204);
  }

  @Test
  void direkteSchreibzugriffeSindNurDemBetriebErlaubt() {
    Rest wiesbadenRest = Rest.basic(rest, "tor.wiesbaden");
    String task = "/task/" + aufgabe.getId();
    String instanz = "/process-instance/" + wiesbaden.getId();
    Map<String, Object> wert = Map.of("value", 999_999_00L, "type", "Long");
    Map<String, Rest.Antwort> antworten = Map.of(
        "PUT task variable", wiesbadenRest.put(task + "/variables/budgetCent", wert),
        "POST task variables", wiesbadenRest.post(task + "/variables", Map.of("modifications", Map.of("budgetCent", wert))),
        "PUT task local variable", wiesbadenRest.put(task + "/localVariables/budgetCent", wert),
        "POST instance variables", wiesbadenRest.post(instanz + "/variables", Map.of("modifications", Map.of("budgetCent", wert))),
        "PUT execution local variable", wiesbadenRest.put("/execution/" + wiesbaden.getId() + "/localVariables/budgetCent", wert),
        "message", wiesbadenRest.post("/message", Map.of("messageName", "x", "processVariables", Map.of("budgetCent", wert))),
        "signal", wiesbadenRest.post("/signal", Map.of("name", "x", "variables", Map.of("budgetCent", wert))),
        "modification", wiesbadenRest.post(instanz + "/modification", Map.of("instructions",
            java.util.List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_Weiter",
                "variables", Map.of("budgetCent", wert))))),
        "delete instance", wiesbadenRest.delete(instanz));
    antworten.forEach((was, antwort) -> {
      assertThat(antwort.status()).as(was + ": " + antwort.text()).isEqualTo(403);
      assertThat(antwort.meldung()).as(was).startsWith("Diese Änderung ist über die Programmierschnittstelle nur dem Betrieb erlaubt.");
    });
    assertThat(runtimeService.getVariable(wiesbaden.getId(), "budgetCent")).isEqualTo(100_000L);
    assertThat(taskService.createTaskQuery().processInstanceId(wiesbaden.getId()).singleResult().getTaskDefinitionKey())
        .isEqualTo("Task_Bearbeite");

    var betrieb = Rest.basic(rest, "tor.betrieb").put(task + "/variables/notiz", Map.of("value", "Korrektur des Betriebs"));
    assertThat(betrieb.status()).as(betrieb.text()).isEqualTo(204);
  }

  @Test
  void eineFremdeAufgabeVerraetDasTorNicht() {
    var antwort = Rest.basic(rest, "tor.wiesbaden").schliesseAb(odenwaldAufgabe.getId(), Map.of("budgetCent", 1L));
    var unbekannt = Rest.basic(rest, "tor.wiesbaden").schliesseAb("gibt-es-nicht", Map.of("budgetCent", 1L));
    assertThat(antwort.status()).isEqualTo(unbekannt.status()).isNotEqualTo(400);
    assertThat(taskService.createTaskQuery().taskId(odenwaldAufgabe.getId()).count()).isEqualTo(1);
  }
}

package de.hessen.aqb.identity;

import de.hessen.aqb.testsupport.AqbSpringBootTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.hessen.aqb.testsupport.Anmeldung;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineException;
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
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A clerk of one Gebietskörperschaft never sees another body's tasks, instances, variables or history:
 * neither through the Java API nor through the REST API. The ministry sees both.
 */
@AqbSpringBootTest
class MandantenTrennungTest {

  static final String PROZESS = "Test_Mandantentrennung";
  static final String GEHEIM = "Nur-fuer-den-Odenwaldkreis-4711";

  @Autowired IdentityService identityService;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired TestRestTemplate rest;

  ProcessInstance wiesbaden;
  ProcessInstance odenwald;
  Task odenwaldAufgabe;
  Task wiesbadenAufgabe;

  @BeforeEach
  void zweiFaelle() {
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROZESS).count() == 0) {
      repositoryService.createDeployment().name("test-mandantentrennung")
          .addModelInstance(PROZESS + ".bpmn", Bpmn.createExecutableProcess(PROZESS)
              .camundaHistoryTimeToLive(1)
              .startEvent().userTask("Task_Bearbeite").name("Bearbeiten")
              .camundaCandidateGroups("kommune-${gebietskoerperschaft}")
              .endEvent().done())
          .deploy();
    }
    Anmeldung.benutzer(identityService, "test.wiesbaden", "kommune-06414");
    Anmeldung.benutzer(identityService, "test.odenwald", "kommune-06437");
    Anmeldung.benutzer(identityService, "test.hmsi", Gruppen.HMSI);
    wiesbaden = runtimeService.startProcessInstanceByKey(PROZESS,
        Map.of("gebietskoerperschaft", "06414", "notiz", "Wiesbaden intern"));
    odenwald = runtimeService.startProcessInstanceByKey(PROZESS,
        Map.of("gebietskoerperschaft", "06437", "notiz", GEHEIM));
    wiesbadenAufgabe = taskService.createTaskQuery().processInstanceId(wiesbaden.getId()).singleResult();
    odenwaldAufgabe = taskService.createTaskQuery().processInstanceId(odenwald.getId()).singleResult();
  }

  @Test
  void instanzenTragenDenMandantIhrerGebietskoerperschaft() {
    assertThat(wiesbaden.getTenantId()).isEqualTo("kommune-06414");
    assertThat(odenwald.getTenantId()).isEqualTo("kommune-06437");
  }

  @Test
  void wiesbadenSiehtUeberDieJavaApiNichtsVomOdenwaldkreis() {
    new Sitzung(identityService).als("test.wiesbaden", this::alsWiesbaden);
  }

  private void alsWiesbaden() {

    assertThat(taskService.createTaskQuery().processDefinitionKey(PROZESS).list())
        .extracting(Task::getId).contains(wiesbadenAufgabe.getId()).doesNotContain(odenwaldAufgabe.getId());
    assertThat(taskService.createTaskQuery().taskId(odenwaldAufgabe.getId()).count()).isZero();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(odenwald.getId()).count()).isZero();
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(odenwald.getId()).count()).isZero();
    assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(odenwald.getId()).count()).isZero();
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(odenwald.getId()).count()).isZero();
    assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(odenwald.getId()).count()).isZero();
    // the tenant check refuses every command on the other body's instance and task (ENGINE-13034), the case stays as it was
    assertThatThrownBy(() -> runtimeService.getVariable(odenwald.getId(), "notiz"))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("ENGINE-13034").hasMessageContaining(odenwald.getId());
    assertThatThrownBy(() -> taskService.getVariables(odenwaldAufgabe.getId()))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("ENGINE-13034").hasMessageContaining(odenwaldAufgabe.getId());
    assertThatThrownBy(() -> taskService.claim(odenwaldAufgabe.getId(), "test.wiesbaden"))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("ENGINE-13034").hasMessageContaining(odenwaldAufgabe.getId());
    assertThatThrownBy(() -> taskService.complete(odenwaldAufgabe.getId()))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("ENGINE-13034").hasMessageContaining(odenwaldAufgabe.getId());

    // and the own case is fully visible
    assertThat(taskService.getVariable(wiesbadenAufgabe.getId(), "notiz")).isEqualTo("Wiesbaden intern");
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(wiesbaden.getId()).count()).isOne();
  }

  @Test
  void dasMinisteriumSiehtBeideFaelle() {
    new Sitzung(identityService).als("test.hmsi", () -> {
      assertThat(taskService.createTaskQuery().processInstanceIdIn(wiesbaden.getId(), odenwald.getId()).count()).isEqualTo(2);
      assertThat(runtimeService.getVariable(odenwald.getId(), "notiz")).isEqualTo(GEHEIM);
    });
  }

  @Test
  void derBetriebDarfAllesBearbeiten() {
    new Sitzung(identityService).als("admin", () -> {
      assertThat(identityService.getCurrentAuthentication().getGroupIds()).contains(Gruppen.ADMIN);
      taskService.claim(odenwaldAufgabe.getId(), "admin");
    });
    assertThat(taskService.createTaskQuery().taskId(odenwaldAufgabe.getId()).singleResult().getAssignee()).isEqualTo("admin");
  }

  @Test
  void wiesbadenSiehtUeberRestNichtsVomOdenwaldkreis() {
    TestRestTemplate wi = rest.withBasicAuth("test.wiesbaden", Anmeldung.PASSWORT);

    ResponseEntity<String> aufgaben = wi.getForEntity("/engine-rest/task?processDefinitionKey=" + PROZESS, String.class);
    assertThat(aufgaben.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(aufgaben.getBody()).contains(wiesbadenAufgabe.getId()).doesNotContain(odenwaldAufgabe.getId());

    assertThat(wi.getForEntity("/engine-rest/process-instance?processDefinitionKey=" + PROZESS, String.class).getBody())
        .contains(wiesbaden.getId()).doesNotContain(odenwald.getId());
    assertThat(wi.getForEntity("/engine-rest/history/process-instance?processDefinitionKey=" + PROZESS, String.class).getBody())
        .contains(wiesbaden.getId()).doesNotContain(odenwald.getId());
    assertThat(wi.getForEntity("/engine-rest/history/variable-instance?processInstanceId=" + odenwald.getId(), String.class).getBody())
        .isEqualTo("[]");

    ResponseEntity<String> fremdeAufgabe = wi.getForEntity("/engine-rest/task/" + odenwaldAufgabe.getId(), String.class);
    assertThat(fremdeAufgabe.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    // another body's instance or task answers exactly as one that does not exist: 404, one German sentence (no oracle)
    for (String pfad : new String[] {"/process-instance/%s/variables", "/task/%s/variables", "/task/%s/form-variables", "/task/%s"}) {
      String id = pfad.startsWith("/task") ? odenwaldAufgabe.getId() : odenwald.getId();
      ResponseEntity<String> fremd = wi.getForEntity("/engine-rest" + pfad.formatted(id), String.class);
      ResponseEntity<String> unbekannt = wi.getForEntity("/engine-rest" + pfad.formatted("gibt-es-nicht"), String.class);
      assertThat(fremd.getStatusCode()).as(pfad).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(unbekannt.getStatusCode()).as(pfad).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(fremd.getBody()).as(pfad).contains("Diesen Eintrag gibt es nicht, oder er ist für Sie nicht freigegeben.")
          .doesNotContain(GEHEIM).doesNotContain("ENGINE-").doesNotContain(id);
      assertThat(unbekannt.getBody()).as(pfad).isEqualTo(fremd.getBody());
    }

    ResponseEntity<String> eigeneVariablen = wi.getForEntity(
        "/engine-rest/task/" + wiesbadenAufgabe.getId() + "/variables", String.class);
    assertThat(eigeneVariablen.getBody()).contains("Wiesbaden intern");
  }
}

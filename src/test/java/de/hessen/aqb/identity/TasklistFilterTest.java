package de.hessen.aqb.identity;

import static org.assertj.core.api.Assertions.assertThat;

import de.hessen.aqb.testsupport.AqbSpringBootTest;
import de.hessen.aqb.testsupport.Anmeldung;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The Tasklist filters (ADR 19) do what their descriptions say, and behind each of them the engine's authorizations
 * hold: a body's clerk sees in no filter a task of another body, through the Java API and through REST.
 */
@AqbSpringBootTest
class TasklistFilterTest {

  static final String PROZESS = "Test_TasklistFilter";
  static final long TAG = 24L * 3600 * 1000;

  @Autowired FilterService filterService;
  @Autowired IdentityService identityService;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired TestRestTemplate rest;

  Task wiesbadenFaellig;
  Task wiesbadenUebernommen;
  Task odenwaldFaellig;
  Task odenwaldUeberfaellig;

  @BeforeEach
  void faelle() {
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROZESS).count() == 0) {
      repositoryService.createDeployment().name("test-tasklistfilter")
          .addModelInstance(PROZESS + ".bpmn", Bpmn.createExecutableProcess(PROZESS)
              .camundaHistoryTimeToLive(1)
              .startEvent().userTask("Task_Bearbeite").name("Bearbeiten")
              .camundaCandidateGroups("kommune-${gebietskoerperschaft}")
              .camundaDueDate("${faellig}").camundaFollowUpDate("${wiedervorlage}")
              .endEvent().done())
          .deploy();
    }
    Anmeldung.benutzer(identityService, "test.wiesbaden", "kommune-06414");
    Anmeldung.benutzer(identityService, "test.wiesbaden2", "kommune-06414");
    Anmeldung.benutzer(identityService, "test.odenwald", "kommune-06437");
    Date jetzt = new Date();
    wiesbadenFaellig = starte("06414", new Date(jetzt.getTime() + 3 * TAG), new Date(jetzt.getTime() - TAG));
    wiesbadenUebernommen = starte("06414", new Date(jetzt.getTime() + 2 * TAG), new Date(jetzt.getTime() + 5 * TAG));
    taskService.claim(wiesbadenUebernommen.getId(), "test.wiesbaden2");
    odenwaldFaellig = starte("06437", new Date(jetzt.getTime() + 3 * TAG), new Date(jetzt.getTime() - TAG));
    odenwaldUeberfaellig = starte("06437", new Date(jetzt.getTime() - 2 * TAG), new Date(jetzt.getTime() - TAG));
  }

  @AfterEach
  void aufraeumen() {
    runtimeService.createProcessInstanceQuery().processDefinitionKey(PROZESS).list()
        .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "Testende"));
  }

  private Task starte(String gk, Date faellig, Date wiedervorlage) {
    String id = runtimeService.startProcessInstanceByKey(PROZESS,
        Map.of("gebietskoerperschaft", gk, "faellig", faellig, "wiedervorlage", wiedervorlage)).getId();
    return taskService.createTaskQuery().processInstanceId(id).singleResult();
  }

  @Test
  void dieGruppenaufgabenOeffnenZuerstUndZeigenNurNichtUebernommene() {
    List<Filter> filter = new Sitzung(identityService).als("test.wiesbaden",
        () -> filterService.createFilterQuery().list());
    Filter erster = filter.stream()
        .min((a, b) -> Integer.compare(prioritaet(a), prioritaet(b))).orElseThrow();
    assertThat(erster.getName()).isEqualTo(TasklistFilterEinrichtung.GRUPPENAUFGABEN);
    assertThat(ids(TasklistFilterEinrichtung.GRUPPENAUFGABEN, "test.wiesbaden"))
        .contains(wiesbadenFaellig.getId()).doesNotContain(wiesbadenUebernommen.getId());
    assertThat(ids(TasklistFilterEinrichtung.MEINE_AUFGABEN, "test.wiesbaden2")).containsExactly(wiesbadenUebernommen.getId());
  }

  @Test
  void faelligUeberfaelligUndWiedervorlageTunWasSieSagen() {
    assertThat(ids(TasklistFilterEinrichtung.FAELLIG_7_TAGE, "test.wiesbaden"))
        .contains(wiesbadenFaellig.getId(), wiesbadenUebernommen.getId());
    assertThat(ids(TasklistFilterEinrichtung.UEBERFAELLIG, "test.odenwald"))
        .contains(odenwaldUeberfaellig.getId()).doesNotContain(odenwaldFaellig.getId());
    assertThat(ids(TasklistFilterEinrichtung.FAELLIG_7_TAGE, "test.odenwald"))
        .contains(odenwaldFaellig.getId()).doesNotContain(odenwaldUeberfaellig.getId());
    assertThat(ids(TasklistFilterEinrichtung.WIEDERVORLAGE, "test.wiesbaden"))
        .contains(wiesbadenFaellig.getId()).doesNotContain(wiesbadenUebernommen.getId());
  }

  @Test
  void keinFilterZeigtEinerGebietskoerperschaftDieAufgabenEinerAnderen() {
    List<Filter> sichtbar = new Sitzung(identityService).als("test.wiesbaden",
        () -> filterService.createFilterQuery().list());
    assertThat(sichtbar).extracting(Filter::getName)
        .contains(TasklistFilterEinrichtung.GRUPPENAUFGABEN, TasklistFilterEinrichtung.WIEDERVORLAGE)
        .doesNotContain(TasklistFilterEinrichtung.VIER_AUGEN, TasklistFilterEinrichtung.ALLE_FAELLE);
    for (Filter filter : sichtbar) {
      assertThat(ids(filter.getName(), "test.wiesbaden")).as(filter.getName())
          .doesNotContain(odenwaldFaellig.getId(), odenwaldUeberfaellig.getId());
      ResponseEntity<String> liste = rest.withBasicAuth("test.wiesbaden", Anmeldung.PASSWORT)
          .postForEntity("/engine-rest/filter/" + filter.getId() + "/list", Map.of(), String.class);
      assertThat(liste.getStatusCode()).as(filter.getName()).isEqualTo(HttpStatus.OK);
      assertThat(liste.getBody()).as(filter.getName())
          .doesNotContain(odenwaldFaellig.getId()).doesNotContain(odenwaldUeberfaellig.getId());
    }
    String vierAugen = filterService.createFilterQuery().filterName(TasklistFilterEinrichtung.VIER_AUGEN).singleResult().getId();
    // another group's filter answers like an unknown one (ADR 22: no existence oracle)
    var fremderFilter = rest.withBasicAuth("test.wiesbaden", Anmeldung.PASSWORT)
        .postForEntity("/engine-rest/filter/" + vierAugen + "/list", Map.of(), String.class);
    assertThat(fremderFilter.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(fremderFilter.getBody()).contains("Diesen Eintrag gibt es nicht, oder er ist für Sie nicht freigegeben.");
  }

  @Test
  void dasMinisteriumSiehtAlleOffenenFaelleDasRpSeineFreigaben() {
    Anmeldung.benutzer(identityService, "test.hmsi", Gruppen.HMSI);
    Anmeldung.benutzer(identityService, "test.rp", Gruppen.RP_KASSEL);
    assertThat(ids(TasklistFilterEinrichtung.ALLE_FAELLE, "test.hmsi"))
        .contains(wiesbadenFaellig.getId(), odenwaldFaellig.getId(), wiesbadenUebernommen.getId());
    assertThat(new Sitzung(identityService).als("test.rp", () -> filterService.createFilterQuery().list()))
        .extracting(Filter::getName).contains(TasklistFilterEinrichtung.VIER_AUGEN)
        .doesNotContain(TasklistFilterEinrichtung.ALLE_FAELLE);
    assertThat(ids(TasklistFilterEinrichtung.VIER_AUGEN, "test.rp")).doesNotContain(wiesbadenFaellig.getId());
  }

  private List<String> ids(String filterName, String benutzer) {
    return new Sitzung(identityService).als(benutzer, () -> {
      Filter filter = filterService.createFilterQuery().filterName(filterName).singleResult();
      List<Task> aufgaben = filterService.list(filter.getId());
      return aufgaben.stream().map(Task::getId).toList();
    });
  }

  private static int prioritaet(Filter filter) {
    return ((Number) filter.getProperties().get("priority")).intValue();
  }
}

package de.hessen.aqb.nachweis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.hessen.aqb.foerderbudget.Foerderbudget;
import de.hessen.aqb.foerderbudget.Mittelabrufe;
import de.hessen.aqb.fall.Fallregister;
import de.hessen.aqb.identity.Sitzung;
import de.hessen.aqb.testsupport.Anmeldung;
import de.hessen.aqb.testsupport.AqbSpringBootTest;
import de.hessen.aqb.testsupport.Rest;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * A clerk of another Gebietskörperschaft sees neither the Verwendungsnachweis task nor its variables nor the uploaded
 * Belegliste (Java API and REST); the body's own clerk does (so the checks can fail).
 */
@AqbSpringBootTest
class NachweisMandantenTrennungTest {

  static final String FREMD = "nw.06437.fremd";
  static final String GEHEIM = "Geheimer Empfaenger Wiesbaden 4711";

  @Autowired ProcessEngine engine;
  @Autowired Fallregister register;
  @Autowired Foerderbudget budget;
  @Autowired Mittelabrufe mittelabrufe;
  @Autowired TestRestTemplate rest;

  @Test
  void eineAndereGebietskoerperschaftSiehtWederAufgabeNochVariablenNochBelegliste() {
    var fall = new NachweisTreiber(engine, "06414").mitBescheidUndAuszahlung(register, budget, mittelabrufe, 50_000_00L);
    fall.starte();
    Anmeldung.benutzer(engine.getIdentityService(), FREMD, "kommune-06437");
    var sitzung = new Sitzung(engine.getIdentityService());
    Task aufgabe = fall.aufgabe("Task_ErstelleVerwendungsnachweis");
    assertThat(fall.nachweis.getTenantId()).isEqualTo("kommune-06414");

    // while the Verwendungsnachweis is being written
    sitzung.als(FREMD, () -> {
      assertThat(engine.getTaskService().createTaskQuery().processDefinitionKey("nachweis").list()).extracting(Task::getId)
          .doesNotContain(aufgabe.getId());
      assertThat(engine.getTaskService().createTaskQuery().taskId(aufgabe.getId()).count()).isZero();
      assertThatThrownBy(() -> engine.getTaskService().getVariables(aufgabe.getId()))
          .isExactlyInstanceOf(ProcessEngineException.class)
          .hasMessage("ENGINE-13034 Cannot read the task '" + aufgabe.getId() + "' because it belongs to no authenticated tenant.");
      assertThatThrownBy(() -> engine.getTaskService().claim(aufgabe.getId(), FREMD))
          .isExactlyInstanceOf(ProcessEngineException.class).hasMessageContaining("because it belongs to no authenticated tenant.");
    });
    sitzung.als(fall.gkSachbearbeitung, () ->
        assertThat(engine.getTaskService().createTaskQuery().taskId(aufgabe.getId()).count()).isOne());
    var fremdeAufgabe = Rest.basic(rest, FREMD).get("/task/" + aufgabe.getId());
    assertThat(fremdeAufgabe.status()).as(fremdeAufgabe.text()).isEqualTo(404);

    // after the submission: the uploaded Belegliste
    byte[] csv = NachweisTreiber.csv("15.03.2025;" + GEHEIM + ";Honorare;30.000,00;M1\n30.06.2025;Träger 2;Lehrgang;20.000,00;M2\n");
    fall.reicheEin(fall.einreichung("30.000,00", "20.000,00", csv));
    String pi = fall.nachweis.getId();
    sitzung.als(FREMD, () -> {
      assertThatThrownBy(() -> engine.getRuntimeService().getVariableTyped(pi, "belegliste"))
          .isExactlyInstanceOf(ProcessEngineException.class)
          .hasMessage("ENGINE-13034 Cannot read the process instance '" + pi + "' because it belongs to no authenticated tenant.");
      assertThat(engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(pi).count()).isZero();
      assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi).count()).isZero();
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi).count()).isZero();
    });
    String datei = "/engine-rest/process-instance/" + pi + "/variables/beleglisteEingereicht/data";
    var fremd = rest.withBasicAuth(FREMD, Anmeldung.PASSWORT).getForEntity(datei, byte[].class);
    // a read across tenants answers like an unknown id (ADR 22): 404, German, no engine text
    assertThat(fremd.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(new String(fremd.getBody(), StandardCharsets.UTF_8))
        .contains("Diesen Eintrag gibt es nicht, oder er ist für Sie nicht freigegeben.").doesNotContain(GEHEIM).doesNotContain("ENGINE-");
    var belegeFremd = rest.withBasicAuth(FREMD, Anmeldung.PASSWORT)
        .getForEntity("/engine-rest/history/variable-instance?processInstanceId=" + pi, String.class);
    assertThat(belegeFremd.getBody()).isEqualTo("[]");

    var eigen = rest.withBasicAuth(fall.gkSachbearbeitung, Anmeldung.PASSWORT).getForEntity(datei, byte[].class);
    assertThat(eigen.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(new String(eigen.getBody(), StandardCharsets.UTF_8)).contains(GEHEIM);
  }

  @Test
  void formularUndBeleglistenVorlageWerdenAusgeliefert() {
    var formular = rest.getForEntity("/formulare/verwendungsnachweis.html", String.class);
    assertThat(formular.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(formular.getBody()).contains("cam-variable-name=\"belegliste\"").contains("/formulare/belegliste-vorlage.csv");
    assertThat(rest.getForEntity("/formulare/nachweis-rechnerisch.html", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    var vorlage = rest.getForEntity("/formulare/belegliste-vorlage.csv", byte[].class);
    assertThat(vorlage.getStatusCode()).isEqualTo(HttpStatus.OK);
    // the template itself is a valid (empty) Belegliste for the parser
    assertThat(new de.hessen.aqb.nachweis.domain.BeleglisteLeser(java.util.List.of(), NachweisTreiber.VON, NachweisTreiber.BIS)
        .lies(vorlage.getBody()).belege()).isEmpty();
  }
}

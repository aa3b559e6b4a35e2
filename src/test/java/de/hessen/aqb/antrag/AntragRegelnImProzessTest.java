package de.hessen.aqb.antrag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.hessen.aqb.plattform.ProzessVariable;
import de.hessen.aqb.testsupport.Anmeldung;
import de.hessen.aqb.testsupport.AqbSpringBootTest;
import de.hessen.aqb.zielvereinbarung.domain.SeedZielvereinbarungen;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * Bad input in the Antrag stage is rejected in German and changes nothing; the Vier-Augen-Prinzip holds through
 * the Java API and REST; a provider sees and edits only its own measures.
 */
@AqbSpringBootTest
class AntragRegelnImProzessTest {

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired ProcessEngine engine;
  @Autowired TestRestTemplate rest;

  @BeforeEach
  void setUp() {
    init(engine);
  }

  AntragTreiber gestartet(String kreisschluessel) {
    var fall = new AntragTreiber(engine, kreisschluessel);
    fall.starte(SeedZielvereinbarungen.wiesbaden2025(), "AQB-2025-R" + UUID.randomUUID().toString().substring(0, 8));
    return fall;
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "foerderung|-5|darf nicht negativ sein",
      "kosten|zehn Euro|ist kein Betrag",
      "foerderung|100,123|höchstens zwei Nachkommastellen",
      "ende|2024-12-31|Das Ende liegt vor dem Beginn",
      "traeger|gibt-es-nicht|Der Träger „gibt-es-nicht“ ist nicht bekannt",
      "massnahmenart|7|keine der vier Maßnahmenarten"})
  void fehlerhafteMassnahmendetails(String feld, String wert, String meldung) {
    var fall = gestartet("06414");
    ArrayNode massnahmen = fall.vollstaendig(AntragProzessTest.WIESBADEN);
    ((ObjectNode) massnahmen.get(0)).put(feld, wert);
    assertThatThrownBy(() -> fall.erfasse(massnahmen)).hasMessageContaining(meldung);
    assertThat(fall.antrag).isWaitingAt("Task_ErfasseAntrag");
    assertThat(fall.variable("massnahmen").get(0).path("kosten").isMissingNode()).as("nichts gespeichert").isTrue();
  }

  @Test
  void mehrAlsDasBudgetDerZielvereinbarungWirdNichtEingereicht() {
    var fall = gestartet("06414");
    long[] zuViel = AntragProzessTest.WIESBADEN.clone();
    zuViel[8] += 1;
    ArrayNode massnahmen = fall.vollstaendig(zuViel);
    fall.erfasse(massnahmen);
    assertThatThrownBy(() -> fall.reicheEin(massnahmen)).hasMessageContaining("übersteigen das Budget der Zielvereinbarung");
    assertThat(fall.antrag).isWaitingAt("Task_ReicheAntragEin");
  }

  @Test
  void unvollstaendigeUndUnbegruendeteAenderungenWerdenGemeldet() {
    var fall = gestartet("06414");
    ArrayNode massnahmen = fall.vollstaendig(AntragProzessTest.WIESBADEN);
    ((ObjectNode) massnahmen.get(1)).put("entfaellt", true);
    ((ObjectNode) massnahmen.get(2)).remove("plaetze");
    massnahmen.addObject().put("name", "Neues Projekt").put("massnahmenart", "3");
    fall.erfasse(massnahmen);
    assertThatThrownBy(() -> fall.reicheEin(massnahmen))
        .hasMessageContaining("warum die Maßnahme gegenüber der Zielvereinbarung entfällt")
        .hasMessageContaining("warum die Maßnahme gegenüber der Zielvereinbarung hinzukommt")
        .hasMessageContaining("Die Maßnahmendetails sind unvollständig");
  }

  @Test
  void vierAugenPrinzipUeberJavaApiUndRest() {
    var fall = gestartet("06414");
    ArrayNode massnahmen = fall.vollstaendig(AntragProzessTest.WIESBADEN);
    fall.erfasse(massnahmen);
    fall.reicheEin(massnahmen);
    fall.pruefe("entscheiden", null, null);
    fall.entwerfeBescheid(Map.of("entscheidungsart", "voll"));
    var freigabe = fall.aufgabe("Task_GibBescheidFrei");

    // the drafter can neither claim nor complete the release: Java API ...
    assertThatThrownBy(() -> fall.als(AntragTreiber.RP_PRUEFUNG, () -> {
      engine.getTaskService().claim(freigabe.getId(), AntragTreiber.RP_PRUEFUNG);
      return null;
    })).hasMessageContaining("Vier-Augen-Prinzip");
    assertThatThrownBy(() -> fall.als(AntragTreiber.RP_PRUEFUNG, () -> {
      engine.getTaskService().complete(freigabe.getId(), Map.of("freigabeEntscheidung", "freigeben"));
      return null;
    })).hasMessageContaining("Vier-Augen-Prinzip");

    // ... and REST, with the German message only
    HttpHeaders kopf = new HttpHeaders();
    kopf.setContentType(MediaType.APPLICATION_JSON);
    var antwort = rest.withBasicAuth(AntragTreiber.RP_PRUEFUNG, Anmeldung.PASSWORT).postForEntity(
        "/engine-rest/task/" + freigabe.getId() + "/submit-form",
        new HttpEntity<>("{\"variables\":{\"freigabeEntscheidung\":{\"value\":\"freigeben\"}}}", kopf), String.class);
    assertThat(antwort.getStatusCode().value()).isEqualTo(400);
    assertThat(antwort.getBody()).contains("Nach dem Vier-Augen-Prinzip").doesNotContain("ENGINE-");
    var claim = rest.withBasicAuth(AntragTreiber.RP_PRUEFUNG, Anmeldung.PASSWORT).postForEntity(
        "/engine-rest/task/" + freigabe.getId() + "/claim",
        new HttpEntity<>("{\"userId\":\"" + AntragTreiber.RP_PRUEFUNG + "\"}", kopf), String.class);
    assertThat(claim.getStatusCode().value()).isEqualTo(400);
    assertThat(fall.antrag).isWaitingAt("Task_GibBescheidFrei");
    assertThat(engine.getTaskService().createTaskQuery().taskId(freigabe.getId()).singleResult().getAssignee()).isNull();

    // a different clerk releases
    fall.gibFrei(AntragTreiber.RP_FREIGABE, "freigeben", null);
    assertThat(fall.antrag).isEnded();
  }

  @Test
  void nachforderungNachDerEntscheidungWirdDeutschAbgewiesen() {
    var fall = gestartet("06414");
    ArrayNode massnahmen = fall.vollstaendig(AntragProzessTest.WIESBADEN);
    fall.erfasse(massnahmen);
    fall.reicheEin(massnahmen);
    fall.pruefe("nachfordern", "Bitte Kostenplan nachreichen", java.time.LocalDate.now().plusDays(7).toString());
    var nachforderung = fall.aufgabe("Task_BeantworteNachforderung");
    fall.erledige("Task_BeantworteNachforderung", fall.gkSachbearbeitung,
        Map.of("nachforderungAntwort", "Anbei", "massnahmen", ProzessVariable.alsJson(massnahmen)));
    fall.pruefe("entscheiden", null, null);
    HttpHeaders kopf = new HttpHeaders();
    kopf.setContentType(MediaType.APPLICATION_JSON);
    var antwort = rest.withBasicAuth(fall.gkSachbearbeitung, Anmeldung.PASSWORT).postForEntity(
        "/engine-rest/task/" + nachforderung.getId() + "/submit-form",
        new HttpEntity<>("{\"variables\":{\"nachforderungAntwort\":{\"value\":\"Noch etwas\"}}}", kopf), String.class);
    assertThat(antwort.getStatusCode().value()).as("a task no longer open: 404, never 500").isEqualTo(404);
    assertThat(antwort.getBody()).contains("Diese Aufgabe ist nicht mehr offen");
    assertThat(fall.antrag).isWaitingAt("Task_EntwerfeBescheid");
  }

  @Test
  void bescheidUeberBeantragtOderUeberBudgetWirdAbgewiesen() {
    var fall = gestartet("06414");
    ArrayNode massnahmen = fall.vollstaendig(AntragProzessTest.WIESBADEN);
    fall.erfasse(massnahmen);
    fall.reicheEin(massnahmen);
    fall.pruefe("entscheiden", null, null);
    ArrayNode bewilligungen = (ArrayNode) fall.variable("bewilligungen");
    ((ObjectNode) bewilligungen.get(0)).put("bewilligt", "300000,01").put("hj1", "300000,01");
    assertThatThrownBy(() -> fall.entwerfeBescheid(Map.of("entscheidungsart", "teil", "begruendung", "x",
        "bewilligungen", ProzessVariable.alsJson(bewilligungen))))
        .hasMessageContaining("ist mehr als beantragt").hasMessageContaining("übersteigen das Budget");
    ((ObjectNode) bewilligungen.get(0)).put("bewilligt", "-1");
    assertThatThrownBy(() -> fall.entwerfeBescheid(Map.of("entscheidungsart", "teil", "begruendung", "x",
        "bewilligungen", ProzessVariable.alsJson(bewilligungen)))).hasMessageContaining("darf nicht negativ sein");
    assertThatThrownBy(() -> fall.entwerfeBescheid(Map.of("entscheidungsart", "voll", "bewilligungVon", "2025-12-31",
        "bewilligungBis", "2025-01-01"))).hasMessageContaining("endet vor seinem Beginn");
    assertThatThrownBy(() -> fall.entwerfeBescheid(Map.of("entscheidungsart", "voll", "nebenbestimmungen", "",
        "mittelabrufRegel", " "))).hasMessageContaining("Bitte die Nebenbestimmungen angeben")
        .hasMessageContaining("Bitte die Regel für den Mittelabruf angeben");
    assertThat(fall.antrag).isWaitingAt("Task_EntwerfeBescheid");
  }

  @Test
  void traegerErgaenztNurSeineMassnahmenUndDieGebietskoerperschaftBestaetigt() {
    var fall = gestartet("06533");
    ArrayNode massnahmen = fall.vollstaendig(AntragProzessTest.WIESBADEN);
    ObjectNode gab = (ObjectNode) massnahmen.get(0);
    gab.put("traeger", "gab-limburg");
    gab.remove("kosten");
    gab.remove("foerderung");
    fall.erfasse(massnahmen);
    assertThat(fall.antrag).isWaitingAt("CallActivity_Massnahmendetails");

    ProcessInstance traegerFall = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(fall.antrag.getId()).singleResult();
    assertThat(traegerFall.getTenantId()).isEqualTo("kommune-06533");
    var aufgabe = engine.getTaskService().createTaskQuery().processInstanceId(traegerFall.getId()).singleResult();
    Map<String, Object> sichtbar = fall.als(AntragTreiber.GAB, () -> engine.getTaskService().getVariables(aufgabe.getId()));
    assertThat(sichtbar).containsKey("traegerMassnahmen").doesNotContainKeys("massnahmen", "budgetCent");
    assertThat(sichtbar.get("traegerMassnahmen").toString()).contains(gab.path("name").asText())
        .doesNotContain(massnahmen.get(1).path("name").asText());
    assertThat(fall.als(fall.gkSachbearbeitung, () -> engine.getTaskService().createTaskQuery()
        .taskId(aufgabe.getId()).count())).as("die Gebietskörperschaft sieht die Trägeraufgabe nicht").isZero();

    ArrayNode eigene = (ArrayNode) ProzessVariable.json("x").lies(sichtbar.get("traegerMassnahmen").toString());
    ((ObjectNode) eigene.get(0)).put("kosten", "301000").put("foerderung", "300000").put("name", "umbenannt");
    assertThatThrownBy(() -> fall.als(AntragTreiber.GAB, () -> {
      engine.getTaskService().complete(aufgabe.getId(), Map.of("traegerMassnahmen",
          ProzessVariable.alsJson(((ArrayNode) eigene.deepCopy()).removeAll().add(((ObjectNode) eigene.get(0).deepCopy()).put("kosten", "-1")))));
      return null;
    })).hasMessageContaining("darf nicht negativ sein");
    fall.als(AntragTreiber.GAB, () -> {
      engine.getTaskService().complete(aufgabe.getId(), Map.of("traegerMassnahmen", ProzessVariable.alsJson(eigene)));
      return null;
    });
    assertThat(fall.antrag).isWaitingAt("Task_ReicheAntragEin");
    var uebernommen = fall.variable("massnahmen").get(0);
    assertThat(uebernommen.path("foerderung").asText()).isEqualTo("300000");
    assertThat(uebernommen.path("name").asText()).as("der Träger ändert keine Namen").isEqualTo(gab.path("name").asText());
    fall.reicheEin((ArrayNode) fall.variable("massnahmen"));
    assertThat(fall.antrag).isWaitingAt("Task_PruefeAntrag");
  }
}

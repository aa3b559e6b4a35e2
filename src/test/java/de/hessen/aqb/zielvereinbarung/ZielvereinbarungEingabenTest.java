package de.hessen.aqb.zielvereinbarung;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.hessen.aqb.testsupport.AqbSpringBootTest;
import de.hessen.aqb.zielvereinbarung.domain.SeedZielvereinbarungen;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Bad input is rejected with a German message, and nothing changes: the task stays open, no value is stored. */
@AqbSpringBootTest
class ZielvereinbarungEingabenTest {

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired ProcessEngine engine;
  @Autowired JdbcClient jdbc;
  @Autowired org.springframework.boot.test.web.client.TestRestTemplate rest;

  @AfterEach
  void gibJahreFrei() {
    jdbc.sql("update aqb_foerderfall set aktiv_schluessel = null").update();
  }

  ZielvereinbarungTreiber imEntwurf(String kreisschluessel) {
    var fall = new ZielvereinbarungTreiber(engine, kreisschluessel);
    fall.starte(2026);
    return fall;
  }

  void entwurfAbgelehnt(ZielvereinbarungTreiber fall, Consumer<Map<String, Object>> aenderung, String meldung) {
    Map<String, Object> werte = new HashMap<>(ZielvereinbarungTreiber.entwurf(SeedZielvereinbarungen.odenwaldkreis2025()));
    aenderung.accept(werte);
    assertThatThrownBy(() -> fall.erstelleEntwurf(werte)).hasMessageContaining(meldung);
    assertThat(fall.aufgabe("Task_ErstelleEntwurf")).as("Aufgabe bleibt offen").isNotNull();
    assertThat(engine.getRuntimeService().getVariable(fall.zvId(), "budget")).as("nichts gespeichert").isNull();
    assertThat(engine.getRuntimeService().getVariable(fall.zvId(), "budgetCent")).isNull();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "-5|Die Haushaltsmittel müssen größer als 0 Euro sein.",
      "0|Die Haushaltsmittel müssen größer als 0 Euro sein.",
      "100,123|höchstens zwei Nachkommastellen",
      "1.000,005|höchstens zwei Nachkommastellen",
      "viel|ist kein Betrag"})
  void ungueltigesBudget(String budget, String meldung) {
    var fall = imEntwurf("06434");
    entwurfAbgelehnt(fall, w -> w.put("budget", budget), meldung);
  }

  @Test
  void tasklistUndRestZeigenNurDieDeutscheMeldung() {
    var fall = imEntwurf("06437");
    var aufgabe = fall.aufgabe("Task_ErstelleEntwurf");
    var anfrage = new org.springframework.http.HttpEntity<>(
        "{\"variables\":{\"budget\":{\"value\":\"-5\"},\"entwurfAktion\":{\"value\":\"senden\"}}}",
        jsonKopf());
    var antwort = rest.withBasicAuth(ZielvereinbarungTreiber.HMSI_SB, de.hessen.aqb.testsupport.Anmeldung.PASSWORT)
        .postForEntity("/engine-rest/task/" + aufgabe.getId() + "/submit-form", anfrage, String.class);
    assertThat(antwort.getStatusCode().value()).as(antwort.getBody()).isEqualTo(400);
    assertThat(antwort.getBody()).contains("\"message\":\"Die Haushaltsmittel müssen größer als 0 Euro sein.")
        .doesNotContain("ENGINE-").doesNotContain("TaskListener");
    assertThat(fall.aufgabe("Task_ErstelleEntwurf")).isNotNull();
  }

  static org.springframework.http.HttpHeaders jsonKopf() {
    var kopf = new org.springframework.http.HttpHeaders();
    kopf.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
    return kopf;
  }

  @Test
  void projektOhneNamen() {
    var fall = imEntwurf("06435");
    // a client that sends the list itself (REST) rather than the form's text
    entwurfAbgelehnt(fall, w -> {
      w.remove("projekteText2");
      w.put("projekteMassnahmenart2", SpinValues.jsonValue("[{\"name\":\"Gut\"},{\"name\":\"\"}]").create());
    }, "Projekt 2 unter Maßnahmenart 2 hat keinen Namen.");
  }

  @Test
  void mehrAls200Projekte() {
    var fall = imEntwurf("06436");
    String zeilen = IntStream.rangeClosed(1, 201).mapToObj(i -> "Projekt " + i).collect(Collectors.joining("\n"));
    entwurfAbgelehnt(fall, w -> w.put("projekteText1", zeilen), "höchstens 200 Projekte");
  }

  @Test
  void fehlendeUnterzeichnende() {
    var fall = imEntwurf("06438");
    entwurfAbgelehnt(fall, w -> w.put("unterzeichnerPartnerTitel", ""), "Name und Funktion der unterzeichnenden Person der Gebietskörperschaft");
  }

  @Test
  void stornoOhneGrund() {
    var fall = imEntwurf("06439");
    assertThatThrownBy(() -> fall.erstelleEntwurf(Map.of("entwurfAktion", "stornieren")))
        .hasMessageContaining("Bitte den Grund der Stornierung angeben.");
    assertThat(fall.aufgabe("Task_ErstelleEntwurf")).isNotNull();
  }

  @Test
  void unbekannteGebietskoerperschaftJahrOhneVorlageUndDoppelterFall() {
    long vorher = engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("foerderfall").count();
    assertThatThrownBy(() -> new ZielvereinbarungTreiber(engine, "99999").starte(2025))
        .hasMessageContaining("Unbekannte Gebietskörperschaft „99999“");
    assertThatThrownBy(() -> new ZielvereinbarungTreiber(engine, "06440").starte(2019))
        .hasMessageContaining("Für das Jahr 2019 liegt keine Vorlage der Zielvereinbarung vor");
    assertThatThrownBy(() -> new ZielvereinbarungTreiber(engine, "06415").starte(2025))
        .hasMessageContaining("Stadt Hanau kann im Jahr 2025 kein AQB erhalten");
    new ZielvereinbarungTreiber(engine, "06440").starte(2025);
    assertThatThrownBy(() -> new ZielvereinbarungTreiber(engine, "06440").starte(2025))
        .hasMessageContaining("gibt es für 2025 bereits einen Förderfall");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("foerderfall").count())
        .as("nur der eine gültige Fall wurde angelegt").isEqualTo(vorher + 1);
    assertThat(jdbc.sql("select count(*) from aqb_foerderfall where kreisschluessel in ('99999','06415') and jahr = 2025")
        .query(Integer.class).single()).isZero();
  }

  @Test
  void unterzeichnungsdatenWerdenGeprueft() {
    var fall = imEntwurf("06531");
    fall.erstelleEntwurf(ZielvereinbarungTreiber.entwurf(SeedZielvereinbarungen.odenwaldkreis2025()));
    fall.fuehreJobsAus();
    fall.pruefe(true, null);
    fall.fuehreJobsAus();
    LocalDate heute = LocalDate.now();
    assertThatThrownBy(() -> fall.unterzeichne("ministerium", "Wiesbaden", heute.minusDays(1)))
        .hasMessageContaining("liegt vor dem Entwurf");
    assertThatThrownBy(() -> fall.unterzeichne("ministerium", "Wiesbaden", heute.plusDays(1)))
        .hasMessageContaining("liegt in der Zukunft");
    assertThatThrownBy(() -> fall.unterzeichne("ministerium", "", heute)).hasMessageContaining("Bitte den Ort");
    assertThat(engine.getRuntimeService().getVariable(fall.zvId(), "unterzeichnungMinisteriumDatum")).isNull();
    fall.unterzeichne("ministerium", "Wiesbaden", heute);
    fall.fuehreJobsAus();
    assertThatThrownBy(() -> fall.unterzeichne("gebietskoerperschaft", "Gießen", heute.minusDays(1)))
        .hasMessageContaining("liegt vor der Unterzeichnung durch das Ministerium");
    assertThat(fall.aufgabe("Task_UnterzeichneGebietskoerperschaft")).isNotNull();
  }

  @Test
  void fremdeGebietskoerperschaftKannNichtPruefen() {
    var fall = imEntwurf("06532");
    fall.erstelleEntwurf(ZielvereinbarungTreiber.entwurf(SeedZielvereinbarungen.odenwaldkreis2025()));
    fall.fuehreJobsAus();
    var fremd = new ZielvereinbarungTreiber(engine, "06533");
    var aufgabe = fall.aufgabe("Task_PruefeEntwurf");
    assertThatThrownBy(() -> fremd.als(fremd.gkSachbearbeitung, () -> {
      engine.getTaskService().complete(aufgabe.getId(), Map.of("pruefungErgebnis", "zustimmen"));
      return null;
    })).isExactlyInstanceOf(org.camunda.bpm.engine.ProcessEngineException.class)
        .hasMessageContaining("ENGINE-13034").hasMessageContaining("because it belongs to no authenticated tenant");
    assertThat(fall.aufgabe("Task_PruefeEntwurf")).isNotNull();
  }
}

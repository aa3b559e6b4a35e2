package de.hessen.aqb.zuverlaessigkeit;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.hessen.aqb.durchfuehrung.DurchfuehrungTreiber;
import de.hessen.aqb.fall.Fallregister;
import de.hessen.aqb.foerderbudget.Foerderbudget;
import de.hessen.aqb.testsupport.Rest;
import de.hessen.aqb.testsupport.StellbareUhr;
import java.time.LocalDate;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Database outage (PostgreSQL only, {@code -Ppostgres}): the application reaches PostgreSQL through a {@link Weiche}
 * that drops every connection mid-run. While it is down a clerk's decision fails with an error and changes nothing,
 * health reports DOWN; when it is back the application recovers without a restart, the same decision goes through once
 * and the payment is booked once. A context and a JVM of its own (surefire execution {@code datenbank-ausfall}): Camunda's
 * REST API finds its engine in a JVM-wide registry by name, so a second engine would take over the main suite's REST.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(StellbareUhr.Konfiguration.class)
@EnabledIf("aufPostgres")
@org.junit.jupiter.api.Tag("datenbank-ausfall")
class DatenbankAusfallTest {

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  static Weiche weiche;

  static boolean aufPostgres() {
    String url = System.getProperty("spring.datasource.url", "");
    return url.startsWith("jdbc:postgresql://127.0.0.1:5432/");
  }

  @DynamicPropertySource
  static void ueberDieWeiche(DynamicPropertyRegistry r) throws Exception {
    weiche = new Weiche(5432);
    String url = System.getProperty("spring.datasource.url");
    r.add("spring.datasource.url", () -> url.replace(":5432/", ":" + weiche.port() + "/"));
    r.add("spring.datasource.hikari.connection-timeout", () -> "2000");
    r.add("spring.datasource.hikari.validation-timeout", () -> "1000");
  }

  @AfterAll
  static void weicheSchliessen() throws Exception {
    weiche.close();
  }

  @Autowired ProcessEngine engine;
  @Autowired Fallregister register;
  @Autowired Foerderbudget budget;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcClient jdbc;

  @Test
  void ausfallUeberstandenOhneNeustartNichtsVerlorenNichtsDoppelt() throws Exception {
    var fall = DurchfuehrungTreiber.neuerFall(engine, register, "06411");
    fall.starte(budget, LocalDate.now().plusMonths(6), 50_000);
    String abruf = fall.rufeAb("1.000,00", 10, "Honorare");
    String aufgabe = fall.aufgabe(abruf, "Task_PruefeMittelabruf").getId();
    var entscheidung = Rest.variablen(DurchfuehrungTreiber.entscheidung("auszahlen", null, "Fällig"));

    weiche.trenne();
    Rest.Antwort waehrend = Rest.basic(rest, DurchfuehrungTreiber.RP).post("/task/" + aufgabe + "/submit-form",
        java.util.Map.of("variables", entscheidung));
    var gesundheit = rest.getForEntity("/actuator/health", String.class);
    weiche.verbinde();

    System.out.printf("Datenbankausfall: Entscheidung während des Ausfalls %d %s; Gesundheit %d %s%n", waehrend.status(),
        waehrend.text(), gesundheit.getStatusCode().value(), gesundheit.getBody());
    assertThat(waehrend.status()).as(waehrend.text()).isGreaterThanOrEqualTo(400);
    assertThat(String.valueOf(waehrend.text())).doesNotContain("jdbc").doesNotContain("PSQL").doesNotContain("SQL")
        .doesNotContain("Exception").contains("technischen Fehlers").contains("Es wurde nichts geändert.");
    assertThat(gesundheit.getStatusCode().value()).as("Gesundheit zeigt den Ausfall").isEqualTo(503);
    assertThat(gesundheit.getBody()).contains("DOWN");

    // back without a restart: health recovers, the decision is taken once, the payment booked once
    for (int i = 0; i < 30 && rest.getForEntity("/actuator/health", String.class).getStatusCode().value() != 200; i++) {
      Thread.sleep(500);
    }
    assertThat(rest.getForEntity("/actuator/health", String.class).getStatusCode().value()).isEqualTo(200);
    assertThat(jdbc.sql("select status from aqb_mittelabruf where foerderfall_nummer = ?").param(fall.foerderfallNummer)
        .query(String.class).single()).as("der Ausfall hat nichts entschieden").isEqualTo("OFFEN");
    Rest.Antwort danach = Rest.basic(rest, DurchfuehrungTreiber.RP).post("/task/" + aufgabe + "/submit-form",
        java.util.Map.of("variables", entscheidung));
    assertThat(danach.status()).as(danach.text()).isEqualTo(204);
    fall.fuehreJobsAus();
    assertThat(jdbc.sql("select status from aqb_mittelabruf where foerderfall_nummer = ?").param(fall.foerderfallNummer)
        .query(String.class).list()).containsExactly("AUSGEZAHLT");
    assertThat(jdbc.sql("select count(*) from aqb_mail_protokoll where foerderfall_nummer = ?").param(fall.foerderfallNummer)
        .query(Long.class).single()).as("eine Mitteilung").isEqualTo(1L);
  }

  /**
   * The database goes away while jobs are due (the clerk's decision is saved, the payment notice and the steps after it
   * wait as jobs): every job run during the outage fails before it does anything — no mail goes out, nothing is booked
   * — and the job stays; after recovery each job runs once, the notice is mailed once.
   */
  @Test
  void jobsWaehrendDesAusfallsLaufenDanachGenauEinmal() throws Exception {
    var fall = DurchfuehrungTreiber.neuerFall(engine, register, "06412");
    fall.starte(budget, LocalDate.now().plusMonths(6), 50_000);
    String abruf = fall.rufeAb("2.000,00", 10, "Honorare");
    var pruefen = fall.aufgabe(abruf, "Task_PruefeMittelabruf");
    fall.treiber.schliesseAb(pruefen, DurchfuehrungTreiber.RP, DurchfuehrungTreiber.entscheidung("auszahlen", null, "Fällig"));
    var jobs = engine.getManagementService().createJobQuery().executable().list().stream()
        .filter(j -> fallInstanzen(fall.foerderfallNummer).contains(j.getProcessInstanceId())).toList();
    assertThat(jobs).as("Schritte nach der Entscheidung warten als Jobs").isNotEmpty();
    int mailsVorher = greenMail.getReceivedMessages().length;

    weiche.trenne();
    int gescheitert = 0;
    for (var job : jobs) {
      try {
        engine.getManagementService().executeJob(job.getId());
      } catch (RuntimeException datenbankWeg) {
        gescheitert++;
      }
    }
    weiche.verbinde();
    assertThat(gescheitert).as("kein Job läuft ohne Datenbank").isEqualTo(jobs.size());
    assertThat(greenMail.getReceivedMessages().length).as("keine Mail ohne Datenbank").isEqualTo(mailsVorher);

    for (int i = 0; i < 30 && rest.getForEntity("/actuator/health", String.class).getStatusCode().value() != 200; i++) {
      Thread.sleep(500);
    }
    for (var job : jobs) {
      assertThat(engine.getManagementService().createJobQuery().jobId(job.getId()).count()).as("der Job ist nicht verloren")
          .isEqualTo(1);
    }
    fall.fuehreJobsAus();
    assertThat(jdbc.sql("select status from aqb_mittelabruf where foerderfall_nummer = ?").param(fall.foerderfallNummer)
        .query(String.class).list()).containsExactly("AUSGEZAHLT");
    assertThat(jdbc.sql("select count(*) from aqb_mail_protokoll where foerderfall_nummer = ?").param(fall.foerderfallNummer)
        .query(Long.class).single()).as("eine Mitteilung").isEqualTo(1L);
    System.out.printf("Datenbankausfall mit fälligen Jobs: %d Jobs während des Ausfalls gescheitert, danach je einmal gelaufen%n",
        gescheitert);
  }

  private java.util.Set<String> fallInstanzen(String nummer) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(nummer).list().stream()
        .map(org.camunda.bpm.engine.runtime.ProcessInstance::getId).collect(java.util.stream.Collectors.toSet());
  }
}

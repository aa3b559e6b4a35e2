package de.hessen.aqb.durchfuehrung;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.hessen.aqb.fall.Faelle;
import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.fall.Fallregister;
import de.hessen.aqb.foerderbudget.Foerderbudget;
import de.hessen.aqb.foerderbudget.Mittelabrufe;
import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import de.hessen.aqb.identity.Sitzung;
import de.hessen.aqb.plattform.ProzessVariable;
import de.hessen.aqb.testsupport.Anmeldung;
import de.hessen.aqb.testsupport.AqbSpringBootTest;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The Durchführung on the real engine: Mittelabrufe, the RP's decisions, the ledger, mails, the end of the stage. */
@AqbSpringBootTest
class DurchfuehrungProzessTest {

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired ProcessEngine engine;
  @Autowired Foerderbudget budget;
  @Autowired Mittelabrufe mittelabrufe;
  @Autowired Fallregister register;
  @Autowired Faelle faelle;
  @Autowired JdbcClient jdbc;

  DurchfuehrungTreiber fall;

  @BeforeEach
  void neuerFall() {
    init(engine);
    // a fresh registered case per test: the ledgers are append-only
    fall = DurchfuehrungTreiber.neuerFall(engine, register, "06414");
  }

  /** The start of a decision mail's subject: number, programme year and body from the case head. */
  private String betreff(int nummer) {
    Fallkopf kopf = faelle.kopf(fall.foerderfallNummer);
    return "Mittelabruf Nr. " + nummer + " (AQB " + kopf.jahr() + ", " + kopf.gebietskoerperschaftName() + ")";
  }

  @Test
  void zweiAbrufeEinerGekuerztDannSchliesstDieGebietskoerperschaftAb() throws Exception {
    fall.starte(budget, LocalDate.now().plusMonths(6), 200_000, 81_246);
    assertThat(fall.durchfuehrung).isWaitingAt("Task_StelleMittelabruf");
    assertThat(fall.variable("bewilligtAnzeige")).isEqualTo("281.246,00 €");
    assertThat(fall.variable("verfuegbarAnzeige")).isEqualTo("281.246,00 €");
    assertThat(fall.aufgabe("Task_StelleMittelabruf").getDueDate()).isNotNull();

    fall.rufeAb("120.000,00", 30, "Honorare und Mieten Dezember");
    assertThat(fall.durchfuehrung).isWaitingAt("Task_PruefeMittelabruf");
    assertThat(fall.variable("mittelabrufNummer")).isEqualTo(1);
    assertThat(fall.variable("verfuegbarAnzeige")).as("nach diesem Abruf noch abrufbar").isEqualTo("161.246,00 €");
    assertThat(mittelabrufe.abruf(fall.foerderfallNummer, 1).orElseThrow().status()).isEqualTo(Mittelabrufe.Status.OFFEN);

    fall.entscheide("auszahlen", null, null);
    assertThat(fall.durchfuehrung).isWaitingAt("Task_StelleMittelabruf");
    assertThat(mittelabrufe.summeAusgezahltCent(fall.foerderfallNummer)).isEqualTo(12_000_000L);
    assertThat(fall.variable("mittelabrufBetrag")).as("der neue Abruf beginnt leer").isNull();
    assertThat(fall.variable("ausgezahltAnzeige")).isEqualTo("120.000,00 €");

    fall.rufeAb("90000", 20, "Honorare Januar");
    fall.entscheide("kuerzen", "60.000", "Die Januar-Honorare der Maßnahme 2 sind noch nicht fällig.");
    assertThat(mittelabrufe.summeAusgezahltCent(fall.foerderfallNummer)).isEqualTo(18_000_000L);
    Mittelabrufe.Mittelabruf zweiter = mittelabrufe.abruf(fall.foerderfallNummer, 2).orElseThrow();
    assertThat(zweiter.status()).isEqualTo(Mittelabrufe.Status.GEKUERZT);
    assertThat(zweiter.angefordertCent()).isEqualTo(9_000_000L);
    assertThat(zweiter.ausgezahltCent()).isEqualTo(6_000_000L);
    assertThat(zweiter.geprueftVon()).isEqualTo(DurchfuehrungTreiber.RP);
    assertThat(zweiter.angefordertVon()).isEqualTo(fall.gkSachbearbeitung);
    assertThat(ProzessVariable.json("mittelabrufe").lies(fall.variable("mittelabrufe")).toString())
        .contains("\"status\":\"ausgezahlt\"", "\"status\":\"gekürzt ausgezahlt\"", "\"ausgezahlt\":\"60.000,00 €\"");

    MimeMessage gekuerzt = mail(betreff(2));
    assertThat(gekuerzt.getSubject()).endsWith("60.000,00 € werden ausgezahlt");
    assertThat(GreenMailUtil.getBody(gekuerzt)).contains("gek=C3=BCrzt ausgezahlt").contains("Januar-Honorare");
    assertThat(gekuerzt.getAllRecipients()).extracting(Object::toString).contains(fall.gkSachbearbeitung + "@example.org");

    fall.schliesseAb();
    assertThat(fall.durchfuehrung).isEnded().hasPassed("EndEvent_DurchfuehrungAbgeschlossen");
  }

  @Test
  void einAbgelehnterAbrufZahltNichtsUndDieGebietskoerperschaftKannNeuAbrufen() throws Exception {
    fall.starte(budget, LocalDate.now().plusMonths(6), 50_000);
    fall.rufeAb("50000", 10, "Alles");
    fall.entscheide("ablehnen", null, "Der Bedarf ist nicht dargelegt.");
    assertThat(fall.durchfuehrung).isWaitingAt("Task_StelleMittelabruf");
    assertThat(mittelabrufe.summeAusgezahltCent(fall.foerderfallNummer)).isZero();
    assertThat(mittelabrufe.abruf(fall.foerderfallNummer, 1).orElseThrow().status()).isEqualTo(Mittelabrufe.Status.ABGELEHNT);
    assertThat(fall.variable("verfuegbarAnzeige")).isEqualTo("50.000,00 €");
    assertThat(mail(betreff(1)).getSubject()).endsWith(": abgelehnt");
  }

  @Test
  void sindAlleMittelAusgezahltEndetDieDurchfuehrung() {
    fall.starte(budget, LocalDate.now().plusMonths(6), 50_000);
    fall.rufeAb("50.000", 10, "Alles auf einmal");
    fall.entscheide("auszahlen", null, null);
    assertThat(fall.durchfuehrung).isEnded().hasPassed("EndEvent_MittelVollstaendigAusgezahlt");
    assertThat(mittelabrufe.summeAusgezahltCent(fall.foerderfallNummer)).isEqualTo(budget.summeBewilligtCent(fall.foerderfallNummer));
  }

  @Test
  void zuVielOderZuFruehAbgerufenBleibtDieAufgabeOffenUndNichtsWirdGebucht() {
    fall.starte(budget, LocalDate.now().plusMonths(6), 50_000);
    assertThatThrownBy(() -> fall.rufeAb("50.000,01", 10, "Zweck")).hasRootCauseInstanceOf(UngueltigeEingabe.class)
        .hasMessageContaining("übersteigt die noch verfügbaren Mittel von 50.000,00 €");
    assertThatThrownBy(() -> fall.rufeAb("1000", 70, "Zweck")).hasMessageContaining("Mittel dürfen nur für Zahlungen abgerufen werden");
    assertThatThrownBy(() -> fall.rufeAb("-1", 10, "Zweck")).hasMessageEndingWith("Betrag darf nicht negativ sein: -1.'");
    assertThatThrownBy(() -> fall.erledige("Task_StelleMittelabruf", fall.gkSachbearbeitung, Map.of()))
        .hasMessageContaining("Bitte wählen: Mittel abrufen oder die Durchführung abschließen.");
    assertThat(fall.durchfuehrung).isWaitingAt("Task_StelleMittelabruf");
    assertThat(mittelabrufe.alle(fall.foerderfallNummer)).isEmpty();

    fall.rufeAb("1000", 10, "Zweck");
    assertThatThrownBy(() -> fall.entscheide("kuerzen", "1000", "zu viel")).hasMessageContaining("kleiner als der angeforderte Betrag");
    assertThat(fall.durchfuehrung).isWaitingAt("Task_PruefeMittelabruf");
    assertThat(mittelabrufe.summeAusgezahltCent(fall.foerderfallNummer)).isZero();
  }

  @Test
  void nachDemAbrufzeitraumEndetDieDurchfuehrung() {
    LocalDate bis = LocalDate.now().plusMonths(6);
    fall.starte(budget, bis, 50_000);
    var timer = fall.timer("BoundaryEvent_AbrufzeitraumAbgelaufen");
    assertThat(timer).isNotNull();
    // the request period ends one month (abruf-nachlauf) after the Bewilligungszeitraum
    Date erwartet = Date.from(bis.plusMonths(1).plusDays(1).atStartOfDay(java.time.ZoneId.systemDefault()).toInstant());
    assertThat(timer.getDuedate()).isEqualTo(erwartet);
    assertThat(fall.aufgabe("Task_StelleMittelabruf").getDueDate()).isEqualTo(erwartet);
    assertThat(fall.variable("abrufschlussAnzeige")).isEqualTo(bis.plusMonths(1).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
    engine.getManagementService().executeJob(timer.getId());
    assertThat(fall.durchfuehrung).isEnded().hasPassed("EndEvent_AbrufzeitraumAbgelaufen");
  }

  @Test
  void dasBuchenIstIdempotentUndUeberschreitetNieDieBewilligung() {
    fall.starte(budget, LocalDate.now().plusMonths(6), 1_000);
    String nr = fall.foerderfallNummer;
    mittelabrufe.erfasse(nr, 1, 80_000, LocalDate.now(), "a", "x");
    mittelabrufe.erfasse(nr, 1, 80_000, LocalDate.now(), "a", "x");
    mittelabrufe.entscheide(nr, 1, Mittelabrufe.Status.AUSGEZAHLT, 80_000, "rp", null);
    mittelabrufe.entscheide(nr, 1, Mittelabrufe.Status.AUSGEZAHLT, 80_000, "rp", null);
    assertThat(mittelabrufe.summeAusgezahltCent(nr)).isEqualTo(80_000);
    mittelabrufe.erfasse(nr, 2, 20_001, LocalDate.now(), "b", "x");
    assertThatThrownBy(() -> mittelabrufe.entscheide(nr, 2, Mittelabrufe.Status.AUSGEZAHLT, 20_001, "rp", null))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("überschreitet die Bewilligung");
    assertThat(mittelabrufe.summeAusgezahltCent(nr)).isEqualTo(80_000);
  }

  @Test
  void eineAndereGebietskoerperschaftSiehtDenMittelabrufNicht() {
    fall.starte(budget, LocalDate.now().plusMonths(6), 50_000);
    fall.rufeAb("1000", 10, "Zweck");
    String fremd = "df.06437.sachbearbeitung";
    Anmeldung.benutzer(engine.getIdentityService(), fremd, "kommune-06437");
    Sitzung sitzung = new Sitzung(engine.getIdentityService());
    sitzung.als(fremd, () -> {
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(fall.durchfuehrung.getId()).count()).isZero();
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(fall.durchfuehrung.getId()).count()).isZero();
      assertThat(engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(fall.durchfuehrung.getId()).count()).isZero();
    });
    sitzung.als(fall.gkSachbearbeitung, () ->
        assertThat(engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(fall.durchfuehrung.getId())
            .variableName("mittelabrufAnzeige").singleResult().getValue()).isEqualTo("1.000,00 €"));
    // and the RP task is not the body's to complete
    var pruefung = fall.aufgabe("Task_PruefeMittelabruf");
    sitzung.als(fall.gkSachbearbeitung, () ->
        assertThat(engine.getTaskService().createTaskQuery().taskId(pruefung.getId()).count()).isZero());
  }

  @Test
  void fallidentitaetBetraegeUndNamenAusVariablenEntscheidenNichts() throws Exception {
    fall.starte(budget, LocalDate.now().plusMonths(6), 50_000);
    DurchfuehrungTreiber frankfurt = DurchfuehrungTreiber.neuerFall(engine, register, "06412");
    frankfurt.starte(budget, LocalDate.now().plusMonths(6), 70_000);
    // even past the API gate (Java API), the body's request with Frankfurt's identity is its own case's request
    Map<String, Object> abruf = DurchfuehrungTreiber.abruf("1000", 10, "Zweck");
    abruf.putAll(Map.of("foerderfallNummer", frankfurt.foerderfallNummer, "gebietskoerperschaft", "06412",
        "mittelabrufCent", 7_000_000L, "verfuegbarCent", 99_999_999L, "abrufschluss", "2099-01-01T00:00"));
    fall.erledige("Task_StelleMittelabruf", fall.gkSachbearbeitung, abruf);
    assertThat(mittelabrufe.abruf(fall.foerderfallNummer, 1).orElseThrow().angefordertCent()).isEqualTo(100_000L);
    assertThat(mittelabrufe.alle(frankfurt.foerderfallNummer)).isEmpty();
    // the RP's decision: the amount comes from the ledger, the decider is the logged-in user
    Map<String, Object> entscheidung = DurchfuehrungTreiber.entscheidung("auszahlen", null, null);
    entscheidung.putAll(Map.of("mittelabrufCent", 5_000_000L, "auszahlungCent", 5_000_000L, "mittelabrufGeprueftVon", "jemand",
        "mittelabrufEntscheidungArt", "KUERZEN", "foerderfallNummer", frankfurt.foerderfallNummer, "gebietskoerperschaft", "06412"));
    fall.erledige("Task_PruefeMittelabruf", DurchfuehrungTreiber.RP, entscheidung);
    Mittelabrufe.Mittelabruf gebucht = mittelabrufe.abruf(fall.foerderfallNummer, 1).orElseThrow();
    assertThat(gebucht.status()).isEqualTo(Mittelabrufe.Status.AUSGEZAHLT);
    assertThat(gebucht.ausgezahltCent()).isEqualTo(100_000L);
    assertThat(gebucht.geprueftVon()).isEqualTo(DurchfuehrungTreiber.RP);
    assertThat(mittelabrufe.summeAusgezahltCent(frankfurt.foerderfallNummer)).isZero();
    // the mail goes to the case's body, the next task to the case's tenant group
    assertThat(mail(betreff(1)).getAllRecipients()).extracting(Object::toString).contains(fall.gkSachbearbeitung + "@example.org")
        .doesNotContain(frankfurt.gkSachbearbeitung + "@example.org");
    var naechste = fall.aufgabe("Task_StelleMittelabruf");
    assertThat(engine.getTaskService().getIdentityLinksForTask(naechste.getId())).extracting(l -> l.getGroupId())
        .containsExactly("kommune-06414");
  }

  @Test
  void derAbrufzeitraumKommtAusDerTabelleNichtAusDerVariable() {
    fall.starte(budget, LocalDate.now().plusMonths(6), 50_000);
    jdbc.sql("update aqb_abrufzeitraum set letzter_abruftag = ? where foerderfall_nummer = ?")
        .params(java.sql.Date.valueOf(LocalDate.now().minusDays(2)), fall.foerderfallNummer).update();
    engine.getRuntimeService().setVariable(fall.durchfuehrung.getId(), "abrufschluss", LocalDate.now().plusYears(9).atStartOfDay().toString());
    assertThatThrownBy(() -> fall.rufeAb("1000", 10, "Zweck")).hasRootCauseInstanceOf(UngueltigeEingabe.class)
        .hasMessageContaining("Der Abrufzeitraum endete am " + LocalDate.now().minusDays(2)
            .format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
    assertThat(mittelabrufe.alle(fall.foerderfallNummer)).isEmpty();
    fall.schliesseAb();
    assertThat(fall.durchfuehrung).isEnded().hasPassed("EndEvent_DurchfuehrungAbgeschlossen");
    assertThat(jdbc.sql("select abgeschlossen_von from aqb_abrufzeitraum where foerderfall_nummer = ?")
        .param(fall.foerderfallNummer).query(String.class).single()).isEqualTo(fall.gkSachbearbeitung);
  }

  @Test
  void ohneRegistriertenFallWirdNichtsGebucht() {
    assertThatThrownBy(() -> mittelabrufe.entscheide("AQB-1999-00000", 1, Mittelabrufe.Status.AUSGEZAHLT, 1, "rp", null))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("ist nicht im Register");
  }

  private MimeMessage mail(String betreffAnfang) {
    return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
      try {
        return m.getSubject().startsWith(betreffAnfang);
      } catch (Exception e) {
        return false;
      }
    }).reduce((a, b) -> b).orElseThrow(() -> new AssertionError("keine Mail „" + betreffAnfang + "…“"));
  }

}

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
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The Durchführung on the real engine: Mittelabrufe side by side, each its own called instance; the RP's decisions per
 * measure, the ledger, mails, the three endings of the stage.
 */
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
  void zweiAbrufeNebeneinanderEinerGekuerztDannSchliesstDieGebietskoerperschaftAb() throws Exception {
    fall.starte(budget, LocalDate.now().plusMonths(6), 200_000, 81_246);
    assertThat(fall.durchfuehrung).isWaitingAt("Task_WaehleAnliegen");
    assertThat(fall.variable("bewilligtAnzeige")).isEqualTo("281.246,00 €");
    assertThat(fall.variable("verfuegbarAnzeige")).isEqualTo("281.246,00 €");
    assertThat(fall.variable("massnahmenStand").toString()).contains("\"name\":\"Maßnahme 2\"", "\"bewilligt\":\"81.246,00 €\"");
    assertThat(fall.variable("bescheidHistorie").toString()).contains(fall.aktenzeichen(), "Bescheid (Vollbewilligung)");
    assertThat(fall.aufgabe("Task_WaehleAnliegen").getDueDate()).isNotNull();

    String erster = fall.rufeAb(Map.of("M1", "100.000,00", "M2", "20.000"), 30, "Honorare und Mieten Dezember");
    assertThat(fall.durchfuehrung).as("die Gebietskörperschaft kann sofort das nächste Anliegen beginnen")
        .isWaitingAt("Task_WaehleAnliegen", "CallActivity_Mittelabruf");
    ProcessInstance ersterAbruf = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(erster).singleResult();
    assertThat(ersterAbruf).isWaitingAt("Task_PruefeMittelabruf");
    assertThat(engine.getRuntimeService().getVariable(erster, "mittelabrufNummer")).isEqualTo(1);
    assertThat(mittelabrufe.posten(fall.foerderfallNummer, 1)).extracting(Mittelabrufe.Posten::angefordertCent)
        .containsExactly(10_000_000L, 2_000_000L);

    // a second request while the first is in the RP's check: the open one counts against what is available
    String offen = fall.neuerMittelabruf();
    assertThatThrownBy(() -> fall.stelle(offen, DurchfuehrungTreiber.abruf(Map.of("M2", "61.246,01"), 20, "zu viel", "v")))
        .hasMessageContaining("Der Betrag für „Maßnahme 2“ von 61.246,01 € übersteigt die für diese Maßnahme noch verfügbaren "
            + "Mittel von 61.246,00 €");
    fall.stelle(offen, DurchfuehrungTreiber.abruf(Map.of("M1", "90000"), 20, "Honorare Januar", "verwendet"));
    String zweiter = angefordert(2);
    assertThat(fall.treiber.aufgaben("Task_PruefeMittelabruf")).hasSize(2);

    fall.entscheide(zweiter, "kuerzen", Map.of("M1", "60.000"), "Die Januar-Honorare sind noch nicht fällig.");
    fall.entscheide(erster, "auszahlen", null, null);
    assertThat(mittelabrufe.summeAusgezahltCent(fall.foerderfallNummer)).isEqualTo(18_000_000L);
    assertThat(mittelabrufe.ausgezahltJeMassnahme(fall.foerderfallNummer)).containsEntry("M1", 16_000_000L).containsEntry("M2", 2_000_000L);
    Mittelabrufe.Mittelabruf gekuerzt = mittelabrufe.abruf(fall.foerderfallNummer, 2).orElseThrow();
    assertThat(gekuerzt.status()).isEqualTo(Mittelabrufe.Status.GEKUERZT);
    assertThat(gekuerzt.angefordertCent()).isEqualTo(9_000_000L);
    assertThat(gekuerzt.ausgezahltCent()).isEqualTo(6_000_000L);
    assertThat(gekuerzt.geprueftVon()).isEqualTo(DurchfuehrungTreiber.RP);
    assertThat(gekuerzt.angefordertVon()).isEqualTo(fall.gkSachbearbeitung);
    assertThat(gekuerzt.verwendungBisher()).isEqualTo("verwendet");
    assertThat(fall.variable("ausgezahltAnzeige")).as("nach jeder Entscheidung aktualisiert").isEqualTo("180.000,00 €");
    assertThat(ProzessVariable.json("mittelabrufe").lies(fall.variable("mittelabrufe")).toString())
        .contains("\"status\":\"ausgezahlt\"", "\"status\":\"gekürzt ausgezahlt\"", "\"ausgezahlt\":\"60.000,00 €\"");

    MimeMessage mail = mail(betreff(2));
    assertThat(mail.getSubject()).endsWith("60.000,00 € werden ausgezahlt");
    assertThat(GreenMailUtil.getBody(mail)).contains("gek=C3=BCrzt ausgezahlt").contains("Januar-Honorare");
    assertThat(mail.getAllRecipients()).extracting(Object::toString).contains(fall.gkSachbearbeitung + "@example.org");

    fall.schliesseAb();
    assertThat(fall.durchfuehrung).isEnded().hasPassed("EndEvent_DurchfuehrungAbgeschlossen");
  }

  @Test
  void dieDurchfuehrungEndetErstWennUeberJedesAnliegenEntschiedenIst() {
    fall.starte(budget, LocalDate.now().plusMonths(6), 50_000);
    String abruf = fall.rufeAb("10.000", 10, "Honorare");
    fall.schliesseAb();
    assertThat(fall.durchfuehrung).as("der offene Mittelabruf wird noch entschieden").isWaitingAt("CallActivity_Mittelabruf");
    assertThat(fall.aufgabe("Task_WaehleAnliegen")).isNull();
    fall.entscheide(abruf, "auszahlen", null, null);
    assertThat(fall.durchfuehrung).isEnded().hasPassed("EndEvent_DurchfuehrungAbgeschlossen", "EndEvent_AnliegenEntschieden");
    assertThat(mittelabrufe.summeAusgezahltCent(fall.foerderfallNummer)).isEqualTo(1_000_000L);
  }

  @Test
  void jedenHerbstSetztDasMinisteriumDieUmsetzungsbesprechungAnUndSieHaeltDieDurchfuehrungNichtAuf() {
    fall.starte(budget, LocalDate.now().plusYears(2), 50_000);
    var herbst = fall.timer("TimerEvent_HerbstterminErreicht");
    assertThat(herbst).as("die Herbstschleife wartet auf den nächsten 15. September").isNotNull();
    LocalDate erster = LocalDate.of(LocalDate.now().getYear(), 9, 15);
    erster = erster.isAfter(LocalDate.now()) ? erster : erster.plusYears(1);
    assertThat(herbst.getDuedate()).isEqualTo(Date.from(erster.atStartOfDay(java.time.ZoneId.systemDefault()).toInstant()));

    fall.treiber.loeseTimerAus("TimerEvent_HerbstterminErreicht");
    ProcessInstance besprechung = fall.treiber.instanz("umsetzungsbesprechung");
    assertThat(besprechung).as("eine eigene Instanz, kein Teil der Durchführung").isNotNull();
    assertThat(besprechung.getTenantId()).isEqualTo("kommune-06414");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(fall.durchfuehrung.getId())
        .processDefinitionKey("umsetzungsbesprechung").count()).isZero();
    assertThat(besprechung).isWaitingAt("Task_TerminiereUmsetzungsbesprechung");
    assertThat(fall.timer("TimerEvent_HerbstterminErreicht").getDuedate()).as("der nächste Herbst")
        .isEqualTo(Date.from(erster.plusYears(1).atStartOfDay(java.time.ZoneId.systemDefault()).toInstant()));

    fall.schliesseAb();
    assertThat(fall.durchfuehrung).isEnded().hasPassed("EndEvent_DurchfuehrungAbgeschlossen", "EndEvent_BesprechungenBeendet");
    assertThat(besprechung).as("die Besprechung läuft weiter").isWaitingAt("Task_TerminiereUmsetzungsbesprechung");
  }

  @Test
  void einAbgelehnterAbrufZahltNichtsUndEinZurueckgezogenerWirdNichtErfasst() throws Exception {
    fall.starte(budget, LocalDate.now().plusMonths(6), 50_000);
    String abruf = fall.rufeAb("50000", 10, "Alles");
    fall.entscheide(abruf, "ablehnen", null, "Der Bedarf ist nicht dargelegt.");
    assertThat(mittelabrufe.summeAusgezahltCent(fall.foerderfallNummer)).isZero();
    assertThat(mittelabrufe.abruf(fall.foerderfallNummer, 1).orElseThrow().status()).isEqualTo(Mittelabrufe.Status.ABGELEHNT);
    assertThat(fall.variable("verfuegbarAnzeige")).isEqualTo("50.000,00 €");
    assertThat(mail(betreff(1)).getSubject()).endsWith(": abgelehnt");

    String zurueck = fall.neuerMittelabruf();
    fall.stelle(zurueck, Map.of("mittelabrufAktion", "zurueckziehen"));
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(zurueck).singleResult()
        .getEndActivityId()).isEqualTo("EndEvent_MittelabrufZurueckgezogen");
    assertThat(mittelabrufe.alle(fall.foerderfallNummer)).hasSize(1);
    assertThat(fall.durchfuehrung).isWaitingAt("Task_WaehleAnliegen");
  }

  @Test
  void sindAlleMittelAusgezahltEndetDieDurchfuehrung() {
    fall.starte(budget, LocalDate.now().plusMonths(6), 30_000, 20_000);
    fall.entscheide(fall.rufeAb(Map.of("M1", "30.000"), 10, "erste Hälfte"), "auszahlen", null, null);
    assertThat(fall.durchfuehrung).isWaitingAt("Task_WaehleAnliegen");
    fall.entscheide(fall.rufeAb(Map.of("M2", "20.000"), 10, "Rest"), "auszahlen", null, null);
    assertThat(fall.durchfuehrung).isEnded().hasPassed("EndEvent_MittelVollstaendigAusgezahlt");
    assertThat(mittelabrufe.summeAusgezahltCent(fall.foerderfallNummer)).isEqualTo(budget.summeBewilligtCent(fall.foerderfallNummer));
  }

  @Test
  void zuVielOderZuFruehAbgerufenBleibtDieAufgabeOffenUndNichtsWirdGebucht() {
    fall.starte(budget, LocalDate.now().plusMonths(6), 40_000, 10_000);
    String abruf = fall.neuerMittelabruf();
    Map<String, String> verwendung = Map.of();
    assertThatThrownBy(() -> fall.stelle(abruf, DurchfuehrungTreiber.abruf(Map.of("M1", "40.000,01"), 10, "Zweck", null)))
        .hasRootCauseInstanceOf(UngueltigeEingabe.class)
        .hasMessageContaining("übersteigt die für diese Maßnahme noch verfügbaren Mittel von 40.000,00 €");
    assertThatThrownBy(() -> fall.stelle(abruf, DurchfuehrungTreiber.abruf(Map.of("M1", "1000"), 70, "Zweck", null)))
        .hasMessageContaining("Mittel dürfen nur für Zahlungen abgerufen werden");
    assertThatThrownBy(() -> fall.stelle(abruf, DurchfuehrungTreiber.abruf(Map.of("M1", "-1"), 10, "Zweck", null)))
        .hasMessageContaining("darf nicht negativ sein: -1.");
    assertThatThrownBy(() -> fall.stelle(abruf, DurchfuehrungTreiber.abruf(Map.of("M1", "0", "M2", ""), 10, "Zweck", null)))
        .hasMessageContaining("Bitte für mindestens eine Maßnahme einen Betrag größer als 0 € angeben.");
    assertThatThrownBy(() -> fall.stelle(abruf, DurchfuehrungTreiber.abruf(Map.of("M9", "10"), 10, "Zweck", null)))
        .hasMessageContaining("Die Maßnahme „M9“ ist nicht (mehr) bewilligt");
    assertThatThrownBy(() -> fall.stelle(abruf, new java.util.HashMap<>(verwendung)))
        .hasMessageContaining("Bitte wählen: Mittel abrufen oder den Mittelabruf zurückziehen.");
    assertThat(mittelabrufe.alle(fall.foerderfallNummer)).isEmpty();

    fall.stelle(abruf, DurchfuehrungTreiber.abruf(Map.of("M1", "1000", "M2", "500"), 10, "Zweck", null));
    assertThatThrownBy(() -> fall.entscheide(abruf, "kuerzen", Map.of("M1", "1000", "M2", "500"), "zu viel"))
        .hasMessageContaining("kleiner als der angeforderte Betrag");
    assertThatThrownBy(() -> fall.entscheide(abruf, "kuerzen", Map.of("M1", "1000,01", "M2", "0"), "zu viel"))
        .hasMessageContaining("Für „Maßnahme 1“ kann höchstens der angeforderte Betrag von 1.000,00 € ausgezahlt werden.");
    assertThat(fall.aufgabe(abruf, "Task_PruefeMittelabruf")).isNotNull();
    assertThat(mittelabrufe.summeAusgezahltCent(fall.foerderfallNummer)).isZero();
    // a further request needs to say how the money paid so far was used
    fall.entscheide(abruf, "auszahlen", null, null);
    String weiterer = fall.neuerMittelabruf();
    assertThatThrownBy(() -> fall.stelle(weiterer, DurchfuehrungTreiber.abruf(Map.of("M1", "1000"), 10, "Zweck", " ")))
        .hasMessageContaining("Bitte angeben, wie die bisher ausgezahlten 1.500,00 € verwendet wurden.");
  }

  @Test
  void nachDemAbrufzeitraumEndetDieDurchfuehrungUndEinNichtGestellterAbrufMit() {
    LocalDate bis = LocalDate.now().plusMonths(6);
    fall.starte(budget, bis, 50_000);
    String angefangen = fall.neuerMittelabruf();
    var timer = fall.timer("BoundaryEvent_AbrufzeitraumAbgelaufen");
    assertThat(timer).isNotNull();
    // the request period ends one month (abruf-nachlauf) after the Bewilligungszeitraum
    Date erwartet = Date.from(bis.plusMonths(1).plusDays(1).atStartOfDay(java.time.ZoneId.systemDefault()).toInstant());
    assertThat(timer.getDuedate()).isEqualTo(erwartet);
    assertThat(fall.aufgabe("Task_WaehleAnliegen").getDueDate()).isEqualTo(erwartet);
    assertThat(fall.aufgabe(angefangen, "Task_StelleMittelabruf").getDueDate()).isEqualTo(erwartet);
    assertThat(fall.variable("abrufschlussAnzeige")).isEqualTo(bis.plusMonths(1).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
    engine.getManagementService().createJobQuery().timers().duedateLowerThan(new Date(erwartet.getTime() + 1)).list().stream()
        .filter(j -> j.getProcessInstanceId().equals(fall.durchfuehrung.getId()) || j.getProcessInstanceId().equals(angefangen))
        .forEach(j -> engine.getManagementService().executeJob(j.getId()));
    fall.fuehreJobsAus();
    assertThat(fall.durchfuehrung).isEnded().hasPassed("EndEvent_AbrufzeitraumAbgelaufen");
  }

  @Test
  void dasBuchenIstIdempotentUndUeberschreitetNieDieBewilligung() {
    fall.starte(budget, LocalDate.now().plusMonths(6), 1_000);
    String nr = fall.foerderfallNummer;
    mittelabrufe.sperre(nr);
    int eins = mittelabrufe.erfasse(nr, Map.of("M1", 80_000L), LocalDate.now(), "a", null, "x");
    assertThat(mittelabrufe.entscheide(nr, eins, Mittelabrufe.Status.AUSGEZAHLT, Map.of("M1", 80_000L), "rp", null)).isTrue();
    assertThat(mittelabrufe.entscheide(nr, eins, Mittelabrufe.Status.AUSGEZAHLT, Map.of("M1", 80_000L), "rp", null)).isFalse();
    assertThat(mittelabrufe.summeAusgezahltCent(nr)).isEqualTo(80_000);
    int zwei = mittelabrufe.erfasse(nr, Map.of("M1", 20_001L), LocalDate.now(), "b", null, "x");
    assertThatThrownBy(() -> mittelabrufe.entscheide(nr, zwei, Mittelabrufe.Status.AUSGEZAHLT, Map.of("M1", 20_001L), "rp", null))
        .isInstanceOf(UngueltigeEingabe.class).hasMessageContaining("sind nach den geltenden Bescheiden nur noch 200,00 € auszahlbar");
    assertThat(mittelabrufe.summeAusgezahltCent(nr)).isEqualTo(80_000);
  }

  @Test
  void eineAndereGebietskoerperschaftSiehtDenMittelabrufNicht() {
    fall.starte(budget, LocalDate.now().plusMonths(6), 50_000);
    String abruf = fall.rufeAb("1000", 10, "Zweck");
    String fremd = "df.06437.sachbearbeitung";
    Anmeldung.benutzer(engine.getIdentityService(), fremd, "kommune-06437");
    Sitzung sitzung = new Sitzung(engine.getIdentityService());
    sitzung.als(fremd, () -> {
      for (String instanz : new String[] {fall.durchfuehrung.getId(), abruf}) {
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instanz).count()).isZero();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instanz).count()).isZero();
        assertThat(engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(instanz).count()).isZero();
      }
    });
    sitzung.als(fall.gkSachbearbeitung, () ->
        assertThat(engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(abruf)
            .variableName("mittelabrufAnzeige").singleResult().getValue()).isEqualTo("1.000,00 €"));
    // and the RP task is not the body's to complete
    var pruefung = fall.aufgabe(abruf, "Task_PruefeMittelabruf");
    sitzung.als(fall.gkSachbearbeitung, () ->
        assertThat(engine.getTaskService().createTaskQuery().taskId(pruefung.getId()).count()).isZero());
  }

  @Test
  void fallidentitaetBetraegeUndNamenAusVariablenEntscheidenNichts() throws Exception {
    fall.starte(budget, LocalDate.now().plusMonths(6), 50_000);
    DurchfuehrungTreiber frankfurt = DurchfuehrungTreiber.neuerFall(engine, register, "06412");
    frankfurt.starte(budget, LocalDate.now().plusMonths(6), 70_000);
    // even past the API gate (Java API), the body's request with Frankfurt's identity is its own case's request
    String abruf = fall.neuerMittelabruf();
    Map<String, Object> werte = DurchfuehrungTreiber.abruf(Map.of("M1", "1000"), 10, "Zweck", null);
    werte.putAll(Map.of("foerderfallNummer", frankfurt.foerderfallNummer, "gebietskoerperschaft", "06412",
        "mittelabrufCent", 7_000_000L, "nochNichtAusgezahltCent", 0L, "abrufschluss", "2099-01-01T00:00", "mittelabrufNummer", 7));
    fall.stelle(abruf, werte);
    assertThat(mittelabrufe.abruf(fall.foerderfallNummer, 1).orElseThrow().angefordertCent()).isEqualTo(100_000L);
    assertThat(mittelabrufe.alle(frankfurt.foerderfallNummer)).isEmpty();
    // the RP's decision: the amount comes from the ledger, the decider is the logged-in user
    Map<String, Object> entscheidung = DurchfuehrungTreiber.entscheidung("auszahlen", null, null);
    entscheidung.putAll(Map.of("mittelabrufCent", 5_000_000L, "auszahlungCent", 5_000_000L, "mittelabrufGeprueftVon", "jemand",
        "mittelabrufEntscheidungArt", "KUERZEN", "foerderfallNummer", frankfurt.foerderfallNummer, "gebietskoerperschaft", "06412"));
    fall.treiber.erledige(fall.aufgabe(abruf, "Task_PruefeMittelabruf"), DurchfuehrungTreiber.RP, entscheidung);
    Mittelabrufe.Mittelabruf gebucht = mittelabrufe.abruf(fall.foerderfallNummer, 1).orElseThrow();
    assertThat(gebucht.status()).isEqualTo(Mittelabrufe.Status.AUSGEZAHLT);
    assertThat(gebucht.ausgezahltCent()).isEqualTo(100_000L);
    assertThat(gebucht.geprueftVon()).isEqualTo(DurchfuehrungTreiber.RP);
    assertThat(mittelabrufe.summeAusgezahltCent(frankfurt.foerderfallNummer)).isZero();
    assertThat(fall.durchfuehrung).as("eine gefälschte Routing-Variable beendet nichts").isWaitingAt("Task_WaehleAnliegen");
    // the mail goes to the case's body, the next task to the case's tenant group
    assertThat(mail(betreff(1)).getAllRecipients()).extracting(Object::toString).contains(fall.gkSachbearbeitung + "@example.org")
        .doesNotContain(frankfurt.gkSachbearbeitung + "@example.org");
    var naechste = fall.aufgabe("Task_WaehleAnliegen");
    assertThat(engine.getTaskService().getIdentityLinksForTask(naechste.getId())).extracting(l -> l.getGroupId())
        .containsExactly("kommune-06414");
  }

  @Test
  void derAbrufzeitraumKommtAusDerTabelleNichtAusDerVariable() {
    fall.starte(budget, LocalDate.now().plusMonths(6), 50_000);
    jdbc.sql("update aqb_abrufzeitraum set letzter_abruftag = ? where foerderfall_nummer = ?")
        .params(java.sql.Date.valueOf(LocalDate.now().minusDays(2)), fall.foerderfallNummer).update();
    engine.getRuntimeService().setVariable(fall.durchfuehrung.getId(), "abrufschluss", LocalDate.now().plusYears(9).atStartOfDay().toString());
    assertThatThrownBy(() -> fall.neuerMittelabruf()).hasRootCauseInstanceOf(UngueltigeEingabe.class)
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
    assertThatThrownBy(() -> mittelabrufe.entscheide("AQB-1999-00000", 1, Mittelabrufe.Status.AUSGEZAHLT, Map.of("M1", 1L), "rp", null))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("ist nicht im Register");
  }

  /** The instance of the filed request with this number. */
  private String angefordert(int nummer) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("mittelabruf")
        .processInstanceBusinessKey(fall.foerderfallNummer).variableValueEquals("mittelabrufNummer", nummer).singleResult().getId();
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

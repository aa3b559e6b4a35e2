package de.hessen.aqb.nachweis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.hessen.aqb.fall.Fallregister;
import de.hessen.aqb.foerderbudget.Foerderbudget;
import de.hessen.aqb.foerderbudget.Mittelabrufe;
import de.hessen.aqb.nachweis.camunda.NachweisVariablen;
import de.hessen.aqb.nachweis.camunda.TraegerberichtVariablen;
import de.hessen.aqb.testsupport.AqbSpringBootTest;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The providers' part of the Verwendungsnachweis (ADR 15) on the real engine: the GAB Limburg runs M1 of a Limburg case
 * (30.000,00 € granted, 12 participants planned in the Antrag), the body runs M2 (20.000,00 €); 50.000,00 € were paid.
 * The GAB reports M1 in a process of its own and sees nothing else; the body sees the GAB's part read-only and submits the
 * whole; the RP's check and the Rückforderung work on the whole.
 */
@AqbSpringBootTest
class TraegerberichtProzessTest {

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  static final String GAB_NAME = "GAB Limburg – Gesellschaft für Ausbildung und Beschäftigung mbH";
  /** The GAB's Belege for M1: 20.000,00 + 8.500,00 = 28.500,00 €, the second named by the measure's name. */
  static final String BELEGE_GAB = "15.04.2025;Dozentin Weber;Honorare;20.000,00;M1\n"
      + "01.03.2025;Jugendwerkstatt Limburg;Werkstattmiete;8.500,00;Fit für den Beruf (FIB)\n";
  /** The body's Belege for its own M2: 20.000,00 €. */
  static final String BELEGE_KOMMUNE = "30.06.2025;Träger 2;Lehrgang;20.000,00;M2\n";

  @Autowired ProcessEngine engine;
  @Autowired Fallregister register;
  @Autowired Foerderbudget budget;
  @Autowired Mittelabrufe mittelabrufe;
  @Autowired Verwendungsnachweise verwendungsnachweise;
  @Autowired DataSource datenbank;

  @BeforeEach
  void setUp() {
    init(engine);
  }

  NachweisTreiber limburgMitGab() {
    var fall = new NachweisTreiber(engine, "06533").mitBescheidUndAuszahlung(register, budget, mittelabrufe, 50_000_00L)
        .mitGabMassnahme();
    fall.starte();
    return fall;
  }

  static Map<String, String[]> m1(String erreicht, String ausgaben) {
    Map<String, String[]> werte = new LinkedHashMap<>();
    werte.put("M1", new String[] {erreicht, "8 von 10 in Ausbildung vermittelt.", "Zwei Teilnehmende später eingestiegen.",
        ausgaben, "500,00"});
    return werte;
  }

  ProcessInstance traegerInstanz(NachweisTreiber fall) {
    return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(fall.nachweis.getId()).singleResult();
  }

  @Test
  void derTraegerErgaenztNurSeineMassnahmeUndDieGebietskoerperschaftReichtDasGanzeEin() {
    var fall = limburgMitGab();
    assertThat(fall.nachweis).isWaitingAt("CallActivity_Traegerbericht");
    ProcessInstance gab = traegerInstanz(fall);
    assertThat(gab.getTenantId()).isEqualTo("kommune-06533");
    assertThat(gab.getBusinessKey()).isEqualTo(fall.nummer);
    Task aufgabe = fall.aufgabe("Task_ErstelleTraegerbericht");
    assertThat(aufgabe.getName()).isEqualTo("Sachberichtsteil erstellen");
    assertThat(engine.getTaskService().getIdentityLinksForTask(aufgabe.getId()))
        .extracting(l -> l.getGroupId()).containsExactly("traeger-gab-limburg");

    // what the GAB sees: only its measure, with the grant and the participants planned in the Antrag
    Map<String, Object> sichtbar = fall.als(NachweisTreiber.GAB, () -> engine.getTaskService().getVariables(aufgabe.getId()));
    assertThat(sichtbar).containsKeys("traegerberichtMassnahmen", "traegerName", "foerderfallNummer")
        .doesNotContainKeys("zahlenmaessigerNachweis", "nachweisBewilligtAnzeige", "nachweisAusgezahltAnzeige", "bescheidAktenzeichen");
    assertThat(sichtbar.get("traegerName")).isEqualTo(GAB_NAME);
    String eigene = sichtbar.get("traegerberichtMassnahmen").toString();
    assertThat(eigene).contains("\"id\":\"M1\"", "Fit für den Beruf (FIB)", "\"bewilligt\":\"30.000,00 €\"", "\"teilnehmendeGeplant\":\"12\"")
        .doesNotContain("M2", "AidA", "20.000,00");
    // … and nothing of the body's instance: not the instance, not its variables, not its history
    String nachweisId = fall.nachweis.getId();
    assertThat(fall.als(NachweisTreiber.GAB, () -> engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(nachweisId).count())).isZero();
    assertThat(fall.als(NachweisTreiber.GAB, () -> engine.getRuntimeService().createVariableInstanceQuery()
        .processInstanceIdIn(nachweisId).count())).isZero();
    assertThat(fall.als(NachweisTreiber.GAB, () -> engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(nachweisId).count())).isZero();
    // the body does not see the provider's task
    assertThat(fall.als(fall.gkSachbearbeitung, () -> engine.getTaskService().createTaskQuery().taskId(aufgabe.getId()).count()))
        .isZero();

    fall.erledige("Task_ErstelleTraegerbericht", NachweisTreiber.GAB, fall.traegerbericht(m1("10", "28.500,00"),
        NachweisTreiber.csv(BELEGE_GAB)));
    assertThat(gab).isEnded();
    assertThat(fall.nachweis).isWaitingAt("Task_ErstelleVerwendungsnachweis");

    // the body's task shows the GAB's part read-only, copied by measure id
    String teile = fall.variable("traegerberichte").toString();
    assertThat(teile).contains("\"traeger\":\"" + GAB_NAME + "\"", "\"teilnehmendeGeplant\":\"12\"", "\"teilnehmendeErreicht\":10",
        "\"ausgaben\":\"28.500,00 €\"", "\"belege\":2", "\"belegeSumme\":\"28.500,00 €\"");
    var zeilen = fall.variable("zahlenmaessigerNachweis");
    assertThat(zeilen.get(0).path("traeger").asText()).isEqualTo(GAB_NAME);
    assertThat(zeilen.get(0).path("ausgabenAnzeige").asText()).isEqualTo("28.500,00 €");
    assertThat(zeilen.get(1).has("traeger")).isFalse();

    // the body reports only M2 and its own participants; its Belegliste holds only M2
    var werte = fall.einreichung("", "20.000,00", NachweisTreiber.csv(BELEGE_KOMMUNE));
    werte.put(NachweisVariablen.ZAHLENMAESSIGER_NACHWEIS.name(), fall.angaben(Map.of("M2", new String[] {"20.000,00", ""})));
    werte.put(TraegerberichtVariablen.SACHBERICHT_TEILNEHMENDE_ERREICHT.name(), 7);
    fall.reicheEin(werte);
    assertThat(fall.nachweis).isWaitingAt("Task_PruefeSachlich");

    // the whole as stored: M1 from the GAB (28.500,00 / 500,00), M2 from the body; Σ Ausgaben 48.500,00 €
    assertThat(verwendungsnachweise.positionenDerFassung(fall.nummer)).extracting(p -> p.massnahmeId() + ":" + p.ausgabenCent()
        + ":" + p.einnahmenCent()).containsExactly("M1:2850000:50000", "M2:2000000:0");
    assertThat(engine.getRuntimeService().getVariable(fall.nachweis.getId(), "nachweisAusgabenAnzeige")).isEqualTo("48.500,00 €");
    // all three Belege in date order; the GAB's numbered from 100.000 (its rows 2 and 3), the body's row 2
    assertThat(verwendungsnachweise.belege(fall.nummer)).extracting(b -> b.zeile() + ":" + b.datum() + ":" + b.betragCent())
        .containsExactly("100003:2025-03-01:850000", "100002:2025-04-15:2000000", "2:2025-06-30:2000000");
    JdbcClient jdbc = JdbcClient.create(datenbank);
    assertThat(jdbc.sql("select zeile, traeger_id from aqb_vn_beleg where foerderfall_nummer = ? order by zeile").param(fall.nummer)
        .query((rs, i) -> rs.getInt(1) + ":" + rs.getString(2)).list())
        .containsExactly("2:null", "100002:gab-limburg", "100003:gab-limburg");
    assertThat(jdbc.sql("select status, uebernommen_fassung, eingereicht_von from aqb_traegerbericht where foerderfall_nummer = ?")
        .param(fall.nummer).query().singleRow())
        .containsEntry("status", "UEBERNOMMEN").containsEntry("uebernommen_fassung", 1)
        .containsEntry("eingereicht_von", NachweisTreiber.GAB);
    assertThat(jdbc.sql("select teilnehmende_erreicht from aqb_verwendungsnachweis where foerderfall_nummer = ?").param(fall.nummer)
        .query(Integer.class).single()).isEqualTo(7);
    assertThat((String) engine.getRuntimeService().getVariable(fall.nachweis.getId(), "sachberichtTraeger"))
        .contains("Träger " + GAB_NAME + " – Maßnahme M1", "Teilnehmende geplant 12, erreicht 10", "Ausgaben (Ist) 28.500,00 €, 2 Belege");
    assertThat(fall.variable("belege")).hasSize(3);

    // the RP checks the whole: recognised 48.500,00 of 50.000,00 paid, so 1.500,00 € are reclaimed (plus interest)
    fall.pruefeSachlich(NachweisTreiber.RP_SACHLICH, "richtig", null, null);
    fall.pruefeRechnerisch(NachweisTreiber.RP_RECHNERISCH, Map.of());
    assertThat(verwendungsnachweise.ergebnis(fall.nummer)).containsEntry("anerkannt_cent", 48_500_00L)
        .containsEntry("ausgezahlt_cent", 50_000_00L).containsEntry("rueckforderung_cent", 1_500_00L);
  }

  @Test
  void nachEinerNachforderungBleibtDerTeilDesTraegersUndWirdMitDerNeuenFassungUebernommen() {
    var fall = limburgMitGab();
    fall.erledige("Task_ErstelleTraegerbericht", NachweisTreiber.GAB, fall.traegerbericht(m1("10", "28.500,00"),
        NachweisTreiber.csv(BELEGE_GAB)));
    var werte = fall.einreichung("", "20.000,00", NachweisTreiber.csv(BELEGE_KOMMUNE));
    werte.put(NachweisVariablen.ZAHLENMAESSIGER_NACHWEIS.name(), fall.angaben(Map.of("M2", new String[] {"20.000,00", ""})));
    fall.reicheEin(werte);
    fall.pruefeSachlich(NachweisTreiber.RP_SACHLICH, SachlichePruefung.NACHFORDERUNG, "Bitte die Teilnehmendenliste zu M2 nachreichen.",
        java.time.LocalDate.now().plusDays(14).toString());
    assertThat(fall.nachweis).isWaitingAt("Task_ErstelleVerwendungsnachweis");
    assertThat(fall.aufgabe("Task_ErstelleTraegerbericht")).as("der Träger wird nicht erneut gefragt").isNull();
    assertThat(fall.variable("zahlenmaessigerNachweis").get(0).path("traeger").asText()).isEqualTo(GAB_NAME);
    var zweite = fall.einreichung("", "20.000,00", NachweisTreiber.csv(BELEGE_KOMMUNE));
    zweite.put(NachweisVariablen.ZAHLENMAESSIGER_NACHWEIS.name(), fall.angaben(Map.of("M2", new String[] {"20.000,00", ""})));
    fall.reicheEin(zweite);
    assertThat(verwendungsnachweise.neuesteFassung(fall.nummer)).isEqualTo(2);
    assertThat(verwendungsnachweise.belege(fall.nummer)).hasSize(3);
    assertThat(verwendungsnachweise.positionenDerFassung(fall.nummer)).extracting(Verwendungsnachweise.Position::ausgabenCent)
        .containsExactly(28_500_00L, 20_000_00L);
  }

  @Test
  void ohneTraegerMitEigenemZugangLaeuftDerNachweisWieBisher() {
    var fall = new NachweisTreiber(engine, "06533").mitBescheidUndAuszahlung(register, budget, mittelabrufe, 50_000_00L);
    JdbcClient.create(datenbank).sql("insert into aqb_antrag (foerderfall_nummer, massnahmen_json, antragsfrist) values (?, ?, ?)")
        .params(fall.nummer, "[{\"id\":\"M1\",\"traegerName\":\"Träger 1\",\"plaetze\":12},{\"id\":\"M2\",\"traegerName\":\"Träger 2\"}]",
            java.sql.Timestamp.valueOf("2025-03-31 23:59:00")).update();
    fall.starte();
    assertThat(fall.nachweis).isWaitingAt("Task_ErstelleVerwendungsnachweis").hasPassed("Gateway_TraegerBeteiligt")
        .hasNotPassed("CallActivity_Traegerbericht");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("traegerbericht")
        .processInstanceBusinessKey(fall.nummer).count()).isZero();
    assertThat(engine.getRuntimeService().getVariable(fall.nachweis.getId(), "traegerberichte")).isNull();
    fall.reicheEin(fall.einreichung("30.000,00", "20.000,00", NachweisTreiber.csv(NachweisProzessTest.BELEGE_VOLL)));
    assertThat(fall.nachweis).isWaitingAt("Task_PruefeSachlich");
    assertThat(verwendungsnachweise.belege(fall.nummer)).extracting(b -> b.zeile()).containsExactly(3, 2, 4);
  }
}

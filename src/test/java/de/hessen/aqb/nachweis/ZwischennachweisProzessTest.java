package de.hessen.aqb.nachweis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.hessen.aqb.fall.Fallregister;
import de.hessen.aqb.foerderbudget.Foerderbudget;
import de.hessen.aqb.foerderbudget.Mittelabrufe;
import de.hessen.aqb.identity.Sitzung;
import de.hessen.aqb.nachweis.camunda.ZwischennachweisVariablen;
import de.hessen.aqb.testsupport.Anmeldung;
import de.hessen.aqb.testsupport.ProzessTreiber;
import de.hessen.aqb.testsupport.AqbSpringBootTest;
import de.hessen.aqb.testsupport.Rest;
import de.hessen.aqb.testsupport.StellbareUhr;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The Zwischennachweis on the real engine (ADR 13): a three-year grant (01.07.2025 to 30.06.2027) gets Zwischennachweise
 * for 2025 and 2026 at the year changes of its Durchführung, the RP asks once for more, and the final Verwendungsnachweis
 * counts both years' Belege once; reminders before, on and after the due date with the escalation to the RP; bad input
 * stores nothing; another body sees nothing. Time moves with the settable clock; mails caught by GreenMail.
 */
@AqbSpringBootTest
class ZwischennachweisProzessTest {

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  static final ZoneId HESSEN = ZoneId.systemDefault(); // the engine reads timer dates in the JVM's zone

  @Autowired ProcessEngine engine;
  @Autowired StellbareUhr uhr;
  @Autowired Fallregister register;
  @Autowired Foerderbudget budget;
  @Autowired Mittelabrufe mittelabrufe;
  @Autowired Zwischennachweise zwischennachweise;
  @Autowired Verwendungsnachweise verwendungsnachweise;
  @Autowired JdbcClient jdbc;
  @Autowired de.hessen.aqb.akte.Akten akten;
  @Autowired de.hessen.aqb.fall.Faelle faelle;
  @Autowired TestRestTemplate rest;

  @BeforeEach
  void setUp() {
    init(engine);
  }

  @AfterEach
  void uhrZurueck() {
    uhr.zurueck();
  }

  ZwischennachweisTreiber fallMitZwischennachweis2025() {
    var fall = new ZwischennachweisTreiber(engine, uhr, register, "06414").gestartet(budget);
    assertThat(fall.durchfuehrung.timer("TimerEvent_JahreswechselErreicht").getDuedate()).as("1. Januar nach dem ersten Jahr")
        .isEqualTo(datum(LocalDateTime.of(2026, 1, 1, 0, 0)));
    fall.zahle(mittelabrufe, LocalDate.of(2025, 8, 1), 8_000_00L, 4_000_00L);
    fall.amTag(LocalDateTime.of(2026, 1, 1, 9, 0));
    return fall;
  }

  @Test
  void dreiJahreZweiZwischennachweiseUndDerVerwendungsnachweisZaehltJedenBelegUndJedeZahlungEinmal() {
    var fall = fallMitZwischennachweis2025();
    ProcessInstance zn2025 = fall.instanz(2025);
    assertThat(zn2025).as("eigene Instanz, kein Teil der Durchführung").isNotNull();
    assertThat(zn2025.getTenantId()).isEqualTo("kommune-06414");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(fall.durchfuehrung.durchfuehrung.getId())
        .processDefinitionKey("zwischennachweis").count()).isZero();
    Task erstellen = fall.aufgabe(zn2025, "Task_ErstelleZwischennachweis");
    assertThat(erstellen.getName()).isEqualTo("Zwischennachweis 2025 erstellen");
    assertThat(erstellen.getDueDate()).isEqualTo(datum(LocalDateTime.of(2026, 4, 30, 23, 59)));
    assertThat(engine.getTaskService().getIdentityLinksForTask(erstellen.getId())).extracting(l -> l.getGroupId())
        .containsExactly("kommune-06414");
    assertThat(variable(zn2025, "zwischennachweisZeitraumAnzeige")).isEqualTo("01.07.2025 bis 31.12.2025");
    assertThat(variable(zn2025, "zwischennachweisGeplantAnzeige")).isEqualTo("15.000,00 €");
    assertThat(variable(zn2025, "zwischennachweisZahlen").toString()).contains("\"geplant\":\"10.000,00 €\",\"ausgezahlt\":\"8.000,00 €\"")
        .contains("\"geplant\":\"5.000,00 €\",\"ausgezahlt\":\"4.000,00 €\"");
    assertThat(fall.durchfuehrung.timer("TimerEvent_JahreswechselErreicht").getDuedate()).as("der nächste Jahreswechsel")
        .isEqualTo(datum(LocalDateTime.of(2027, 1, 1, 0, 0)));

    // 2025, first Fassung: the RP asks for the December invoice of M2
    fall.zahle(mittelabrufe, LocalDate.of(2026, 3, 2), 20_000_00L, 10_000_00L);
    fall.amTag(LocalDateTime.of(2026, 3, 3, 9, 0));
    String belege2025 = "15.08.2025;Träger 1;Honorare;4.000,00;M1\n10.10.2025;Träger 1;Miete;5.000,00;Fit für den Beruf (FIB)\n"
        + "01.09.2025;Träger 2;Lehrgang;3.000,00;M2\n";
    fall.reicheEin(2025, fall.einreichung("FIB mit 12 Teilnehmenden begonnen, AidA mit 8.", "9.000,00", "3000", belege2025));
    assertThat(zn2025).isWaitingAt("Task_PruefeZwischennachweis");
    assertThat(fall.aufgabe(zn2025, "Task_PruefeZwischennachweis").getName()).isEqualTo("Zwischennachweis 2025 prüfen");
    fall.pruefe(2025, "nachforderung", "Die Rechnung über den Lehrgang im Dezember fehlt in der Belegliste.");
    assertThat(zn2025).isWaitingAt("Task_ErstelleZwischennachweis");
    assertThat(zwischennachweise.eintrag(fall.nummer, 2025).orElseThrow().status()).isEqualTo(Zwischennachweise.NACHGEFORDERT);
    assertThat(zwischennachweise.nachforderungen(fall.nummer, 2025)).singleElement()
        .satisfies(n -> assertThat(n.text()).isEqualTo("Die Rechnung über den Lehrgang im Dezember fehlt in der Belegliste."))
        .satisfies(n -> assertThat(n.von()).isEqualTo(ZwischennachweisTreiber.RP));
    assertThat(variable(zn2025, "zwischennachweisNachforderungen").toString()).contains("Lehrgang im Dezember");
    fall.reicheEin(2025, fall.einreichung("FIB mit 12 Teilnehmenden begonnen, AidA mit 8.", "9.000,00", "3.500,00",
        belege2025 + "15.12.2025;Träger 2;Lehrgang Dezember;500,00;M2\n"));
    fall.pruefe(2025, "angenommen", null);
    assertThat(zn2025).isEnded().hasPassed("EndEvent_ZwischennachweisAngenommen");
    var eintrag2025 = zwischennachweise.eintrag(fall.nummer, 2025).orElseThrow();
    assertThat(eintrag2025.status()).isEqualTo(Zwischennachweise.ANGENOMMEN);
    assertThat(eintrag2025.fassung()).isEqualTo(2);
    assertThat(eintrag2025.geprueftVon()).isEqualTo(ZwischennachweisTreiber.RP);
    // planned = the 2025 grant, actual = the Belege, paid = the Mittelabruf of 01.08.2025 (not the one of 2026)
    assertThat(zwischennachweise.positionen(fall.nummer, 2025)).containsExactly(
        new Zwischennachweise.Position("M1", "Fit für den Beruf (FIB)", 10_000_00L, 9_000_00L, 8_000_00L),
        new Zwischennachweise.Position("M2", "AidA – Altenpflegehilfe", 5_000_00L, 3_500_00L, 4_000_00L));
    assertThat(zwischennachweise.belege(fall.nummer, 2025)).hasSize(4);
    assertThat(zwischennachweise.sachbericht(fall.nummer, 2025)).contains("FIB mit 12 Teilnehmenden begonnen, AidA mit 8.");

    // 2026: requested on 1 January 2027, accepted at once
    fall.amTag(LocalDateTime.of(2027, 1, 1, 9, 0));
    ProcessInstance zn2026 = fall.instanz(2026);
    assertThat(zn2026).isNotNull();
    assertThat(fall.aufgabe(zn2026, "Task_ErstelleZwischennachweis").getDueDate()).isEqualTo(datum(LocalDateTime.of(2027, 4, 30, 23, 59)));
    assertThat(fall.durchfuehrung.durchfuehrung).hasPassed("EndEvent_KeinWeitererZwischennachweis");
    fall.zahle(mittelabrufe, LocalDate.of(2027, 2, 1), 12_000_00L, 5_000_00L);
    fall.amTag(LocalDateTime.of(2027, 2, 10, 9, 0));
    fall.reicheEin(2026, fall.einreichung("Beide Maßnahmen im zweiten Jahr voll belegt.", "19.500,00", "10.250,50",
        "15.02.2026;Träger 1;Honorare;9.500,00;M1\n30.11.2026;Träger 1;Honorare;10.000,00;M1\n01.03.2026;Träger 2;Lehrgang;10.250,50;M2\n"));
    fall.pruefe(2026, "angenommen", null);
    assertThat(zwischennachweise.positionen(fall.nummer, 2026)).containsExactly(
        new Zwischennachweise.Position("M1", "Fit für den Beruf (FIB)", 20_000_00L, 19_500_00L, 20_000_00L),
        new Zwischennachweise.Position("M2", "AidA – Altenpflegehilfe", 10_000_00L, 10_250_50L, 10_000_00L));

    // the Durchführung ends; no Zwischennachweis holds it open
    fall.amTag(LocalDateTime.of(2027, 7, 5, 9, 0));
    fall.durchfuehrung.schliesseAb();
    assertThat(fall.durchfuehrung.durchfuehrung).isEnded().hasPassed("EndEvent_DurchfuehrungAbgeschlossen");

    // the final Verwendungsnachweis covers the whole period: 2025 and 2026 from the Zwischennachweise, 2027 from its Belegliste
    var schluss = new NachweisTreiber(engine, "06414");
    schluss.nummer = fall.nummer;
    schluss.treiber = new ProzessTreiber(engine, fall.nummer);
    schluss.starte();
    // 9.000,00 + 3.500,00 (2025) + 19.500,00 + 10.250,50 (2026) = 42.250,50
    assertThat(engine.getRuntimeService().getVariable(schluss.nachweis.getId(), "zwischennachweiseVorjahreAnzeige"))
        .isEqualTo("Haushaltsjahre 2025, 2026: Ausgaben 42.250,50 €");
    assertThat(schluss.variable("zwischennachweiseVorjahre")).hasSize(4);
    String belege2027 = "15.01.2027;Träger 1;Honorare;6.000,00;M1\n31.05.2027;Träger 1;Honorare;5.000,00;M1\n"
        + "01.04.2027;Träger 2;Lehrgang;5.000,00;M2\n";
    // a Beleg of 2026 again: refused, nothing stored
    assertThatThrownBy(() -> schluss.reicheEin(schluss.einreichung("39.500,00", "18.750,50",
        NachweisTreiber.csv("30.11.2026;Träger 1;Honorare;10.000,00;M1\n" + belege2027))))
        .rootCause().hasMessageContaining("Zeile 2: Die Zahlung vom 30.11.2026 gehört zum Haushaltsjahr 2026, das mit dem angenommenen "
            + "Zwischennachweis bereits belegt ist, und darf nicht doppelt gezählt werden. In die Belegliste des Verwendungsnachweises "
            + "gehören nur Zahlungen ab 01.01.2027.");
    // only the last year's figures as Ausgaben: the earlier years are missing in the whole period's total
    assertThatThrownBy(() -> schluss.reicheEin(schluss.einreichung("11.000,00", "5.000,00", NachweisTreiber.csv(belege2027))))
        .rootCause().hasMessageContaining("Maßnahme „Fit für den Beruf (FIB)“: Zwischennachweise (28.500,00 €) und Belegliste "
            + "(11.000,00 €) ergeben zusammen 39.500,00 €, im zahlenmäßigen Nachweis sind Ausgaben (Ist) von 11.000,00 € für den "
            + "ganzen Bewilligungszeitraum angegeben.");
    assertThat(verwendungsnachweise.neuesteFassung(fall.nummer)).isZero();

    // M1 9.000,00 + 19.500,00 + 11.000,00 = 39.500,00; M2 3.500,00 + 10.250,50 + 5.000,00 = 18.750,50
    schluss.reicheEin(schluss.einreichung("39.500,00", "18.750,50", NachweisTreiber.csv(belege2027)));
    assertThat(verwendungsnachweise.belege(fall.nummer)).as("nur die Belege nach den Zwischennachweisen").hasSize(3);
    schluss.pruefeSachlich(NachweisTreiber.RP_SACHLICH, "richtig", null, null);
    schluss.pruefeRechnerisch(NachweisTreiber.RP_RECHNERISCH, Map.of());
    assertThat(verwendungsnachweise.positionenDerFassung(fall.nummer)).extracting(Verwendungsnachweise.Position::ausgabenCent)
        .containsExactly(39_500_00L, 18_750_50L);
    // paid once each: 12.000,00 (2025) + 30.000,00 (2026) + 17.000,00 (2027) = 59.000,00; recognised 58.250,50; back 749,50
    assertThat(verwendungsnachweise.ergebnis(fall.nummer)).containsEntry("ausgezahlt_cent", 59_000_00L)
        .containsEntry("anerkannt_cent", 58_250_50L).containsEntry("rueckforderung_cent", 749_50L);

    // the case file holds both Zwischennachweise (the Nachforderung round as its own Fassung) with their Belege
    var dateien = de.hessen.aqb.akte.AkteTest.entpacke(akten.erzeuge(faelle.kopf(fall.nummer)));
    assertThat(dateien.keySet()).contains("06a-Zwischennachweise/Zwischennachweis-2025-Fassung-1.txt",
        "06a-Zwischennachweise/Zwischennachweis-2025-Fassung-2.txt", "06a-Zwischennachweise/Zwischennachweis-2026-Fassung-1.txt");
    assertThat(new String(dateien.get("06a-Zwischennachweise/Zwischennachweis-2026-Fassung-1.txt"), java.nio.charset.StandardCharsets.UTF_8))
        .contains("Zwischennachweis 2026, Fassung 1").contains("19.500,00 €").contains("10.250,50 €");
  }

  @Test
  void erinnerungVorAmUndNachDerFristDanachDasRegierungspraesidium() throws Exception {
    var fall = fallMitZwischennachweis2025();
    ProcessInstance zn = fall.instanz(2025);
    assertThat(fall.durchfuehrung.treiber.timer("BoundaryEvent_ZwischennachweisfristNaht").getDuedate())
        .isEqualTo(datum(LocalDateTime.of(2026, 4, 16, 8, 0)));
    assertThat(fall.durchfuehrung.treiber.timer("BoundaryEvent_ZwischennachweisfristErreicht").getDuedate())
        .isEqualTo(datum(LocalDateTime.of(2026, 4, 30, 8, 0)));
    assertThat(fall.durchfuehrung.treiber.timer("BoundaryEvent_ZwischennachweisUeberfaellig").getDuedate())
        .isEqualTo(datum(LocalDateTime.of(2026, 5, 7, 8, 0)));
    String jahr = " (AQB " + fall.nummer.substring(4, 8) + ")";

    fall.amTag(LocalDateTime.of(2026, 4, 15, 9, 0));
    assertThat(mails("Zwischennachweis 2025" + jahr)).isEmpty();
    fall.amTag(LocalDateTime.of(2026, 4, 16, 8, 30));
    assertThat(mails("Zwischennachweis 2025" + jahr)).singleElement().satisfies(m -> {
      assertThat(m.getSubject()).isEqualTo("Erinnerung: Zwischennachweis 2025" + jahr + " ist bis zum 30.04.2026 vorzulegen");
      assertThat(empfaenger(m)).contains(fall.gk() + "@example.org").doesNotContain(ZwischennachweisTreiber.RP + "@example.org");
    });
    fall.amTag(LocalDateTime.of(2026, 4, 30, 8, 30));
    assertThat(mails("Heute fällig: Zwischennachweis 2025" + jahr)).singleElement()
        .satisfies(m -> assertThat(empfaenger(m)).contains(fall.gk() + "@example.org")
            .doesNotContain(ZwischennachweisTreiber.RP + "@example.org"));
    fall.amTag(LocalDateTime.of(2026, 5, 7, 8, 30));
    assertThat(mails("Zwischennachweis 2025" + jahr + " – ")).singleElement().satisfies(m -> {
      assertThat(m.getSubject()).endsWith("Frist 30.04.2026 überschritten");
      assertThat(empfaenger(m)).contains(fall.gk() + "@example.org", ZwischennachweisTreiber.RP + "@example.org");
      assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(m)).contains("Regierungspr=C3=A4sidium Kassel ist informiert");
    });
    assertThat(mails("Zwischennachweis 2025" + jahr)).as("genau drei Mails: vor, am und nach der Frist").hasSize(3);
    assertThat(zn).isWaitingAt("Task_ErstelleZwischennachweis");

    // submitted late, the RP asks for more: the body gets 28 days from the Nachforderung, and the reminders follow it
    fall.amTag(LocalDateTime.of(2026, 5, 8, 9, 0));
    fall.reicheEin(2025, fall.einreichung("Kurz: begonnen.", "100", "0", "15.08.2025;Träger 1;Honorare;100,00;M1\n"));
    fall.pruefe(2025, "nachforderung", "Bitte alle Zahlungen des Jahres aufführen.");
    assertThat(fall.aufgabe(zn, "Task_ErstelleZwischennachweis").getDueDate()).isEqualTo(datum(LocalDateTime.of(2026, 6, 5, 23, 59)));
    assertThat(fall.durchfuehrung.treiber.timer("BoundaryEvent_ZwischennachweisUeberfaellig").getDuedate())
        .isEqualTo(datum(LocalDateTime.of(2026, 6, 12, 8, 0)));

    // the body closes the Durchführung: the open Zwischennachweis does not hold it, and goes on by itself
    fall.durchfuehrung.schliesseAb();
    assertThat(fall.durchfuehrung.durchfuehrung).isEnded().hasPassed("EndEvent_ZwischennachweiseBeendet");
    assertThat(zn).isWaitingAt("Task_ErstelleZwischennachweis");
    assertThat(zwischennachweise.jahre(fall.nummer)).as("kein Zwischennachweis 2026 nach dem Ende der Durchführung").containsExactly(2025);
  }

  @Test
  void falscheEingabenWerdenAufDeutschAbgelehntUndNichtsWirdGespeichert() {
    var fall = fallMitZwischennachweis2025();
    ProcessInstance zn = fall.instanz(2025);
    assertThatThrownBy(() -> fall.reicheEin(2025, fall.einreichung("  ", "4.000,00", "-5,00",
        "15.08.2025;Träger 1;Honorare;4.000,00;M1\n02.01.2026;Träger 2;Lehrgang;100,00;M2\n")))
        .rootCause().hasMessage("Sachbericht: Bitte kurz beschreiben, was im Haushaltsjahr durchgeführt wurde (Maßnahmen, Teilnehmende, "
            + "Stand). Maßnahme „AidA – Altenpflegehilfe“: Ausgaben (Ist) darf nicht negativ sein: -5,00. Zeile 3: Die Zahlung vom "
            + "02.01.2026 gehört nicht in den Zwischennachweis 2025 (nur Zahlungen vom 01.07.2025 bis 31.12.2025).");
    assertThatThrownBy(() -> fall.reicheEin(2025, fall.einreichung("Begonnen.", "4.000,00", "0",
        "15.08.2025;Träger 1;Honorare;-4.000,00;M1\n")))
        .rootCause().hasMessageContaining("Zeile 2: Der Betrag „-4.000,00“ muss größer als null sein.");
    assertThatThrownBy(() -> fall.reicheEin(2025, fall.einreichung("Begonnen.", "4.000,00", "0",
        "15.08.2025;Träger 1;Honorare;3.000,00;M1\n")))
        .rootCause().hasMessageContaining("Maßnahme „Fit für den Beruf (FIB)“: Die Belegliste ergibt 3.000,00 €");
    assertThat(zn).isWaitingAt("Task_ErstelleZwischennachweis");
    assertThat(zwischennachweise.eintrag(fall.nummer, 2025).orElseThrow().status()).isEqualTo(Zwischennachweise.ANGEFORDERT);
    assertThat(zwischennachweise.eintrag(fall.nummer, 2025).orElseThrow().fassung()).isZero();
    for (String tabelle : List.of("aqb_zn_fassung", "aqb_zn_position", "aqb_zn_beleg", "aqb_zn_nachforderung")) {
      assertThat(jdbc.sql("select count(*) from " + tabelle + " where foerderfall_nummer = ?").param(fall.nummer).query(Long.class)
          .single()).as(tabelle).isZero();
    }

    // through REST, as Tasklist sends it: a value outside the contract (the year) is 4xx, in German
    Task task = fall.aufgabe(zn, "Task_ErstelleZwischennachweis");
    var antwort = Rest.basic(rest, fall.gk()).schliesseAb(task.getId(), Map.of(ZwischennachweisVariablen.HAUSHALTSJAHR.name(), 2030,
        ZwischennachweisVariablen.SACHBERICHT.name(), "x"));
    assertThat(antwort.status()).as(antwort.text()).isEqualTo(400);
    assertThat(antwort.meldung()).contains("zwischennachweisJahr");
    // the plan is the ledger's: a list entry with another key than {id, ausgaben} is refused
    var geplant = Rest.basic(rest, fall.gk()).schliesseAb(task.getId(), Map.of(ZwischennachweisVariablen.ZAHLEN.name(),
        List.of(Map.of("id", "M1", "ausgaben", "1", "geplant", "99.000,00"))));
    assertThat(geplant.status()).as(geplant.text()).isEqualTo(400);
    assertThat(geplant.meldung()).contains("geplant");
    // the RP must give a reason for a Nachforderung, and cannot route the gateway itself
    fall.reicheEin(2025, fall.einreichung("Begonnen.", "4.000,00", "0", "15.08.2025;Träger 1;Honorare;4.000,00;M1\n"));
    Task pruefen = fall.aufgabe(zn, "Task_PruefeZwischennachweis");
    var gelenkt = Rest.basic(rest, ZwischennachweisTreiber.RP).schliesseAb(pruefen.getId(), Map.of(
        ZwischennachweisVariablen.ENTSCHEIDUNG.name(), "nachforderung", ZwischennachweisVariablen.NACHFORDERUNG_TEXT.name(), "x",
        ZwischennachweisVariablen.ANGENOMMEN.name(), true));
    assertThat(gelenkt.status()).as(gelenkt.text()).isEqualTo(400);
    assertThat(gelenkt.meldung()).contains("zwischennachweisAngenommen");
    assertThatThrownBy(() -> fall.pruefe(2025, "nachforderung", " "))
        .rootCause().hasMessage("Bitte begründen, was die Gebietskörperschaft nachreichen oder korrigieren soll.");
    assertThat(zwischennachweise.eintrag(fall.nummer, 2025).orElseThrow().status()).isEqualTo(Zwischennachweise.EINGEREICHT);
  }

  @Test
  void eineAndereGebietskoerperschaftSiehtDenZwischennachweisNichtUndKannIhnNichtErledigen() {
    var fall = fallMitZwischennachweis2025();
    String fremd = "zn.06437.fremd";
    Anmeldung.benutzer(engine.getIdentityService(), fremd, "kommune-06437");
    var sitzung = new Sitzung(engine.getIdentityService());
    Task task = fall.aufgabe(fall.instanz(2025), "Task_ErstelleZwischennachweis");
    sitzung.als(fremd, () -> {
      assertThat(engine.getTaskService().createTaskQuery().processDefinitionKey("zwischennachweis").list()).extracting(Task::getId)
          .doesNotContain(task.getId());
      assertThatThrownBy(() -> engine.getTaskService().getVariables(task.getId())).isExactlyInstanceOf(ProcessEngineException.class)
          .hasMessageContaining("because it belongs to no authenticated tenant.");
      assertThatThrownBy(() -> engine.getTaskService().claim(task.getId(), fremd)).isExactlyInstanceOf(ProcessEngineException.class)
          .hasMessageContaining("because it belongs to no authenticated tenant.");
      assertThatThrownBy(() -> engine.getTaskService().complete(task.getId(),
          fall.einreichung("Fremd.", "0", "0", "15.08.2025;X;Y;1,00;M1\n"))).isExactlyInstanceOf(ProcessEngineException.class);
      return null;
    });
    assertThat(Rest.basic(rest, fremd).get("/task/" + task.getId()).status()).isEqualTo(404);
    sitzung.als(fall.gk(), () -> assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isOne());
    assertThat(zwischennachweise.eintrag(fall.nummer, 2025).orElseThrow().status()).isEqualTo(Zwischennachweise.ANGEFORDERT);
  }

  @Test
  void ohneZwischennachweisFristImBescheidFordertDieDurchfuehrungKeinenAn() {
    var fall = new ZwischennachweisTreiber(engine, uhr, register, "06414");
    fall.durchfuehrung.starte(budget, LocalDate.of(2026, 12, 31), 50_000); // Bescheid without Zwischennachweis text
    assertThat(fall.durchfuehrung.durchfuehrung).hasPassed("EndEvent_KeinWeitererZwischennachweis");
    assertThat(fall.durchfuehrung.timer("TimerEvent_JahreswechselErreicht")).isNull();
  }

  Object variable(ProcessInstance instanz, String name) {
    return engine.getRuntimeService().getVariable(instanz.getId(), name);
  }

  static Date datum(LocalDateTime zeit) {
    return Date.from(zeit.atZone(HESSEN).toInstant());
  }

  /** The mails sent with this in the subject, one per mail (GreenMail keeps a copy per recipient). */
  List<MimeMessage> mails(String betreffTeil) {
    Map<String, MimeMessage> jeMail = new java.util.LinkedHashMap<>();
    Arrays.stream(greenMail.getReceivedMessages()).filter(m -> betreff(m).contains(betreffTeil))
        .forEach(m -> jeMail.putIfAbsent(kennung(m), m));
    return List.copyOf(jeMail.values());
  }

  static String kennung(MimeMessage m) {
    try {
      return m.getMessageID();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String betreff(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static List<String> empfaenger(MimeMessage m) {
    try {
      return Arrays.stream(m.getAllRecipients()).map(Object::toString).toList();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}

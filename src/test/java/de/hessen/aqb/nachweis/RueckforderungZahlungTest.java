package de.hessen.aqb.nachweis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.hessen.aqb.fall.Fallregister;
import de.hessen.aqb.foerderbudget.Foerderbudget;
import de.hessen.aqb.foerderbudget.Mittelabrufe;
import de.hessen.aqb.gemeinsam.Geld;
import de.hessen.aqb.testsupport.AqbSpringBootTest;
import de.hessen.aqb.testsupport.Rest;
import de.hessen.aqb.testsupport.StellbareUhr;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * After the Schlussbescheid (issue #11, 5 and 6): interest on money used late (§ 49a Abs. 4) is claimed even without a
 * Rückforderung; the RP records payments until nothing is open; reminder and dunning letters; the case closes when paid
 * and nobody can submit anything afterwards.
 */
@AqbSpringBootTest
class RueckforderungZahlungTest {

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired ProcessEngine engine;
  @Autowired Fallregister register;
  @Autowired Foerderbudget budget;
  @Autowired Mittelabrufe mittelabrufe;
  @Autowired StellbareUhr uhr;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void setUp() {
    init(engine);
  }

  @AfterEach
  void uhrZurueck() {
    uhr.zurueck();
  }

  @Test
  void zinsenNachAbsatz4AuchOhneRueckforderung() throws Exception {
    // 50.000,00 € paid on 01.03.2025; M1 30.000,00 € spent on 15.04.2025 (within two months), M2 20.000,00 € only on
    // 10.08.2025: interest on 20.000,00 € from 02.03. to 10.08.2025
    //   02.03.–30.06.: 121 days at 7,27 %: 2 000 000 × 7,27 × 121 / 36 500 = 48 201,09… → 48 201 ct
    //   01.07.–10.08.:  41 days at 6,27 %: 2 000 000 × 6,27 ×  41 / 36 500 = 14 086,02… → 14 086 ct  → 622,87 €
    uhr.stelle(LocalDate.of(2025, 3, 1).atTime(10, 0).atZone(ZoneId.of("Europe/Berlin")).toInstant());
    var fall = new NachweisTreiber(engine, "06414").mitBescheidUndAuszahlung(register, budget, mittelabrufe, 50_000_00L);
    uhr.zurueck();
    fall.starte();
    fall.reicheEin(fall.einreichung("30.000,00", "20.000,00", NachweisTreiber.csv(
        "15.04.2025;Träger 1;Honorare;30.000,00;M1\n" + "10.08.2025;Träger 2;Lehrgang;20.000,00;M2\n")));
    fall.pruefeSachlich(NachweisTreiber.RP_SACHLICH, "richtig", null, null);
    fall.pruefeRechnerisch(NachweisTreiber.RP_RECHNERISCH, Map.of());

    assertThat(fall.historisch("rueckforderungCent")).isEqualTo(0L);
    assertThat(fall.historisch("zinsenAbs4Cent")).isEqualTo(62_287L);
    assertThat(fall.historisch("forderungCent")).isEqualTo(62_287L);
    assertThat(fall.nachweis).hasPassed("Task_ErzeugeSchlussbescheid", "Task_VersendeSchlussbescheid")
        .isWaitingAt("Task_ErfasseZahlungseingang");
    String text = schlussbescheidText(fall);
    assertThat(text).contains("§ 49a Abs. 4 HVwVfG Zinsen in Höhe von 622,87 €")
        .contains("Schlussbescheid – Zinsbescheid").doesNotContain("Zinsen (§ 49a Abs. 3 HVwVfG)")
        .contains("01.03.2025 20.000,00 € 10.08.2025 02.03.2025 –").contains("162 622,87 €")
        .contains("Der Gesamtbetrag von 622,87 €")
        .doesNotContain("Der zu erstattende Betrag wird");

    fall.erledige("Task_ErfasseZahlungseingang", NachweisTreiber.RP_SACHLICH, Map.of("zahlungEingangAm",
        LocalDate.now().toString(), "zahlungBetrag", "622,87"));
    fall.fuehreJobsAus();
    assertThat(fall.nachweis).isEnded();
    assertThat(register.status(fall.nummer)).contains(Fallregister.ABGESCHLOSSEN);
  }

  @Test
  void erinnerungDreiMahnungenDannBezahltUndAbgeschlossen() throws Exception {
    var fall = new NachweisTreiber(engine, "06412").mitBescheidUndAuszahlung(register, budget, mittelabrufe, 50_000_00L);
    fall.starte();
    fall.reicheEin(fall.einreichung("30.000,00", "10.000,00", NachweisTreiber.csv(
        "01.02.2025;Träger 1;Honorare;30.000,00;M1\n" + "02.02.2025;Träger 2;Lehrgang;10.000,00;M2\n")));
    fall.pruefeSachlich(NachweisTreiber.RP_SACHLICH, "richtig", null, null);
    fall.pruefeRechnerisch(NachweisTreiber.RP_RECHNERISCH, Map.of());
    assertThat(fall.nachweis).isWaitingAt("Task_ErfasseZahlungseingang");
    var aufgabe = fall.aufgabe("Task_ErfasseZahlungseingang");
    LocalDate faellig = LocalDate.now().plusMonths(1);
    assertThat(aufgabe.getDueDate().toInstant().atZone(ZoneId.systemDefault()).toLocalDate()).isEqualTo(faellig);
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(fall.nachweis.getId())
        .activityId("BoundaryEvent_ZahlungUeberfaellig").singleResult().getDuedate().toInstant().atZone(ZoneId.of("Europe/Berlin"))
        .toLocalDate()).isEqualTo(faellig.plusDays(1));

    fall.loeseTimerAus("BoundaryEvent_ZahlungsfristNaht");
    MimeMessage erinnerung = mail("Erinnerung: Rückforderung", fall.aktenzeichen);
    assertThat(GreenMailUtil.getBody(erinnerung)).contains(faellig.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
    for (int stufe = 1; stufe <= 3; stufe++) {
      // the dunning timer fires when it is due (the clock moves there), every 30 days after the due day
      var mahnTimer = engine.getManagementService().createJobQuery().processInstanceId(fall.nachweis.getId())
          .activityId("BoundaryEvent_ZahlungUeberfaellig").singleResult();
      assertThat(mahnTimer.getDuedate().toInstant().atZone(ZoneId.of("Europe/Berlin")).toLocalDate())
          .isEqualTo(faellig.plusDays(1 + 30L * (stufe - 1)));
      uhr.stelle(mahnTimer.getDuedate().toInstant().plusSeconds(60));
      fall.loeseTimerAus("BoundaryEvent_ZahlungUeberfaellig");
      MimeMessage mahnung = mail(stufe + ". Mahnung: Rückforderung", fall.aktenzeichen);
      assertThat(mahnung.getAllRecipients()).extracting(Object::toString).contains(fall.gkSachbearbeitung + "@example.org",
          NachweisTreiber.RP_SACHLICH + "@example.org");
    }
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(fall.nachweis.getId())
        .activityId("BoundaryEvent_ZahlungUeberfaellig").count()).as("höchstens drei Mahnungen").isZero();
    assertThat(jdbc.sql("select count(*) from aqb_rueckforderung_mahnung where foerderfall_nummer = ?").param(fall.nummer)
        .query(Integer.class).single()).isEqualTo(4);
    uhr.zurueck();

    long offen = (Long) fall.historisch("forderungCent");
    fall.erledige("Task_ErfasseZahlungseingang", NachweisTreiber.RP_SACHLICH, Map.of("zahlungEingangAm",
        LocalDate.now().toString(), "zahlungBetrag", Geld.alsWaehrung(offen).replace(" €", "")));
    fall.fuehreJobsAus();
    assertThat(fall.nachweis).isEnded().hasPassed("EndEvent_ForderungBezahlt", "EndEvent_FoerderfallAbgeschlossen");
    assertThat(register.status(fall.nummer)).contains(Fallregister.ABGESCHLOSSEN);

    // after closing nothing can be submitted any more: a German 404, nothing stored
    var rp = Rest.basic(rest, NachweisTreiber.RP_SACHLICH);
    var antwort = rp.schliesseAb(aufgabe.getId(), Map.of("zahlungEingangAm", LocalDate.now().toString(), "zahlungBetrag", "1,00"));
    assertThat(antwort.status()).as(antwort.text()).isEqualTo(404);
    assertThat(antwort.meldung()).contains("nicht mehr offen").doesNotContain("ENGINE-");
    assertThat(jdbc.sql("select count(*) from aqb_rueckzahlung where foerderfall_nummer = ?").param(fall.nummer)
        .query(Integer.class).single()).isEqualTo(1);
  }

  private static MimeMessage mail(String betreff, String aktenzeichen) {
    return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
      try {
        return m.getSubject().contains(betreff) && m.getSubject().contains(aktenzeichen);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }).reduce((a, b) -> b).orElseThrow(() -> new AssertionError("Keine Mail „" + betreff + "“ zu " + aktenzeichen));
  }

  private String schlussbescheidText(NachweisTreiber fall) throws Exception {
    FileValue pdf = (FileValue) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(fall.nachweis.getId()).variableName("schlussbescheidPdf").singleResult().getTypedValue();
    try (InputStream in = pdf.getValue(); var dokument = Loader.loadPDF(in.readAllBytes())) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      return stripper.getText(dokument).replaceAll("\\s+", " ");
    }
  }
}

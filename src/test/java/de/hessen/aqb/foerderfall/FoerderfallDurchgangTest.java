package de.hessen.aqb.foerderfall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.hessen.aqb.antrag.AntragTreiber;
import de.hessen.aqb.durchfuehrung.DurchfuehrungTreiber;
import de.hessen.aqb.foerderbudget.Foerderbudget;
import de.hessen.aqb.foerderbudget.Mittelabrufe;
import de.hessen.aqb.testsupport.AqbSpringBootTest;
import de.hessen.aqb.zielvereinbarung.ZielvereinbarungTreiber;
import de.hessen.aqb.zielvereinbarung.domain.SeedZielvereinbarungen;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The seed body Wiesbaden through the whole first half of its AQB year, in one Förderfall: Zielvereinbarung 2025
 * (signed, published) → Antrag → Prüfung → Bescheid (Vier-Augen) → Mittelabruf and payment — on H2 and, with -Ppostgres, on PostgreSQL.
 */
@AqbSpringBootTest
class FoerderfallDurchgangTest {

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired ProcessEngine engine;
  @Autowired Foerderbudget foerderbudget;
  @Autowired Mittelabrufe mittelabrufe;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void gibJahreFrei() {
    jdbc.sql("update aqb_foerderfall set aktiv_schluessel = null").update();
  }

  @Test
  void wiesbadenVonDerZielvereinbarungBisZumBescheid() throws Exception {
    init(engine);
    var zv = new ZielvereinbarungTreiber(engine, "06414");
    zv.starte(2025);
    String nummer = zv.foerderfall.getBusinessKey();
    assertThat(nummer).startsWith("AQB-2025-06414");
    zv.erstelleEntwurf(ZielvereinbarungTreiber.entwurf(SeedZielvereinbarungen.wiesbaden2025()));
    zv.fuehreJobsAus();
    zv.pruefe(true, null);
    zv.fuehreJobsAus();
    zv.unterzeichne("ministerium", "Wiesbaden", LocalDate.now());
    zv.fuehreJobsAus();
    zv.unterzeichne("gebietskoerperschaft", "Wiesbaden", LocalDate.now());
    zv.fuehreJobsAus();
    zv.bestaetigeEingang(LocalDate.now());
    zv.fuehreJobsAus();
    assertThat(zv.foerderfall).isWaitingAt("CallActivity_AntragBescheid");

    var antrag = new AntragTreiber(engine, "06414").fuer(zv.foerderfall);
    assertThat(antrag.antrag.getBusinessKey()).isEqualTo(nummer);
    assertThat(antrag.variable("massnahmen")).hasSize(9);
    var massnahmen = antrag.vollstaendig(300000, 300000, 300000, 300000, 300000, 300000, 300000, 300000, 412460);
    // training runs over several years: the Bewilligungszeitraum reaches into the future, so money can still be requested
    massnahmen.forEach(m -> ((com.fasterxml.jackson.databind.node.ObjectNode) m).put("ende", "2027-07-31"));
    antrag.erfasse(massnahmen);
    antrag.reicheEin(massnahmen);
    antrag.pruefe("entscheiden", null, null);
    antrag.entwerfeBescheid(Map.of("entscheidungsart", "voll"));
    antrag.gibFrei(AntragTreiber.RP_FREIGABE, "freigeben", null);

    assertThat(zv.foerderfall).isWaitingAt("CallActivity_Durchfuehrung");
    String aktenzeichen = "57 AQB " + nummer.substring(4);
    assertThat(foerderbudget.summeBewilligtCent(nummer)).isEqualTo(281_246_000L);

    // Durchführung: the case's variables arrive, the body requests money, the RP pays, the body closes the stage
    var durchfuehrung = new DurchfuehrungTreiber(engine, "06414", nummer).fuer(zv.foerderfall);
    assertThat(durchfuehrung.variable("bescheidAktenzeichen")).isEqualTo(aktenzeichen);
    assertThat(durchfuehrung.variable("bewilligtAnzeige")).isEqualTo("2.812.460,00 €");
    assertThat(durchfuehrung.variable("zielvereinbarungUnterzeichnetPdf")).as("die PDFs bleiben im Förderfall").isNull();
    durchfuehrung.entscheide(durchfuehrung.rufeAb(Map.of(foerderbudget.bewilligtJeMassnahme(nummer).get(0).massnahmeId(), "250.000"), 30,
        "Honorare und Mieten der Maßnahmen, Dezember"), "auszahlen", null, null);
    assertThat(mittelabrufe.summeAusgezahltCent(nummer)).isEqualTo(25_000_000L);
    durchfuehrung.schliesseAb();
    assertThat(zv.foerderfall).isWaitingAt("CallActivity_Nachweis");
    var nachweis = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(zv.foerderfall.getId())
        .processDefinitionKey("nachweis").singleResult();
    assertThat(nachweis).as("Nachweis des Förderfalls").isNotNull();
    assertThat(nachweis.getBusinessKey()).isEqualTo(nummer);
    assertThat(engine.getRuntimeService().getVariable(nachweis.getId(), "bescheidAktenzeichen")).isEqualTo(aktenzeichen);
    assertThat(engine.getRuntimeService().getVariable(nachweis.getId(), "bewilligungBis")).isEqualTo("2027-07-31");
    for (int runde = 0; runde < 5; runde++) {
      engine.getManagementService().createJobQuery().processInstanceId(nachweis.getId()).executable().list()
          .forEach(j -> engine.getManagementService().executeJob(j.getId()));
    }
    assertThat(nachweis).isWaitingAt("Task_ErstelleVerwendungsnachweis");
    assertThat(engine.getRuntimeService().getVariable(nachweis.getId(), "nachweisAusgezahltAnzeige")).isEqualTo("250.000,00 €");
    assertThat(engine.getRuntimeService().getVariable(nachweis.getId(), "zahlenmaessigerNachweis").toString()).contains("M9");

    String text;
    try (var pdf = Loader.loadPDF(foerderbudget.bescheidPdf(aktenzeichen).orElseThrow())) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      text = stripper.getText(pdf);
    }
    assertThat(text).contains(aktenzeichen).contains("Landeshauptstadt Wiesbaden").contains("Zuwendungsbescheid")
        .contains("2.812.460,00 €").contains("300.000,00 €").contains("412.460,00 €").contains("Fit für den Beruf (FIB)")
        .contains("ANBest-GK");

    MimeMessage bescheidMail = Arrays.stream(greenMail.getReceivedMessages())
        .filter(m -> betreff(m).contains(aktenzeichen)).findFirst().orElseThrow();
    assertThat(bescheidMail.getAllRecipients()).extracting(Object::toString)
        .contains("zv.06414.sachbearbeitung@example.org", "ab.06414.sachbearbeitung@example.org");
    MimeMultipart teile = (MimeMultipart) bescheidMail.getContent();
    boolean pdfAnhang = false;
    for (int i = 0; i < teile.getCount(); i++) {
      pdfAnhang |= teile.getBodyPart(i).getFileName() != null && teile.getBodyPart(i).getFileName().endsWith(".pdf");
    }
    assertThat(pdfAnhang).as("Bescheid als PDF angehängt").isTrue();
  }

  static String betreff(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}

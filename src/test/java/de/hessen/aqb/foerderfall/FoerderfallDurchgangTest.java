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
import de.hessen.aqb.fall.Fallregister;
import de.hessen.aqb.nachweis.NachweisTreiber;
import de.hessen.aqb.testsupport.ProzessTreiber;
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
 * The seed body Wiesbaden through its whole AQB year, in one Förderfall: Zielvereinbarung 2025 (signed, published) →
 * Antrag → Prüfung → Bescheid (Vier-Augen) → Mittelabruf and payment → Verwendungsnachweis with an objected Beleg →
 * Schlussbescheid → payment of the Rückforderung in two parts → closed, and the case file's contents — on H2 and, with
 * -Ppostgres, on PostgreSQL.
 */
@AqbSpringBootTest
class FoerderfallDurchgangTest {

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired ProcessEngine engine;
  @Autowired Foerderbudget foerderbudget;
  @Autowired Mittelabrufe mittelabrufe;
  @Autowired JdbcClient jdbc;
  @Autowired Fallregister register;
  @Autowired de.hessen.aqb.fall.Faelle faelle;
  @Autowired de.hessen.aqb.akte.Akten akten;

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
    zv.bisZurVeroeffentlichung(SeedZielvereinbarungen.wiesbaden2025(), "Wiesbaden");
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

    // Nachweis: the body spent 245.000,00 € on its first measure (three Belege), the RP objects to 5.000,00 € of catering:
    // recognised 240.000,00 €, paid 250.000,00 € → Rückforderung 10.000,00 €; no interest: the Bewilligungszeitraum
    // (until 31.07.2027) has not ended and the Belege predate the payment (pre-financed, § 49a Abs. 4 does not apply)
    var nw = new NachweisTreiber(engine, "06414");
    nw.nummer = nummer;
    nw.aktenzeichen = aktenzeichen;
    nw.nachweis = nachweis;
    nw.treiber = new ProzessTreiber(engine, nummer);
    String m1 = foerderbudget.bewilligtJeMassnahme(nummer).get(0).massnahmeId();
    byte[] belege = NachweisTreiber.csv("01.09.2025;Träger 1;Honorare Lehrkräfte;200.000,00;" + m1 + "\n"
        + "30.09.2025;Träger 1;Raummiete;40.000,00;" + m1 + "\n" + "15.10.2025;Gaststätte;Bewirtung Abschlussfeier;5.000,00;" + m1 + "\n");
    Map<String, Object> werte = nw.einreichung("", "", belege);
    Map<String, String[]> angaben = new java.util.HashMap<>();
    foerderbudget.bewilligtJeMassnahme(nummer).forEach(b -> angaben.put(b.massnahmeId(),
        new String[] {b.massnahmeId().equals(m1) ? "245.000,00" : "0,00", ""}));
    werte.put("zahlenmaessigerNachweis", nw.angaben(angaben));
    nw.reicheEin(werte);
    nw.pruefeSachlich(NachweisTreiber.RP_SACHLICH, "richtig", null, null);
    nw.pruefeRechnerisch(NachweisTreiber.RP_RECHNERISCH, Map.of(4, new String[] {"NICHT_FOERDERFAEHIG", "Bewirtung ist nicht zuwendungsfähig."}));
    assertThat(nachweis).isWaitingAt("Task_ErfasseZahlungseingang");
    assertThat(nw.historisch("anerkanntCent")).isEqualTo(240_000_00L);
    assertThat(nw.historisch("rueckforderungCent")).isEqualTo(10_000_00L);
    assertThat(nw.historisch("zinsenCent")).isEqualTo(0L);
    assertThat(nw.historisch("zinsenAbs4Cent")).isEqualTo(0L);
    String heute = LocalDate.now().toString();
    nw.erledige("Task_ErfasseZahlungseingang", NachweisTreiber.RP_SACHLICH, Map.of("zahlungEingangAm", heute, "zahlungBetrag", "4.000,00"));
    nw.erledige("Task_ErfasseZahlungseingang", NachweisTreiber.RP_RECHNERISCH, Map.of("zahlungEingangAm", heute, "zahlungBetrag", "6.000,00"));
    nw.fuehreJobsAus();
    assertThat(zv.foerderfall).isEnded().hasPassed("EndEvent_FoerderfallAbgeschlossen");
    assertThat(register.status(nummer)).contains(Fallregister.ABGESCHLOSSEN);
    MimeMessage schlussbescheidMail = Arrays.stream(greenMail.getReceivedMessages())
        .filter(m -> betreff(m).startsWith("Schlussbescheid AQB 2025") && betreff(m).contains(aktenzeichen)).findFirst().orElseThrow();
    assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(schlussbescheidMail)).contains("10.000,00");

    // the case file: every document of the year, the decisions, the mails
    var dateien = de.hessen.aqb.akte.AkteTest.entpacke(akten.erzeuge(faelle.kopf(nummer)));
    assertThat(dateien.keySet()).startsWith("00-Deckblatt.pdf")
        .contains("04-Mittelabrufe/Mittelabrufe-und-Entscheidungen.csv", "07-Verwendungsnachweis/Verwendungsnachweis-Fassung-1.txt",
            "07-Verwendungsnachweis/Belegliste-belegliste.csv", "08-Schlussbescheid/Schlussbescheid.pdf")
        .anyMatch(n -> n.startsWith("01-Zielvereinbarung/")).anyMatch(n -> n.startsWith("03-Bescheide/"));
    assertThat(dateien.get("07-Verwendungsnachweis/Belegliste-belegliste.csv")).isEqualTo(belege);
    assertThat(dateien.keySet().stream().filter(n -> n.startsWith("09-Mails/")).toList())
        .anyMatch(n -> n.contains("Schlussbescheid")).anyMatch(n -> n.contains("Zuwendungsbescheid") || n.contains("Bescheid"));
    String deckblatt = de.hessen.aqb.dokument.PdfText.text(dateien.get("00-Deckblatt.pdf"));
    assertThat(deckblatt).contains("Förderakte " + nummer).contains("Status abgeschlossen").contains("beanstandet – nicht förderfähig")
        .contains("Zahlungseingang 1 vom").contains("Zahlungseingang 2 vom").contains("offen 0,00 €");
    assertThat(akten.erzeuge(faelle.kopf(nummer))).as("eingefroren und gleich").isEqualTo(akten.erzeuge(faelle.kopf(nummer)));

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

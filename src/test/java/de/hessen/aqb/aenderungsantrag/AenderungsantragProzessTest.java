package de.hessen.aqb.aenderungsantrag;

import static de.hessen.aqb.aenderungsantrag.AenderungsantragTreiber.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.hessen.aqb.dokument.PdfText;
import de.hessen.aqb.durchfuehrung.DurchfuehrungTreiber;
import de.hessen.aqb.fall.Fallregister;
import de.hessen.aqb.foerderbudget.Foerderbudget;
import de.hessen.aqb.foerderbudget.Mittelabrufe;
import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import de.hessen.aqb.testsupport.AqbSpringBootTest;
import de.hessen.aqb.zielvereinbarung.portal.Veroeffentlichungen;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The Änderungsantrag on the real engine: Änderungsanzeige within the tolerance, Änderungsbescheid with two clerks
 * (sent back once, partial grant), refusal, extension, withdrawal, and a change that no longer fits at booking.
 */
@AqbSpringBootTest
class AenderungsantragProzessTest {

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  static final LocalDate ENDE = LocalDate.now().plusMonths(6);
  /** The Haushaltsjahr an increase is booked in: the year of the change (within the Bewilligungszeitraum). */
  static final String HJ = "/" + LocalDate.now().getYear();

  @Autowired ProcessEngine engine;
  @Autowired Foerderbudget budget;
  @Autowired Mittelabrufe mittelabrufe;
  @Autowired Fallregister register;
  @Autowired Veroeffentlichungen portal;
  @Autowired Aenderungen aenderungen;
  @Autowired JdbcClient jdbc;

  AenderungsantragTreiber antrag;
  String az;

  @BeforeEach
  void neuerFall() {
    init(engine);
    // budget 200.000 €; M1 100.000 €, M2 50.000 €
    antrag = new AenderungsantragTreiber(engine, register, portal, budget, "06414", 200_000, ENDE, 100_000, 50_000);
    az = antrag.fall.aktenzeichen();
    antrag.starte();
  }

  private String nummer() {
    return antrag.fall.foerderfallNummer;
  }

  private Map<String, Long> buchungen(String aktenzeichen) {
    Map<String, Long> zeilen = new java.util.TreeMap<>();
    budget.bewilligungen(nummer()).stream().filter(b -> b.aktenzeichen().equals(aktenzeichen))
        .forEach(b -> zeilen.merge(b.massnahmeId() + "/" + b.haushaltsjahr(), b.betragCent(), Long::sum));
    return zeilen;
  }

  @Test
  void aenderungsanzeigeInnerhalbDerToleranzWirdZurKenntnisGenommenUndGebucht() throws Exception {
    assertThat(antrag.instanz).isWaitingAt("Task_StelleAenderungsantrag");
    assertThat(antrag.aufgabe("Task_StelleAenderungsantrag").getDueDate()).isNotNull();
    antrag.stelle(antrag(Map.of("M1", "90.000,00", "M2", "60.000,00"), null, "Mehr Teilnehmende in Maßnahme 2"));
    assertThat(antrag.instanz).isWaitingAt("Task_NimmAenderungsanzeigeZurKenntnis");
    assertThat(antrag.variable("aenderungEinstufungAnzeige").toString()).startsWith("Änderungsanzeige");
    assertThat(antrag.variable("massnahmenStand").toString()).contains("Maßnahme 2");

    antrag.erledige("Task_NimmAenderungsanzeigeZurKenntnis", DurchfuehrungTreiber.RP, Map.of("kenntnisBemerkung", "passt"));

    assertThat(antrag.instanz).isEnded().hasPassed("EndEvent_AenderungEntschieden");
    assertThat(buchungen(az + "-Ä1")).containsOnly(Map.entry("M1/2025", -10_000_00L), Map.entry("M2" + HJ, 10_000_00L));
    assertThat(buchungen(az)).hasSize(2);
    var inKraft = budget.erlassenerBescheid(nummer()).orElseThrow();
    assertThat(inKraft.aktenzeichen()).isEqualTo(az + "-Ä1");
    assertThat(inKraft.art()).isEqualTo("AENDERUNGSANZEIGE");
    assertThat(inKraft.bewilligungBis()).isEqualTo(ENDE);
    assertThat(inKraft.summeBewilligtCent()).isEqualTo(150_000_00L);
    assertThat(budget.urspruenglicherBescheid(nummer()).orElseThrow().aktenzeichen()).isEqualTo(az);
    assertThat(antrag.variable("bewilligungszeitraumGeaendert")).isEqualTo(false);
    String text = pdfAusMail("Änderungsantrag Nr. 1 (AQB");
    assertThat(text).contains("Bestätigung Ihrer Änderungsanzeige", az + "-Ä1", "Bescheid Az. " + az, "90.000,00 €", "60.000,00 €");
  }

  @Test
  void aenderungsbescheidVierAugenEinmalZurueckgegebenDannTeilweiseBewilligt() throws Exception {
    antrag.stelle(antrag(Map.of("M1", "60.000", "M2", "90.000"), null, "Maßnahme 2 wird erweitert"));
    assertThat(antrag.instanz).isWaitingAt("Task_EntwerfeAenderungsbescheid");
    antrag.erledige("Task_EntwerfeAenderungsbescheid", DurchfuehrungTreiber.RP, entwurf("bewilligen", Map.of(), null));
    assertThat(antrag.instanz).isWaitingAt("Task_GibAenderungsbescheidFrei");
    org.camunda.bpm.engine.variable.value.FileValue entwurfPdf = engine.getTaskService().getVariableLocalTyped(
        antrag.aufgabe("Task_GibAenderungsbescheidFrei").getId(), "aenderungsbescheidEntwurf");
    assertThat(PdfText.text(entwurfPdf.getValue().readAllBytes()).replaceAll("\\s+", " "))
        .contains(az + "-Ä1 (Entwurf)", "60.000,00 €");

    assertThatThrownBy(() -> antrag.erledige("Task_GibAenderungsbescheidFrei", DurchfuehrungTreiber.RP, freigabe("freigeben", null)))
        .rootCause().isInstanceOf(UngueltigeEingabe.class).hasMessage(AenderungEntscheiden.VIER_AUGEN);
    assertThat(antrag.instanz).isWaitingAt("Task_GibAenderungsbescheidFrei");

    antrag.erledige("Task_GibAenderungsbescheidFrei", RP_ZWEI, freigabe("zurueck", "Bitte nur teilweise bewilligen"));
    assertThat(antrag.instanz).isWaitingAt("Task_EntwerfeAenderungsbescheid");
    assertThat(antrag.variable("aenderungFreigabeBemerkungAnzeige")).isEqualTo("Bitte nur teilweise bewilligen");
    antrag.erledige("Task_EntwerfeAenderungsbescheid", DurchfuehrungTreiber.RP,
        entwurf("teilweise", Map.of("M1", "70.000", "M2", "80.000"), "Der Mehrbedarf ist nur zum Teil belegt."));
    antrag.erledige("Task_GibAenderungsbescheidFrei", RP_ZWEI, freigabe("freigeben", null));

    assertThat(antrag.instanz).isEnded().hasPassed("Task_ErlasseAenderung", "Task_VersendeAenderungsschreiben");
    assertThat(buchungen(az + "-Ä1")).containsOnly(Map.entry("M1/2025", -30_000_00L), Map.entry("M2" + HJ, 30_000_00L));
    var v = aenderungen.vorgang(nummer(), 1);
    assertThat(v.verfasser()).isEqualTo(DurchfuehrungTreiber.RP);
    assertThat(v.freigabeVon()).isEqualTo(RP_ZWEI);
    assertThat(v.gestelltVon()).isEqualTo(antrag.fall.gkSachbearbeitung);
    assertThat(v.status()).isEqualTo(Aenderungen.Status.ERLASSEN);
    var inKraft = budget.erlassenerBescheid(nummer()).orElseThrow();
    assertThat(inKraft).extracting(Foerderbudget.ErlassenerBescheid::art, Foerderbudget.ErlassenerBescheid::verfasser,
        Foerderbudget.ErlassenerBescheid::freigabe).containsExactly("AENDERUNGSBESCHEID", DurchfuehrungTreiber.RP, RP_ZWEI);
    String text = pdfAusMail("Änderungsantrag Nr. 1 (AQB");
    assertThat(text).contains("Änderungsbescheid", "teilweise Bewilligung", "Zuwendungsbescheid Az. " + az, "100.000,00 €",
        "60.000,00 €", "70.000,00 €", "80.000,00 €", "150.000,00 €", "Der Mehrbedarf ist nur zum Teil belegt.",
        "Maßnahme 2 wird erweitert", "Rechtsbehelfsbelehrung");
  }

  @Test
  void ablehnungBuchtNichtsUndWirdVersandt() throws Exception {
    antrag.stelle(antrag(Map.of("M2", "80.000"), null, "Mehr Plätze"));
    assertThatThrownBy(() -> antrag.erledige("Task_EntwerfeAenderungsbescheid", DurchfuehrungTreiber.RP, entwurf("ablehnen", Map.of(), " ")))
        .rootCause().isInstanceOf(UngueltigeEingabe.class).hasMessage("Bitte begründen Sie die Ablehnung.");
    antrag.erledige("Task_EntwerfeAenderungsbescheid", DurchfuehrungTreiber.RP, entwurf("ablehnen", Map.of(), "Kein Bedarf belegt."));
    antrag.erledige("Task_GibAenderungsbescheidFrei", RP_ZWEI, freigabe("freigeben", null));

    assertThat(antrag.instanz).isEnded();
    assertThat(buchungen(az + "-Ä1")).isEmpty();
    assertThat(budget.bescheid(az + "-Ä1")).isEmpty();
    assertThat(budget.erlassenerBescheid(nummer()).orElseThrow().aktenzeichen()).isEqualTo(az);
    assertThat(aenderungen.vorgang(nummer(), 1).status()).isEqualTo(Aenderungen.Status.ABGELEHNT);
    assertThat(pdfAusMail("Änderungsantrag Nr. 1 (AQB")).contains("Ablehnung Ihres Änderungsantrags", "Kein Bedarf belegt.",
        "Rechtsbehelfsbelehrung");
  }

  @Test
  void verlaengerungVerschiebtEndeUndVerwendungsnachweisfrist() throws Exception {
    LocalDate neu = ENDE.plusMonths(6);
    antrag.stelle(antrag(Map.of(), neu.toString(), "Maßnahmen laufen länger"));
    antrag.erledige("Task_EntwerfeAenderungsbescheid", DurchfuehrungTreiber.RP, entwurf("bewilligen", Map.of(), null));
    antrag.erledige("Task_GibAenderungsbescheidFrei", RP_ZWEI, freigabe("freigeben", null));

    var inKraft = budget.erlassenerBescheid(nummer()).orElseThrow();
    assertThat(inKraft.aktenzeichen()).isEqualTo(az + "-Ä1");
    assertThat(inKraft.bewilligungBis()).isEqualTo(neu);
    assertThat(inKraft.verwendungsnachweisFrist()).isEqualTo(neu.plusMonths(6));
    assertThat(inKraft.bewilligungVon()).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(buchungen(az + "-Ä1")).isEmpty();
    assertThat(antrag.variable("bewilligungszeitraumGeaendert")).isEqualTo(true);
    assertThat(pdfAusMail("Änderungsantrag Nr. 1 (AQB")).contains("Der Bewilligungszeitraum wird bis zum");
  }

  @Test
  void abgelehnteVerlaengerungLaesstEndeUndFristen() throws Exception {
    antrag.stelle(antrag(Map.of(), ENDE.plusMonths(3).toString(), "Maßnahmen laufen länger"));
    antrag.erledige("Task_EntwerfeAenderungsbescheid", DurchfuehrungTreiber.RP, entwurf("ablehnen", Map.of(), "Nicht nötig."));
    antrag.erledige("Task_GibAenderungsbescheidFrei", RP_ZWEI, freigabe("freigeben", null));
    assertThat(budget.erlassenerBescheid(nummer()).orElseThrow().bewilligungBis()).isEqualTo(ENDE);
    assertThat(antrag.variable("bewilligungszeitraumGeaendert")).isEqualTo(false);
    assertThat(pdfAusMail("Änderungsantrag Nr. 1 (AQB")).contains("(beantragt war eine Verlängerung bis zum")
        .doesNotContain("wird bis zum");
  }

  @Test
  void mitDemBewilligungszeitraumEndetDieAufgabe() {
    assertThat(antrag.variable("aenderungSchluss")).isEqualTo(ENDE.plusDays(1).atStartOfDay().toString());
    antrag.fall.treiber.loeseTimerAus("BoundaryEvent_BewilligungszeitraumAbgelaufen");
    assertThat(antrag.instanz).isEnded().hasPassed("EndEvent_BewilligungszeitraumAbgelaufen");
    assertThat(antrag.variable("bewilligungszeitraumGeaendert")).isEqualTo(false);
  }

  @Test
  void zurueckgezogenBleibtOhneSpur() {
    antrag.stelle(Map.of("aenderungAktion", "zurueckziehen"));
    assertThat(antrag.instanz).isEnded().hasPassed("EndEvent_AenderungsantragZurueckgezogen");
    assertThat(jdbc.sql("select count(*) from aqb_aenderung where foerderfall_nummer = ?").param(nummer()).query(Long.class).single())
        .isZero();
    assertThat(antrag.variable("bewilligungszeitraumGeaendert")).isEqualTo(false);
  }

  @Test
  void ungueltigerAntragBleibtOffen() {
    antrag.zahleAus(mittelabrufe, "M1", 30_000);
    assertThatThrownBy(() -> antrag.stelle(antrag(Map.of("M1", "29.000", "M2", "71.000"), null, "x")))
        .rootCause().isInstanceOf(UngueltigeEingabe.class).hasMessageContaining("liegt unter den bereits ausgezahlten 30.000,00 €");
    assertThat(antrag.instanz).isWaitingAt("Task_StelleAenderungsantrag");
    assertThat(jdbc.sql("select count(*) from aqb_aenderung where foerderfall_nummer = ?").param(nummer()).query(Long.class).single())
        .isZero();
  }

  @Test
  void inzwischenAusgezahlterMittelabrufLaesstDieBuchungScheiternDasRpEntscheidetNeu() throws Exception {
    antrag.stelle(antrag(Map.of("M1", "130.000", "M2", "20.000"), null, "Maßnahme 2 kleiner"));
    antrag.erledige("Task_EntwerfeAenderungsbescheid", DurchfuehrungTreiber.RP, entwurf("bewilligen", Map.of(), null));
    antrag.zahleAus(mittelabrufe, "M2", 25_000); // meanwhile
    antrag.erledige("Task_GibAenderungsbescheidFrei", RP_ZWEI, freigabe("freigeben", null));

    assertThat(antrag.instanz).isWaitingAt("Task_EntwerfeAenderungsbescheid");
    assertThat(antrag.variable("aenderungNachpruefung").toString())
        .contains("„Maßnahme 2“ kann nicht auf 20.000,00 € festgesetzt werden: auf sie sind bereits 25.000,00 € ausgezahlt.");
    assertThat(buchungen(az + "-Ä1")).isEmpty();
    assertThat(aenderungen.vorgang(nummer(), 1).status()).isEqualTo(Aenderungen.Status.NACHPRUEFUNG);

    antrag.erledige("Task_EntwerfeAenderungsbescheid", DurchfuehrungTreiber.RP,
        entwurf("teilweise", Map.of("M1", "125.000", "M2", "25.000"), "Maßnahme 2 ist bereits zu 25.000 € ausgezahlt."));
    antrag.erledige("Task_GibAenderungsbescheidFrei", RP_ZWEI, freigabe("freigeben", null));
    assertThat(antrag.instanz).isEnded();
    assertThat(buchungen(az + "-Ä1")).containsOnly(Map.entry("M1" + HJ, 25_000_00L), Map.entry("M2/2025", -25_000_00L));
  }

  private String pdfAusMail(String betreffAnfang) throws Exception {
    MimeMessage mail = Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
      try {
        return m.getSubject().startsWith(betreffAnfang) && m.getSubject().contains(az);
      } catch (Exception e) {
        return false;
      }
    }).reduce((a, b) -> b).orElseThrow(() -> new AssertionError("keine Mail „" + betreffAnfang + "…“"));
    assertThat(Arrays.stream(mail.getAllRecipients()).map(Object::toString)).contains(antrag.fall.gkSachbearbeitung + "@example.org");
    MimeMultipart teile = (MimeMultipart) mail.getContent();
    for (int i = 0; i < teile.getCount(); i++) {
      var teil = teile.getBodyPart(i);
      if (teil.getFileName() != null && teil.getFileName().endsWith(".pdf")) {
        return PdfText.text(teil.getInputStream().readAllBytes()).replaceAll("\\s+", " ");
      }
    }
    throw new AssertionError("kein PDF im Anhang");
  }
}

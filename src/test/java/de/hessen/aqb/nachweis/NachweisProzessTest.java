package de.hessen.aqb.nachweis;

import de.hessen.aqb.gemeinsam.Geld;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.hessen.aqb.foerderbudget.Foerderbudget;
import de.hessen.aqb.foerderbudget.Mittelabrufe;
import de.hessen.aqb.fall.Faelle;
import de.hessen.aqb.fall.Fallregister;
import de.hessen.aqb.nachweis.camunda.NachweisVariablen;
import de.hessen.aqb.testsupport.AqbSpringBootTest;
import de.hessen.aqb.testsupport.Rest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** Every path of "Nachweis, Prüfung und Abschluss" on the real engine; mails caught by GreenMail. */
@AqbSpringBootTest
class NachweisProzessTest {

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired ProcessEngine engine;
  @Autowired Fallregister register;
  @Autowired Foerderbudget budget;
  @Autowired Mittelabrufe mittelabrufe;
  @Autowired Verwendungsnachweise verwendungsnachweise;
  @Autowired TestRestTemplate rest;
  @Autowired Faelle faelle;

  static final String BELEGE_VOLL = "15.03.2025;Träger 1;Honorare;20.000,00;M1\n"
      + "01.02.2025;Träger 1;Miete;10.000,00;Fit für den Beruf (FIB)\n"
      + "30.06.2025;Träger 2;Lehrgang;20.000,00;M2\n";

  @BeforeEach
  void setUp() {
    init(engine);
  }

  NachweisTreiber gestartet(String kreisschluessel, long ausgezahltCent) {
    var fall = new NachweisTreiber(engine, kreisschluessel).mitBescheidUndAuszahlung(register, budget, mittelabrufe, ausgezahltCent);
    fall.starte();
    return fall;
  }

  @Test
  void alleMittelVerwendetKeineRueckforderungUndFallAbgeschlossen() throws Exception {
    var fall = gestartet("06414", 50_000_00L);
    assertThat(fall.nachweis).isWaitingAt("Task_ErstelleVerwendungsnachweis");
    var aufgabe = fall.aufgabe("Task_ErstelleVerwendungsnachweis");
    assertThat(aufgabe.getDueDate().toInstant().atZone(ZoneId.systemDefault()).toLocalDateTime())
        .isEqualTo(fall.frist.atTime(23, 59));
    assertThat(fall.variable("zahlenmaessigerNachweis").toString()).contains("\"bewilligt\":\"30.000,00 €\"")
        .contains("\"bewilligt\":\"20.000,00 €\"");
    assertThat(engine.getRuntimeService().getVariable(fall.nachweis.getId(), "nachweisAusgezahltAnzeige")).isEqualTo("50.000,00 €");

    fall.reicheEin(fall.einreichung("30.000,00", "20000", NachweisTreiber.csv(BELEGE_VOLL)));
    assertThat(fall.nachweis).isWaitingAt("Task_PruefeSachlich");
    assertThat(fall.variable("belege")).extracting(b -> b.path("datum").asText())
        .containsExactly("01.02.2025", "15.03.2025", "30.06.2025");
    assertThat(verwendungsnachweise.belege(fall.nummer)).hasSize(3);

    fall.pruefeSachlich(NachweisTreiber.RP_SACHLICH, "richtig", null, null);
    fall.pruefeRechnerisch(NachweisTreiber.RP_RECHNERISCH, Map.of());

    assertThat(fall.nachweis).isEnded().hasPassed("Task_TeileErgebnisMit", "EndEvent_FoerderfallAbgeschlossen")
        .hasNotPassed("Task_ErzeugeSchlussbescheid");
    assertThat(fall.historisch("rueckforderungCent")).isEqualTo(0L);
    assertThat((String) fall.historisch("nachweisErgebnis")).startsWith("Verwendungsnachweis geprüft – keine Rückforderung");
    assertThat(register.status(fall.nummer)).contains(Fallregister.ABGESCHLOSSEN);
    assertThat(register.aktiverFall(fall.kreisschluessel, Integer.parseInt(fall.nummer.substring(4, 8)))).contains(fall.nummer);
    assertThat(verwendungsnachweise.ergebnis(fall.nummer)).containsEntry("rueckforderung_cent", 0L)
        .containsEntry("sachlich_geprueft_von", NachweisTreiber.RP_SACHLICH)
        .containsEntry("rechnerisch_geprueft_von", NachweisTreiber.RP_RECHNERISCH);

    MimeMessage mail = mail("Verwendungsnachweis geprüft – keine Rückforderung", fall.aktenzeichen);
    assertThat(mail.getAllRecipients()).extracting(Object::toString).contains(fall.gkSachbearbeitung + "@example.org")
        .doesNotContain(NachweisTreiber.RP_SACHLICH + "@example.org");
    assertThat(GreenMailUtil.getBody(mail)).contains("50.000,00");
  }

  @Test
  void rueckforderungMitZinsenSchlussbescheidAlsPdfPerMail() throws Exception {
    var fall = gestartet("06414", 50_000_00L);
    fall.reicheEin(fall.einreichung("30.000,00", "17.654,33", NachweisTreiber.csv(
        "01.02.2025;Träger 1;Honorare;30.000,00;M1\n"
            + "02.02.2025;Träger 2;Lehrgang;17.000,00;M2\n"
            + "03.02.2025;Träger 2;Material;654,33;M2\n")));
    fall.pruefeSachlich(NachweisTreiber.RP_SACHLICH, "richtig", null, null);
    assertThatThrownBy(() -> fall.pruefeRechnerisch(NachweisTreiber.RP_RECHNERISCH, Map.of("M1", new String[] {"29.000,00", ""})))
        .rootCause().hasMessage("Maßnahme „Fit für den Beruf (FIB)“: anerkannte Ausgaben: Bitte begründen, warum weniger als die "
            + "geltend gemachten 30.000,00 € anerkannt werden.");
    assertThatThrownBy(() -> fall.pruefeRechnerisch(NachweisTreiber.RP_RECHNERISCH, Map.of("M1", new String[] {"31.000,00", ""})))
        .hasMessageContaining("dürfen die geltend gemachten Ausgaben (30.000,00 €) nicht übersteigen");
    fall.pruefeRechnerisch(NachweisTreiber.RP_RECHNERISCH,
        Map.of("M1", new String[] {"29.000,00", "Bewirtungskosten von 1.000,00 € sind nicht zuwendungsfähig."}));

    assertThat(fall.nachweis).hasPassed("Task_ErzeugeSchlussbescheid", "Task_VersendeSchlussbescheid")
        .isWaitingAt("Task_ErfasseZahlungseingang");
    assertThat(register.status(fall.nummer)).as("offen, bis die Forderung bezahlt ist").contains(Fallregister.AKTIV);
    // paid 50.000,00 − recognised (29.000,00 + 17.654,33) = 3.345,67
    assertThat(fall.historisch("rueckforderungCent")).isEqualTo(3_345_67L);
    // interest from the day after the last payment (today, after the Bewilligungszeitraum) until due (one month after
    // the Schlussbescheid), at 1,27 % + 5 = 6,27 % (the last configured Basiszinssatz)
    LocalDate heute = LocalDate.now();
    long tage = ChronoUnit.DAYS.between(heute.plusDays(1), heute.plusMonths(1)) + 1;
    long zinsen = BigDecimal.valueOf(3_345_67L).multiply(new BigDecimal("6.27")).multiply(BigDecimal.valueOf(tage))
        .divide(BigDecimal.valueOf(36_500), 0, RoundingMode.HALF_UP).longValueExact();
    assertThat(fall.historisch("zinsenCent")).isEqualTo(zinsen);
    assertThat(fall.historisch("zinsenAbs4Cent")).as("vorfinanziert: keine Zinsen nach § 49a Abs. 4").isEqualTo(0L);
    assertThat(fall.historisch("forderungCent")).isEqualTo(3_345_67L + zinsen);

    // the claim is paid in two parts; an overpayment and a day in the future are refused, nothing is booked
    assertThat(engine.getRuntimeService().getVariable(fall.nachweis.getId(), "forderungOffenAnzeige")).isEqualTo(Geld.alsWaehrung(3_345_67L + zinsen));
    String heuteText = LocalDate.now().toString();
    assertThatThrownBy(() -> fall.erledige("Task_ErfasseZahlungseingang", NachweisTreiber.RP_SACHLICH,
        Map.of("zahlungEingangAm", heuteText, "zahlungBetrag", Geld.alsWaehrung(3_345_67L + zinsen + 1).replace(" €", ""))))
        .rootCause().hasMessageContaining("höher als die offene Forderung");
    assertThatThrownBy(() -> fall.erledige("Task_ErfasseZahlungseingang", NachweisTreiber.RP_SACHLICH,
        Map.of("zahlungEingangAm", LocalDate.now().plusDays(1).toString(), "zahlungBetrag", "100,00")))
        .rootCause().hasMessageContaining("nicht in der Zukunft");
    fall.erledige("Task_ErfasseZahlungseingang", NachweisTreiber.RP_SACHLICH, Map.of("zahlungEingangAm", heuteText,
        "zahlungBetrag", "2.000,00"));
    assertThat(fall.nachweis).isWaitingAt("Task_ErfasseZahlungseingang");
    // interest first: 2.000,00 € cover the interest, the rest goes to the Hauptforderung
    long offen = 3_345_67L + zinsen - 2_000_00L;
    assertThat(engine.getRuntimeService().getVariable(fall.nachweis.getId(), "forderungOffenAnzeige")).isEqualTo(Geld.alsWaehrung(offen));
    assertThat(fall.variable("zahlungen").get(0).path("betrag").asText()).isEqualTo("2.000,00 €");
    fall.erledige("Task_ErfasseZahlungseingang", NachweisTreiber.RP_RECHNERISCH, Map.of("zahlungEingangAm", heuteText,
        "zahlungBetrag", Geld.alsWaehrung(offen).replace(" €", "")));
    fall.fuehreJobsAus();
    assertThat(fall.nachweis).isEnded().hasPassed("Task_ErfasseZahlungseingang", "EndEvent_ForderungBezahlt",
        "EndEvent_FoerderfallAbgeschlossen");
    assertThat(register.status(fall.nummer)).contains(Fallregister.ABGESCHLOSSEN);
    assertThat(verwendungsnachweise.positionen(fall.nummer)).filteredOn(p -> "M1".equals(p.get("massnahme_id")))
        .singleElement().satisfies(p -> assertThat(p.get("anerkannt_cent")).isEqualTo(29_000_00L));

    String zinsText = Geld.alsWaehrung(zinsen);
    String gesamt = Geld.alsWaehrung(3_345_67L + zinsen);
    FileValue pdf = (FileValue) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(fall.nachweis.getId()).variableName("schlussbescheidPdf").singleResult().getTypedValue();
    String text;
    try (InputStream in = pdf.getValue()) {
      text = pdfText(in.readAllBytes());
    }
    assertThat(text).contains("Schlussbescheid – Rückforderungsbescheid").contains(fall.aktenzeichen)
        .contains(fall.kopf(faelle).gebietskoerperschaftName()).contains("mit 5 Prozentpunkten über dem jeweiligen Basiszinssatz")
        .contains("Der zu erstattende Betrag wird gemäß § 49a Abs. 1 HVwVfG auf 3.345,67 € festgesetzt.")
        .contains("Ausgezahlte Mittel 50.000,00 €")
        .contains("abzüglich anerkannte Ausgaben 46.654,33 €")
        .contains("Fit für den Beruf (FIB) 30.000,00 € 30.000,00 € 29.000,00 €")
        .contains("Bewirtungskosten von 1.000,00 € sind nicht zuwendungsfähig.")
        .contains(tage + " 1,27 % 6,27 % " + zinsText)
        .contains("Der Gesamtbetrag von " + gesamt)
        .contains("Sachlich geprüft von Test " + NachweisTreiber.RP_SACHLICH);

    MimeMessage mail = mail("Schlussbescheid AQB " + fall.kopf(faelle).jahr() + " – Rückforderung", fall.aktenzeichen);
    assertThat(mail.getAllRecipients()).extracting(Object::toString).contains(fall.gkSachbearbeitung + "@example.org")
        .doesNotContain(NachweisTreiber.RP_SACHLICH + "@example.org");
    Multipart teile = (Multipart) mail.getContent();
    BodyPart anhang = null;
    for (int i = 0; i < teile.getCount(); i++) {
      if (teile.getBodyPart(i).getFileName() != null) {
        anhang = teile.getBodyPart(i);
      }
    }
    assertThat(anhang).isNotNull();
    assertThat(anhang.getFileName()).endsWith(".pdf");
    try (InputStream in = anhang.getInputStream()) {
      assertThat(pdfText(in.readAllBytes())).contains("3.345,67 €");
    }
    assertThat(GreenMailUtil.getBody(mail)).contains("3.345,67").contains(zinsText.replace(" €", ""));
  }

  @Test
  void nachforderungFuehrtZurueckZurGebietskoerperschaftMitNeuerFrist() {
    var fall = gestartet("06414", 50_000_00L);
    fall.reicheEin(fall.einreichung("30.000,00", "20.000,00", NachweisTreiber.csv(BELEGE_VOLL)));
    String frist = LocalDate.now().plusDays(14).toString();
    assertThatThrownBy(() -> fall.pruefeSachlich(NachweisTreiber.RP_SACHLICH, "nachforderung", null, frist))
        .rootCause().hasMessage("Bitte angeben, was die Gebietskörperschaft nachreichen oder korrigieren soll.");
    assertThatThrownBy(() -> fall.pruefeSachlich(NachweisTreiber.RP_SACHLICH, "nachforderung", "Belege", LocalDate.now().toString()))
        .rootCause().hasMessage("Die Frist der Nachforderung muss in der Zukunft liegen.");
    fall.pruefeSachlich(NachweisTreiber.RP_SACHLICH, "nachforderung", "Bitte die Teilnehmendenliste zu M2 ergänzen.", frist);

    assertThat(fall.nachweis).isWaitingAt("Task_ErstelleVerwendungsnachweis");
    var aufgabe = fall.aufgabe("Task_ErstelleVerwendungsnachweis");
    assertThat(LocalDateTime.ofInstant(aufgabe.getDueDate().toInstant(), ZoneId.systemDefault()))
        .isEqualTo(LocalDate.parse(frist).atTime(23, 59));
    assertThat(fall.variable("nachweisNachforderungen").toString()).contains("Teilnehmendenliste zu M2").contains("\"runde\":1");
    // the previous answers are still there for the body
    assertThat(engine.getRuntimeService().getVariable(fall.nachweis.getId(), "sachberichtErgebnisse")).isEqualTo("Vermittlungsquote 42 %.");

    // no new file chosen: Tasklist sends an empty file, the accepted Belegliste is checked again
    var werte = fall.einreichung("30.000,00", "20.000,00", NachweisTreiber.csv(BELEGE_VOLL));
    werte.put(NachweisVariablen.BELEGLISTE.name(), org.camunda.bpm.engine.variable.Variables.fileValue("").file(new byte[0]).create());
    werte.put(NachweisVariablen.SACHBERICHT_TEILNEHMENDE.name(), "24 Jugendliche (Liste anbei), davon 10 in Ausbildung.");
    fall.reicheEin(werte);
    assertThat(fall.nachweis).isWaitingAt("Task_PruefeSachlich");
    assertThat(verwendungsnachweise.neuesteFassung(fall.nummer)).isEqualTo(2);
    assertThat(verwendungsnachweise.belege(fall.nummer)).hasSize(3);
    fall.pruefeSachlich(NachweisTreiber.RP_SACHLICH, "richtig", null, null);
    fall.pruefeRechnerisch(NachweisTreiber.RP_RECHNERISCH, Map.of());
    assertThat(fall.nachweis).isEnded();
  }

  @Test
  void vierAugenPrinzipUeberJavaApiUndRest() {
    var fall = gestartet("06414", 50_000_00L);
    fall.reicheEin(fall.einreichung("30.000,00", "20.000,00", NachweisTreiber.csv(BELEGE_VOLL)));
    fall.pruefeSachlich(NachweisTreiber.RP_SACHLICH, "richtig", null, null);
    var aufgabe = fall.aufgabe("Task_PruefeRechnerisch");
    String erwartet = "Sie haben den Verwendungsnachweis bereits sachlich geprüft. Nach dem Vier-Augen-Prinzip muss eine "
        + "andere Person des Regierungspräsidiums ihn rechnerisch prüfen.";

    assertThatThrownBy(() -> fall.als(NachweisTreiber.RP_SACHLICH, () -> {
      engine.getTaskService().claim(aufgabe.getId(), NachweisTreiber.RP_SACHLICH);
      return null;
    })).hasMessageContaining(erwartet);
    assertThatThrownBy(() -> fall.als(NachweisTreiber.RP_SACHLICH, () -> {
      engine.getTaskService().complete(aufgabe.getId(), Map.of("rechnerischBestaetigt", true));
      return null;
    })).hasMessageContaining(erwartet);

    Rest erste = Rest.basic(rest, NachweisTreiber.RP_SACHLICH);
    var claim = erste.post("/task/" + aufgabe.getId() + "/claim", Map.of("userId", NachweisTreiber.RP_SACHLICH));
    assertThat(claim.status()).as(claim.text()).isEqualTo(400);
    assertThat(claim.meldung()).contains("Nach dem Vier-Augen-Prinzip").doesNotContain("ENGINE-");
    var abschluss = erste.schliesseAb(aufgabe.getId(), Map.of("rechnerischBestaetigt", true));
    assertThat(abschluss.status()).as(abschluss.text()).isEqualTo(400);
    assertThat(abschluss.meldung()).contains("Nach dem Vier-Augen-Prinzip");
    assertThat(fall.nachweis).isWaitingAt("Task_PruefeRechnerisch");
    assertThat(engine.getTaskService().createTaskQuery().taskId(aufgabe.getId()).singleResult().getAssignee()).isNull();

    fall.pruefeRechnerisch(NachweisTreiber.RP_RECHNERISCH, Map.of());
    assertThat(fall.nachweis).isEnded();
  }

  @Test
  void fehlerhafteBelegelisteLaesstDieAufgabeOffenUndSpeichertNichts() {
    var fall = gestartet("06414", 50_000_00L);
    var falsch = fall.einreichung("30.000,00", "20.000,00", NachweisTreiber.csv(
        "01.02.2025;Träger 1;Honorare;30.000,00;M1\n"
            + "02.02.2025;Träger 2;Lehrgang;19.999,999;M2\n"
            + "02.02.2024;Träger 2;Material;1,00;M2\n"));
    assertThatThrownBy(() -> fall.reicheEin(falsch)).rootCause().hasMessage("Die Belegliste enthält Fehler: "
        + "Zeile 3: „19.999,999“ ist kein gültiger Betrag. "
        + "Zeile 4: Das Datum 02.02.2024 liegt außerhalb des Bewilligungszeitraums (01.01.2025 bis 31.12.2025).");
    var summenFalsch = fall.einreichung("30.000,00", "20.000,00", NachweisTreiber.csv(
        "01.02.2025;Träger 1;Honorare;30.000,00;M1\n02.02.2025;Träger 2;Lehrgang;19.000,00;M2\n"));
    assertThatThrownBy(() -> fall.reicheEin(summenFalsch)).rootCause().hasMessage("Maßnahme „AidA – Altenpflegehilfe“: Die Belegliste ergibt "
        + "19.000,00 €, im zahlenmäßigen Nachweis sind Ausgaben (Ist) von 20.000,00 € angegeben.");
    var ohneDatei = fall.einreichung("30.000,00", "", NachweisTreiber.csv(""));
    ohneDatei.remove(NachweisVariablen.BELEGLISTE.name());
    ohneDatei.put(NachweisVariablen.SACHBERICHT_ERGEBNISSE.name(), "");
    assertThatThrownBy(() -> fall.reicheEin(ohneDatei)).rootCause().hasMessage("Sachbericht: Bitte die Ergebnisse angeben. "
        + "Maßnahme „AidA – Altenpflegehilfe“: Ausgaben (Ist): Bitte einen Betrag angeben (0, wenn nichts ausgegeben wurde). "
        + "Bitte die Belegliste hochladen (CSV-Datei nach der Vorlage).");

    assertThat(fall.nachweis).isWaitingAt("Task_ErstelleVerwendungsnachweis");
    assertThat(verwendungsnachweise.neuesteFassung(fall.nummer)).isZero();
    assertThat(engine.getRuntimeService().getVariable(fall.nachweis.getId(), "belege")).isNull();
    assertThat(engine.getRuntimeService().getVariable(fall.nachweis.getId(), "belegliste")).isNull();
    // the shared driver gives a refused task back, as the clerk finds it again in the group's list
    assertThat(fall.aufgabe("Task_ErstelleVerwendungsnachweis").getAssignee()).isNull();
  }

  @Test
  void erinnerungVorDerFristUndMeldungAnGebietskoerperschaftUndRpDanach() throws Exception {
    var fall = gestartet("06437", 10_000_00L);
    var erinnerung = engine.getManagementService().createJobQuery().processInstanceId(fall.nachweis.getId()).timers()
        .activityId("BoundaryEvent_NachweisfristNaht").singleResult();
    assertThat(LocalDateTime.ofInstant(erinnerung.getDuedate().toInstant(), ZoneId.systemDefault()))
        .isEqualTo(fall.frist.atTime(23, 59).minusDays(28));
    int vorher = greenMail.getReceivedMessages().length;
    fall.loeseTimerAus("BoundaryEvent_NachweisfristNaht");
    fall.loeseTimerAus("BoundaryEvent_NachweisfristAbgelaufen");
    var neu = Arrays.copyOfRange(greenMail.getReceivedMessages(), vorher, greenMail.getReceivedMessages().length);
    MimeMessage vorab = Arrays.stream(neu).filter(m -> betreff(m).startsWith("Erinnerung: Verwendungsnachweis AQB " + fall.kopf(faelle).jahr()))
        .findFirst().orElseThrow();
    assertThat(vorab.getAllRecipients()).extracting(Object::toString).contains(fall.gkSachbearbeitung + "@example.org")
        .doesNotContain(NachweisTreiber.RP_SACHLICH + "@example.org");
    MimeMessage danach = Arrays.stream(neu).filter(m -> betreff(m).equals("Verwendungsnachweis AQB " + fall.kopf(faelle).jahr() + " – "
        + fall.kopf(faelle).gebietskoerperschaftName() + ": Frist abgelaufen"))
        .findFirst().orElseThrow();
    assertThat(danach.getAllRecipients()).extracting(Object::toString)
        .contains(fall.gkSachbearbeitung + "@example.org", NachweisTreiber.RP_SACHLICH + "@example.org");
    assertThat(fall.nachweis).isWaitingAt("Task_ErstelleVerwendungsnachweis");
  }

  MimeMessage mail(String betreffBeginn, String enthaelt) {
    return Arrays.stream(greenMail.getReceivedMessages())
        .filter(m -> betreff(m).startsWith(betreffBeginn) && betreff(m).contains(enthaelt)).findFirst()
        .orElseThrow(() -> new AssertionError("keine Mail „" + betreffBeginn + "…" + enthaelt + "“ unter "
            + Arrays.stream(greenMail.getReceivedMessages()).map(NachweisProzessTest::betreff).toList()));
  }

  static String betreff(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument dokument = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      return stripper.getText(dokument).replaceAll("\\s+", " ");
    }
  }

  static List<String> zeilen(String text) {
    return List.of(text.split("\\R"));
  }
}

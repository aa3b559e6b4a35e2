package de.hessen.aqb.akte;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.hessen.aqb.dokument.ArchivPdf;
import de.hessen.aqb.dokument.PdfText;
import de.hessen.aqb.fall.Faelle;
import de.hessen.aqb.fall.Fallregister;
import de.hessen.aqb.foerderbudget.Foerderbudget;
import de.hessen.aqb.foerderbudget.Mittelabrufe;
import de.hessen.aqb.identity.Gruppen;
import de.hessen.aqb.mail.MailProtokoll;
import de.hessen.aqb.nachweis.NachweisTreiber;
import de.hessen.aqb.testsupport.Anmeldung;
import de.hessen.aqb.testsupport.AqbSpringBootTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The case file of a closed case (Verwendungsnachweis checked by two RP clerks, Rückforderung, Schlussbescheid mailed)
 * downloaded through {@code /api/akten/{nummer}.zip}: its files, the cover's history of decisions (who, when), the mails,
 * byte-identical downloads, and the wall between bodies.
 */
@AqbSpringBootTest
public class AkteTest {

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  static final String MINISTERIUM = "akte.hmsi";
  static final String RP = "akte.rp";
  static final String FREMD = "akte.06437";
  static final String NUR_MANDANT = "akte.nur-mandant";
  static final DateTimeFormatter ZEIT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
  static final String BELEGE = "01.02.2025;Träger 1;Honorare;29.000,00;M1\n01.02.2025;Träger 1;Bewirtung;1.000,00;M1\n"
      + "02.02.2025;Träger 2;Lehrgang;17.000,00;M2\n";

  @Autowired ProcessEngine engine;
  @Autowired Fallregister register;
  @Autowired Foerderbudget budget;
  @Autowired Mittelabrufe mittelabrufe;
  @Autowired Faelle faelle;
  @Autowired Akten akten;
  @Autowired MailProtokoll mailProtokoll;
  @Autowired JdbcClient jdbc;
  @Autowired TestRestTemplate rest;

  NachweisTreiber abgeschlossenerFall() {
    var ids = engine.getIdentityService();
    Anmeldung.benutzer(ids, MINISTERIUM, Gruppen.HMSI);
    Anmeldung.benutzer(ids, RP, Gruppen.RP_KASSEL);
    Anmeldung.benutzer(ids, FREMD, "kommune-06437");
    Anmeldung.benutzer(ids, NUR_MANDANT);
    if (ids.createTenantQuery().userMember(NUR_MANDANT).tenantId("kommune-06414").count() == 0) {
      ids.createTenantUserMembership("kommune-06414", NUR_MANDANT);
    }
    var fall = new NachweisTreiber(engine, "06414").mitBescheidUndAuszahlung(register, budget, mittelabrufe, 50_000_00L);
    fall.starte();
    fall.reicheEin(fall.einreichung("30.000,00", "17.000,00", NachweisTreiber.csv(BELEGE)));
    fall.pruefeSachlich(NachweisTreiber.RP_SACHLICH, "richtig", null, null);
    fall.pruefeRechnerisch(NachweisTreiber.RP_RECHNERISCH,
        Map.of(3, new String[] {"NICHT_FOERDERFAEHIG", "Bewirtungskosten von 1.000,00 € sind nicht zuwendungsfähig."}));
    // the RP records the payment of the Rückforderung; then the case is closed
    long offen = (Long) fall.historisch("forderungCent");
    fall.erledige("Task_ErfasseZahlungseingang", NachweisTreiber.RP_SACHLICH, Map.of("zahlungEingangAm",
        java.time.LocalDate.now().toString(), "zahlungBetrag", de.hessen.aqb.gemeinsam.Geld.alsWaehrung(offen).replace(" €", "")));
    fall.fuehreJobsAus();
    assertThat(register.status(fall.nummer)).contains(Fallregister.ABGESCHLOSSEN);
    return fall;
  }

  @Test
  void dieAkteEinesAbgeschlossenenFallsEnthaeltJedesDokumentDenVerlaufUndDieMails() throws IOException {
    var fall = abgeschlossenerFall();
    ResponseEntity<byte[]> antwort = lade(RP, fall.nummer);
    assertThat(antwort.getStatusCode().value()).as(() -> antwort.getHeaders() + " "
        + (antwort.getBody() == null ? "" : new String(antwort.getBody(), StandardCharsets.UTF_8))).isEqualTo(200);
    assertThat(antwort.getHeaders().getContentType()).hasToString("application/zip");
    assertThat(antwort.getHeaders().getContentDisposition().getFilename()).isEqualTo("Akte-" + fall.nummer + ".zip");
    Map<String, byte[]> dateien = entpacke(antwort.getBody());

    String bescheid = "03-Bescheide/1-Zuwendungsbescheid-Vollbewilligung-57-AQB-" + fall.nummer.substring(4) + ".pdf";
    assertThat(dateien.keySet()).startsWith("00-Deckblatt.pdf").contains(bescheid,
        "04-Mittelabrufe/Mittelabrufe-und-Entscheidungen.csv", "07-Verwendungsnachweis/Belegliste-belegliste.csv",
        "07-Verwendungsnachweis/Verwendungsnachweis-Fassung-1.txt", "08-Schlussbescheid/Schlussbescheid.pdf");
    // documents as stored, byte for byte
    assertThat(dateien.get(bescheid)).containsExactly(1);
    assertThat(dateien.get("07-Verwendungsnachweis/Belegliste-belegliste.csv")).isEqualTo(NachweisTreiber.csv(BELEGE));
    FileValue schlussbescheid = (FileValue) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(fall.nachweis.getId()).variableName("schlussbescheidPdf").singleResult().getTypedValue();
    try (InputStream in = schlussbescheid.getValue()) {
      assertThat(dateien.get("08-Schlussbescheid/Schlussbescheid.pdf")).isEqualTo(in.readAllBytes());
    }
    String mittelabrufe = new String(dateien.get("04-Mittelabrufe/Mittelabrufe-und-Entscheidungen.csv"), StandardCharsets.UTF_8);
    assertThat(mittelabrufe).contains("1;gesamt;50.000,00 €;50.000,00 €;in voller Höhe ausgezahlt")
        .contains("1;M1;30.000,00 €;30.000,00 €").contains("1;M2;20.000,00 €;20.000,00 €");
    assertThat(new String(dateien.get("07-Verwendungsnachweis/Verwendungsnachweis-Fassung-1.txt"), StandardCharsets.UTF_8))
        .contains("Vermittlungsquote 42 %.").contains("M1 Fit für den Beruf (FIB): 30.000,00 € / 30.000,00 € / 1.000,00 € / 29.000,00 € ")
        .contains("Bewirtungskosten von 1.000,00 € sind nicht zuwendungsfähig.");

    // the mail with the Schlussbescheid, from the mail log
    var mails = mailProtokoll.desFalls(fall.nummer).stream().filter(m -> m.betreff().startsWith("Schlussbescheid AQB")).toList();
    assertThat(mails).singleElement().satisfies(m -> {
      assertThat(m.mandant()).isEqualTo("kommune-06414");
      // the body's group (other tests add members to it)
      assertThat(m.empfaenger()).contains(fall.gkSachbearbeitung + "@example.org")
          .doesNotContain(NachweisTreiber.RP_SACHLICH + "@example.org");
      assertThat(m.anhaenge()).singleElement().asString().endsWith(".pdf");
      assertThat(m.betreff()).startsWith("Schlussbescheid AQB");
    });
    var mail = mails.get(0);
    assertThat(dateien.keySet().stream().filter(n -> n.startsWith("09-Mails/"))).hasSize(mailProtokoll.desFalls(fall.nummer).size());
    String mailDatei = dateien.keySet().stream().filter(n -> n.startsWith("09-Mails/") && n.contains("Schlussbescheid-AQB"))
        .findFirst().orElseThrow();
    assertThat(mailDatei).endsWith(".txt").contains("Schlussbescheid-AQB");
    assertThat(new String(dateien.get(mailDatei), StandardCharsets.UTF_8)).contains("An: " + String.join(", ", mail.empfaenger()))
        .contains("Betreff: " + mail.betreff()).contains("Anhänge: " + mail.anhaenge().get(0))
        .contains(mail.text());

    // the cover: contents and who decided what, when (times from the ledger)
    Map<String, Object> vn = jdbc.sql("select sachlich_geprueft_am, rechnerisch_geprueft_am, eingereicht_am from aqb_verwendungsnachweis "
        + "where foerderfall_nummer = ?").param(fall.nummer).query().singleRow();
    PdfText.ablegen(dateien.get("00-Deckblatt.pdf"), "akte-deckblatt.pdf");
    // tagged PDF/A (ADR 18): the cover, reproducible, and the Schlussbescheid as issued
    System.out.println("Akte Deckblatt: " + ArchivPdf.pruefe(dateien.get("00-Deckblatt.pdf"), "Akte " + fall.nummer));
    PdfText.ablegen(dateien.get("08-Schlussbescheid/Schlussbescheid.pdf"), "archiv-schlussbescheid.pdf");
    System.out.println("Schlussbescheid: " + ArchivPdf.pruefe(dateien.get("08-Schlussbescheid/Schlussbescheid.pdf"), "Schlussbescheid"));
    String deckblatt = PdfText.text(dateien.get("00-Deckblatt.pdf"));
    assertThat(deckblatt).contains("Förderakte " + fall.nummer).contains("Status abgeschlossen")
        .contains("07-Verwendungsnachweis/Belegliste-belegliste.csv").contains("08-Schlussbescheid/Schlussbescheid.pdf")
        // one row each: time, name (user id below it), what
        .contains(zeit(vn.get("eingereicht_am")) + " Test " + fall.gkSachbearbeitung + " Verwendungsnachweis eingereicht (Fassung 1")
        .contains(zeit(vn.get("sachlich_geprueft_am")) + " Test " + NachweisTreiber.RP_SACHLICH
            + " Verwendungsnachweis (Fassung 1) sachlich richtig")
        .contains(zeit(vn.get("rechnerisch_geprueft_am")) + " Test " + NachweisTreiber.RP_RECHNERISCH
            + " Verwendungsnachweis (Fassung 1) rechnerisch richtig")
        .contains("46.000,00 €, Rückforderung 4.000,00 €")
        .contains("nw.rp.kasse Mittelabruf Nr. 1: in voller Höhe ausgezahlt, ausgezahlt")
        .contains("nw.rp.freigabe Zuwendungsbescheid (Vollbewilligung) " + fall.aktenzeichen)
        .contains("verfasst von nw.rp.verfasser")
        .contains("AQB-Workflow Mail versandt an " + mail.empfaenger().size() + " Empfänger: Schlussbescheid AQB")
        .contains("Test " + NachweisTreiber.RP_SACHLICH + " Zahlungseingang 1 vom")
        .contains("AQB-Workflow Förderfall abgeschlossen");
    // from the engine's history: the completed tasks with their assignees
    String aufgaben = deckblatt.substring(deckblatt.indexOf("Erledigte Aufgaben"));
    assertThat(aufgaben).contains(" Test " + fall.gkSachbearbeitung + " Verwendungsnachweis erstellen")
        .contains(" Test " + NachweisTreiber.RP_SACHLICH + " Verwendungsnachweis sachlich prüfen")
        .contains(" Test " + NachweisTreiber.RP_RECHNERISCH + " Verwendungsnachweis rechnerisch prüfen");
  }

  @Test
  void zweimalGeladenIdentischUndFuerAlleBerechtigtenDieselbeAkte() {
    var fall = abgeschlossenerFall();
    byte[] erste = lade(RP, fall.nummer).getBody();
    // built again from the records: the same bytes (the first download froze exactly these)
    assertThat(akten.erzeuge(faelle.kopf(fall.nummer))).isEqualTo(erste);
    assertThat(lade(RP, fall.nummer).getBody()).isEqualTo(erste);
    assertThat(lade(MINISTERIUM, fall.nummer).getBody()).isEqualTo(erste);
    assertThat(lade(fall.gkSachbearbeitung, fall.nummer).getBody()).isEqualTo(erste);
    assertThat(jdbc.sql("select erstellt_von from aqb_akte where foerderfall_nummer = ?").param(fall.nummer).query(String.class)
        .single()).isEqualTo(RP);
  }

  @Test
  void eineOffeneAkteIstZweimalGebautIdentischUndWirdNichtEingefroren() {
    var fall = new NachweisTreiber(engine, "06414").mitBescheidUndAuszahlung(register, budget, mittelabrufe, 50_000_00L);
    fall.starte();
    Anmeldung.benutzer(engine.getIdentityService(), RP, Gruppen.RP_KASSEL);
    byte[] erste = lade(RP, fall.nummer).getBody();
    assertThat(lade(RP, fall.nummer).getBody()).isEqualTo(erste);
    assertThat(jdbc.sql("select count(*) from aqb_akte where foerderfall_nummer = ?").param(fall.nummer).query(Long.class).single())
        .isZero();
    assertThat(PdfText.text(entpacke(erste).get("00-Deckblatt.pdf"))).contains("Status in Bearbeitung");
  }

  @Test
  void andereKoerperschaftTraegerMandantUnbekannterFallUndAnonymBekommenNichts() {
    var fall = abgeschlossenerFall();
    ResponseEntity<String> fremd = ladeText(FREMD, Anmeldung.PASSWORT, fall.nummer);
    assertThat(fremd.getStatusCode().value()).isEqualTo(404);
    assertThat(fremd.getBody()).contains("Den Förderfall " + fall.nummer + " gibt es nicht, oder Sie dürfen seine Akte nicht lesen.");
    // a tenant membership alone (as a provider has) is not the body's group
    assertThat(ladeText(NUR_MANDANT, Anmeldung.PASSWORT, fall.nummer).getStatusCode().value()).isEqualTo(404);
    // an unknown case: the same answer
    ResponseEntity<String> unbekannt = ladeText(RP, Anmeldung.PASSWORT, "AQB-1900-06414");
    assertThat(unbekannt.getStatusCode().value()).isEqualTo(404);
    assertThat(unbekannt.getBody()).contains("Den Förderfall AQB-1900-06414 gibt es nicht");
    assertThat(rest.getForEntity("/api/akten/" + fall.nummer + ".zip", String.class).getStatusCode().value()).isEqualTo(401);
    assertThat(ladeText(RP, Anmeldung.PASSWORT, fall.nummer).getStatusCode().value()).isEqualTo(200);
    // a wrong password (a user of its own: the engine delays further logins of a user after a failed one)
    Anmeldung.benutzer(engine.getIdentityService(), "akte.rp.falsch", Gruppen.RP_KASSEL);
    assertThat(ladeText("akte.rp.falsch", "falsch", fall.nummer).getStatusCode().value()).isEqualTo(401);
  }

  static String zeit(Object zeitstempel) {
    return ((java.sql.Timestamp) zeitstempel).toLocalDateTime().format(ZEIT);
  }

  ResponseEntity<byte[]> lade(String benutzer, String nummer) {
    HttpHeaders kopf = new HttpHeaders();
    kopf.setBasicAuth(benutzer, Anmeldung.PASSWORT);
    return rest.exchange("/api/akten/" + nummer + ".zip", HttpMethod.GET, new HttpEntity<>(kopf), byte[].class);
  }

  ResponseEntity<String> ladeText(String benutzer, String passwort, String nummer) {
    HttpHeaders kopf = new HttpHeaders();
    kopf.setBasicAuth(benutzer, passwort);
    return rest.exchange("/api/akten/" + nummer + ".zip", HttpMethod.GET, new HttpEntity<>(kopf), String.class);
  }

  public static Map<String, byte[]> entpacke(byte[] zip) {
    Map<String, byte[]> dateien = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        dateien.put(e.getName(), in.readAllBytes());
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return dateien;
  }
}

package de.hessen.aqb.zielvereinbarung;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.hessen.aqb.testsupport.AqbSpringBootTest;
import de.hessen.aqb.testsupport.Fallzustand;
import de.hessen.aqb.testsupport.Rest;
import de.hessen.aqb.zielvereinbarung.domain.SeedZielvereinbarungen;
import de.hessen.aqb.zielvereinbarung.portal.Veroeffentlichungen;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tampering through REST, as each party on each of its tasks of the Zielvereinbarung and at the start of a Förderfall:
 * unknown variables, another party's fields, the case identity of another body, derived amounts and routing values,
 * user names of other steps, deadlines. Each is refused with HTTP 400 and a German message, and nothing changes —
 * tables (incl. the portal), variables, tasks, mails. The Landrat example of issue #9 end to end: after a refused
 * attempt and a proper countersignature, the signed PDF, the mail and the portal show the original agreement.
 */
@AqbSpringBootTest
class ZielvereinbarungManipulationTest {

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  static final String FREMD = "AQB-2026-06414";
  static final String NICHT_ERLAUBT = "gehört nicht zu dieser Aufgabe";
  static final String NUR_ANZEIGE = "wird nur angezeigt und kann in dieser Aufgabe nicht geändert werden";

  @Autowired ProcessEngine engine;
  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;
  @Autowired TestRestTemplate rest;
  @Autowired Veroeffentlichungen veroeffentlichungen;

  /** One attempt: who sends what, and which German message must come back. */
  record Versuch(String was, String benutzer, Map<String, ?> werte, String meldung, boolean vomTor) {
    Versuch(String was, String benutzer, Map<String, ?> werte, String meldung) {
      this(was, benutzer, werte, meldung, true);
    }

    /** Admitted by the contract, refused by the stage's rule inside the engine (also 400, also nothing changes). */
    static Versuch regel(String was, String benutzer, Map<String, ?> werte, String meldung) {
      return new Versuch(was, benutzer, werte, meldung, false);
    }
  }

  @AfterEach
  void gibJahreFrei() {
    jdbc.sql("update aqb_foerderfall set aktiv_schluessel = null").update();
  }

  @Test
  void jedeParteiKannAufJederAufgabeNurIhreEigenenFelderSenden() {
    var fall = new ZielvereinbarungTreiber(engine, "06635");
    fall.starte(2026);
    String heute = LocalDate.now().toString();
    String sb = ZielvereinbarungTreiber.HMSI_SB;
    versuche(fall, "Task_ErstelleEntwurf", List.of(
        new Versuch("unbekannt", sb, Map.of("hintertuer", "x"), NICHT_ERLAUBT),
        new Versuch("Fall einer anderen Körperschaft", sb, Map.of("gebietskoerperschaft", "06414"), NICHT_ERLAUBT),
        new Versuch("Förderfallnummer", sb, Map.of("foerderfallNummer", FREMD), NICHT_ERLAUBT),
        new Versuch("Jahr", sb, Map.of("jahr", 2019), NICHT_ERLAUBT),
        new Versuch("abgeleiteter Betrag", sb, Map.of("budget", "100", "budgetCent", 999_999_999L), NICHT_ERLAUBT),
        new Versuch("Anzeige", sb, Map.of("budgetAnzeige", "1,00 €"), NICHT_ERLAUBT),
        new Versuch("Bearbeiter", sb, Map.of("sachbearbeitungMinisterium", "jemand.anderes"), NICHT_ERLAUBT),
        new Versuch("Frist", sb, Map.of("entwurfDatum", "2020-01-01"), NICHT_ERLAUBT),
        new Versuch("Prüfung der Körperschaft", sb, Map.of("pruefungErgebnis", "zustimmen"), NICHT_ERLAUBT),
        new Versuch("Weiche", sb, Map.of("entwurfAkzeptiert", true), NICHT_ERLAUBT),
        new Versuch("Status", sb, Map.of("zielvereinbarungStatus", "VEROEFFENTLICHT"), NICHT_ERLAUBT),
        new Versuch("Unterschrift vorab", sb, Map.of("unterzeichnungMinisteriumOrt", "Wiesbaden"), NICHT_ERLAUBT),
        new Versuch("Aktion", sb, Map.of("entwurfAktion", "veroeffentlichen"), "keine der angebotenen Möglichkeiten"),
        Versuch.regel("negatives Budget", sb, Map.of("budget", "-5", "entwurfAktion", "senden"),
            "Die Haushaltsmittel müssen größer als 0 Euro sein.")));
    fall.erstelleEntwurf(ZielvereinbarungTreiber.entwurf(SeedZielvereinbarungen.odenwaldkreis2025()));
    fall.fuehreJobsAus();

    String gk = fall.gkSachbearbeitung;
    versuche(fall, "Task_PruefeEntwurf", List.of(
        new Versuch("Budget", gk, Map.of("pruefungErgebnis", "zustimmen", "budget", "9999999"), NICHT_ERLAUBT),
        new Versuch("Projektliste", gk, Map.of("projekteMassnahmenart1", "[{\"name\":\"Zusatzprojekt\"}]"), NICHT_ERLAUBT),
        new Versuch("Projekttext", gk, Map.of("projekteText1", "Zusatzprojekt"), NICHT_ERLAUBT),
        new Versuch("Unterzeichnende", gk, Map.of("unterzeichnerPartnerName", "Jemand"), NICHT_ERLAUBT),
        new Versuch("Bündnis", gk, Map.of("buendnisZeitraum", "2030"), NICHT_ERLAUBT),
        new Versuch("Fall einer anderen Körperschaft", gk, Map.of("gebietskoerperschaft", "06414"), NICHT_ERLAUBT),
        new Versuch("Förderfallnummer", gk, Map.of("foerderfallNummer", FREMD), NICHT_ERLAUBT),
        new Versuch("Weiche", gk, Map.of("entwurfAkzeptiert", true), NICHT_ERLAUBT),
        new Versuch("Prüfrunden", gk, Map.of("pruefrunden", "[]"), NICHT_ERLAUBT),
        new Versuch("Bearbeiter", gk, Map.of("sachbearbeitungGebietskoerperschaft", "jemand.anderes"), NICHT_ERLAUBT),
        new Versuch("Frist", gk, Map.of("entwurfDatum", "2020-01-01"), NICHT_ERLAUBT),
        new Versuch("Entscheidung", gk, Map.of("pruefungErgebnis", "vielleicht"), "keine der angebotenen Möglichkeiten"),
        Versuch.regel("Änderung ohne Begründung", gk, Map.of("pruefungErgebnis", "aendern"),
            "Bitte beschreiben, welche Änderungen Sie erbitten.")));
    fall.pruefe(true, null);
    fall.fuehreJobsAus();

    String zb = ZielvereinbarungTreiber.HMSI_ZB;
    versuche(fall, "Task_UnterzeichneMinisterium", List.of(
        new Versuch("Ort der Körperschaft", zb, Map.of("unterzeichnungGebietskoerperschaftOrt", "Korbach"), NICHT_ERLAUBT),
        new Versuch("Datum der Körperschaft", zb, Map.of("unterzeichnungGebietskoerperschaftDatum", heute), NICHT_ERLAUBT),
        new Versuch("Budget", zb, Map.of("unterzeichnungMinisteriumOrt", "Wiesbaden", "budget", "1"), NICHT_ERLAUBT),
        new Versuch("angezeigtes Budget", zb, Map.of("budgetAnzeige", "9.999.999,00 €"), NUR_ANZEIGE),
        new Versuch("Jahr in der Anzeige", zb, Map.of("jahr", 2019), NUR_ANZEIGE),
        new Versuch("Partei", zb, Map.of("partei", "gebietskoerperschaft"), NICHT_ERLAUBT),
        new Versuch("Anzeige des Datums", zb, Map.of("unterzeichnungMinisteriumDatumAnzeige", "1.1.2020"), NICHT_ERLAUBT),
        new Versuch("PDF", zb, Map.of("zielvereinbarungPdf", "x"), NICHT_ERLAUBT),
        new Versuch("Datum", zb, Map.of("unterzeichnungMinisteriumDatum", "gestern"), "erwartet ein Datum"),
        new Versuch("Ort zu lang", zb, Map.of("unterzeichnungMinisteriumOrt", "W".repeat(101)), "höchstens 100 Zeichen")));
    fall.unterzeichne("ministerium", "Wiesbaden", LocalDate.now());
    fall.fuehreJobsAus();

    String landrat = fall.gkZeichnung;
    versuche(fall, "Task_UnterzeichneGebietskoerperschaft", List.of(
        new Versuch("Ort des Ministeriums", landrat, Map.of("unterzeichnungMinisteriumOrt", "Korbach"), NUR_ANZEIGE),
        new Versuch("Unterzeichner der Körperschaft", landrat, Map.of("unterzeichnerPartnerName", "Jemand"), NUR_ANZEIGE),
        new Versuch("Aktenzeichen in der Anzeige", landrat, Map.of("foerderfallNummer", FREMD), NUR_ANZEIGE),
        new Versuch("Datum des Ministeriums", landrat, Map.of("unterzeichnungMinisteriumDatum", heute), NICHT_ERLAUBT),
        new Versuch("Budget", landrat, Map.of("budget", "9999999"), NICHT_ERLAUBT),
        new Versuch("Projekte", landrat, Map.of("projekteMassnahmenart2", "[{\"name\":\"Zusatzprojekt\"}]"), NICHT_ERLAUBT),
        new Versuch("Eingang", landrat, Map.of("eingangsdatum", heute), NICHT_ERLAUBT),
        new Versuch("Jahr", landrat, Map.of("jahr", 2019), NUR_ANZEIGE),
        new Versuch("Fall einer anderen Körperschaft", landrat, Map.of("gebietskoerperschaft", "06414"), NICHT_ERLAUBT),
        new Versuch("Partei", landrat, Map.of("partei", "ministerium"), NICHT_ERLAUBT),
        Versuch.regel("vor dem Ministerium", landrat, Map.of("unterzeichnungGebietskoerperschaftOrt", "Korbach",
            "unterzeichnungGebietskoerperschaftDatum", LocalDate.now().minusDays(1).toString()),
            "liegt vor der Unterzeichnung durch das Ministerium"),
        Versuch.regel("ohne Ort", landrat, Map.of("unterzeichnungGebietskoerperschaftDatum", heute),
            "Bitte den Ort der Unterzeichnung angeben.")));
    fall.unterzeichne("gebietskoerperschaft", "Korbach", LocalDate.now());
    fall.fuehreJobsAus();

    versuche(fall, "Task_BestaetigeEingang", List.of(
        new Versuch("Unterschrift der Körperschaft", sb, Map.of("eingangsdatum", heute, "unterzeichnungGebietskoerperschaftDatum",
            "2020-01-01"), NICHT_ERLAUBT),
        new Versuch("Budget", sb, Map.of("budget", "1"), NICHT_ERLAUBT),
        new Versuch("Status", sb, Map.of("zielvereinbarungStatus", "VEROEFFENTLICHT"), NICHT_ERLAUBT),
        new Versuch("Datum", sb, Map.of("eingangsdatum", "morgen"), "erwartet ein Datum"),
        Versuch.regel("in der Zukunft", sb, Map.of("eingangsdatum", LocalDate.now().plusDays(1).toString()),
            "Das Eingangsdatum liegt in der Zukunft.")));
    fall.bestaetigeEingang(LocalDate.now());
    fall.fuehreJobsAus();
    assertThat(veroeffentlichungen.eintrag(fall.foerderfall.getBusinessKey()).orElseThrow().budgetCent()).isEqualTo(491_550_00L);
  }

  @Test
  void derStartNimmtNurGebietskoerperschaftUndJahr() {
    String sb = ZielvereinbarungTreiber.HMSI_SB;
    new ZielvereinbarungTreiber(engine, "06636"); // users
    Rest ministerium = Rest.basic(rest, sb);
    Map<String, Map<String, Object>> versuche = new LinkedHashMap<>();
    versuche.put("angelegt von", Map.of("variables", Rest.variablen(Map.of("gebietskoerperschaft", "06636", "jahr", 2026,
        "angelegtVon", "jemand.anderes"))));
    versuche.put("Förderfallnummer", Map.of("variables", Rest.variablen(Map.of("gebietskoerperschaft", "06636", "jahr", 2026,
        "foerderfallNummer", FREMD))));
    versuche.put("Budget", Map.of("variables", Rest.variablen(Map.of("gebietskoerperschaft", "06636", "jahr", 2026,
        "budgetCent", 1L))));
    versuche.put("Aktenzeichen", Map.of("businessKey", FREMD, "variables", Rest.variablen(Map.of("gebietskoerperschaft", "06636",
        "jahr", 2026))));
    versuche.put("unbekannte Körperschaft", Map.of("variables", Rest.variablen(Map.of("gebietskoerperschaft", "99999", "jahr", 2026))));
    versuche.put("Jahr", Map.of("variables", Rest.variablen(Map.of("gebietskoerperschaft", "06636", "jahr", "zwanzig"))));
    Map<String, String> meldungen = Map.of("angelegt von", "„angelegtVon“ " + NICHT_ERLAUBT, "Förderfallnummer",
        "„foerderfallNummer“ " + NICHT_ERLAUBT, "Budget", "„budgetCent“ " + NICHT_ERLAUBT, "Aktenzeichen",
        "vergibt das System selbst", "unbekannte Körperschaft", "keine der angebotenen Möglichkeiten", "Jahr", "erwartet eine ganze Zahl");
    long vorherFaelle = engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("foerderfall").count();
    Fallzustand vorher = zustand("AQB-2026-06636");
    versuche.forEach((was, koerper) -> {
      for (String pfad : List.of("/process-definition/key/foerderfall/start", "/process-definition/key/foerderfall/submit-form")) {
        var antwort = ministerium.post(pfad, koerper);
        assertThat(antwort.status()).as(was + " " + pfad + ": " + antwort.text()).isEqualTo(400);
        assertThat(antwort.meldung()).as(was).contains(meldungen.get(was)).endsWith("Es wurde nichts geändert.");
      }
    });
    assertThat(zustand("AQB-2026-06636")).isEqualTo(vorher);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("foerderfall").count())
        .isEqualTo(vorherFaelle);

    var gut = ministerium.post("/process-definition/key/foerderfall/submit-form",
        Map.of("variables", Rest.variablen(Map.of("gebietskoerperschaft", "06636", "jahr", 2026))));
    assertThat(gut.status()).as(gut.text()).isEqualTo(200);
    String nummer = gut.json().path("businessKey").asText();
    assertThat(nummer).startsWith("AQB-2026-06636");
    assertThat(jdbc.sql("select angelegt_von from aqb_foerderfall where nummer = ?").param(nummer).query(String.class).single())
        .isEqualTo(sb);
  }

  @Test
  void derLandratAendertWederBudgetNochProjekteNochDenOrtDesMinisteriums() throws Exception {
    var fall = new ZielvereinbarungTreiber(engine, "06535");
    fall.starte(2026);
    fall.erstelleEntwurf(ZielvereinbarungTreiber.entwurf(SeedZielvereinbarungen.odenwaldkreis2025()));
    fall.fuehreJobsAus();
    fall.pruefe(true, null);
    fall.fuehreJobsAus();
    fall.unterzeichne("ministerium", "Wiesbaden", LocalDate.now());
    fall.fuehreJobsAus();
    String nummer = fall.foerderfall.getBusinessKey();
    String heute = LocalDate.now().toString();
    String aufgabe = fall.aufgabe("Task_UnterzeichneGebietskoerperschaft").getId();

    Map<String, Object> manipuliert = new LinkedHashMap<>();
    manipuliert.put("unterzeichnungGebietskoerperschaftOrt", "Lauterbach");
    manipuliert.put("unterzeichnungGebietskoerperschaftDatum", heute);
    manipuliert.put("budget", "9.999.999,00");
    manipuliert.put("projekteMassnahmenart1", "[{\"name\":\"TZ-Ausbildung Webportal\"},{\"name\":\"Zusatzprojekt des Landrats\"}]");
    manipuliert.put("unterzeichnungMinisteriumOrt", "Lauterbach");
    Fallzustand vorher = zustand(nummer);
    for (Rest landrat : List.of(Rest.basic(rest, fall.gkZeichnung), Rest.tasklist(rest, fall.gkZeichnung))) {
      var antwort = landrat.schliesseAb(aufgabe, manipuliert);
      assertThat(antwort.status()).as(antwort.text()).isEqualTo(400);
      assertThat(antwort.meldung()).contains("„budget“ " + NICHT_ERLAUBT).contains("„projekteMassnahmenart1“ " + NICHT_ERLAUBT)
          .contains("„unterzeichnungMinisteriumOrt“ " + NUR_ANZEIGE).endsWith("Es wurde nichts geändert.");
    }
    assertThat(zustand(nummer)).isEqualTo(vorher);

    var gegenzeichnung = Rest.basic(rest, fall.gkZeichnung).schliesseAb(aufgabe,
        Map.of("unterzeichnungGebietskoerperschaftOrt", "Lauterbach", "unterzeichnungGebietskoerperschaftDatum", heute));
    assertThat(gegenzeichnung.status()).as(gegenzeichnung.text()).isEqualTo(204);
    fall.fuehreJobsAus();
    fall.bestaetigeEingang(LocalDate.now());
    fall.fuehreJobsAus();

    String datum = LocalDate.now().getDayOfMonth() + "." + LocalDate.now().getMonthValue() + "." + LocalDate.now().getYear();
    MimeMessage mail = Arrays.stream(greenMail.getReceivedMessages()).filter(m -> betreff(m).contains("von beiden Seiten unterzeichnet")
        && betreff(m).contains("Vogelsbergkreis")).reduce((a, b) -> b).orElseThrow();
    assertThat(ZielvereinbarungProzessTest.text(mail)).contains("491.550,00 €").doesNotContain("9.999.999");
    for (String text : List.of(pdfText(anhang(mail)), pdfText(veroeffentlichungen.pdf(nummer).orElseThrow()))) {
      assertThat(text).contains("491.550 Euro").contains("TZ-Ausbildung Webportal").contains("Wiesbaden, den " + datum)
          .contains("Lauterbach, den " + datum).doesNotContain("Zusatzprojekt").doesNotContain("9.999.999");
      assertThat(text.split("Lauterbach, den", -1)).as("nur die Körperschaft unterzeichnete in Lauterbach").hasSize(2);
    }
    var eintrag = veroeffentlichungen.eintrag(nummer).orElseThrow();
    assertThat(eintrag.budgetCent()).isEqualTo(491_550_00L);
    assertThat(eintrag.projekte().values().stream().flatMap(List::stream)).contains("TZ-Ausbildung Webportal")
        .doesNotContain("Zusatzprojekt des Landrats");
    assertThat(rest.getForObject("/portal/zielvereinbarungen", String.class)).contains("491.550,00 €").doesNotContain("9.999.999");
  }

  private void versuche(ZielvereinbarungTreiber fall, String aufgabe, List<Versuch> versuche) {
    String nummer = fall.foerderfall.getBusinessKey();
    String taskId = fall.aufgabe(aufgabe).getId();
    Fallzustand vorher = zustand(nummer);
    for (Versuch versuch : versuche) {
      var antwort = Rest.basic(rest, versuch.benutzer()).schliesseAb(taskId, versuch.werte());
      assertThat(antwort.status()).as(aufgabe + " / " + versuch.was() + ": " + antwort.text()).isEqualTo(400);
      assertThat(antwort.meldung()).as(aufgabe + " / " + versuch.was()).contains(versuch.meldung())
          .doesNotContain("ENGINE-");
      if (versuch.vomTor()) {
        assertThat(antwort.meldung()).endsWith("Es wurde nichts geändert.");
      }
    }
    assertThat(zustand(nummer)).as(aufgabe + ": nichts geändert").isEqualTo(vorher);
  }

  private Fallzustand zustand(String nummer) {
    return Fallzustand.von(dataSource, engine, nummer, greenMail.getReceivedMessages().length);
  }

  private static byte[] anhang(MimeMessage mail) throws Exception {
    MimeMultipart teile = (MimeMultipart) mail.getContent();
    for (int i = 0; i < teile.getCount(); i++) {
      if (teile.getBodyPart(i).getFileName() != null) {
        try (InputStream in = teile.getBodyPart(i).getInputStream()) {
          return in.readAllBytes();
        }
      }
    }
    throw new AssertionError("kein Anhang");
  }

  private static String pdfText(byte[] pdf) throws Exception {
    try (var dokument = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(dokument);
    }
  }

  private static String betreff(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}

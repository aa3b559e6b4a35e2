package de.hessen.aqb.altvereinbarung;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.hessen.aqb.altvereinbarung.domain.OcrSchaeden;
import de.hessen.aqb.identity.Gruppen;
import de.hessen.aqb.testsupport.Anmeldung;
import de.hessen.aqb.testsupport.AqbSpringBootTest;
import de.hessen.aqb.testsupport.ProzessTreiber;
import de.hessen.aqb.testsupport.Rest;
import de.hessen.aqb.zielvereinbarung.ZielvereinbarungTreiber;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue #16 across the stack: the reading API (text and PDF, who may call it, German errors), the import process
 * (upload, review with a correction, confirmation, the duplicate question, a discarded file, the gate) and the next
 * year's draft starting from the imported agreement.
 */
@AqbSpringBootTest
class AltvereinbarungTest {

  static final String HMSI = "alt.hmsi";
  static final String RP = "alt.rp";
  static final String KOMMUNE = "alt.06535";
  static final String VOGELSBERG = "06535";

  @Autowired ProcessEngine engine;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcClient jdbc;

  void benutzer() {
    var ids = engine.getIdentityService();
    Anmeldung.benutzer(ids, HMSI, Gruppen.HMSI);
    Anmeldung.benutzer(ids, RP, Gruppen.RP_KASSEL);
    Anmeldung.benutzer(ids, KOMMUNE, "kommune-" + VOGELSBERG);
  }

  /** Seed 001 turned into the Vogelsbergkreis's agreement of 2025, OCR-damaged by the documented rules. */
  static String vogelsberg2025() {
    String text = seed("seeds/001_811fa2fd19689345.txt").replace("Odenwaldkreis", "Vogelsbergkreis")
        .replace("Erbach, den", "Lauterbach, den");
    return new OcrSchaeden(16, 2025).beschaedige(text);
  }

  @Test
  void dieLesungPerApiNurFuersMinisteriumAlsTextUndAlsPdf() throws Exception {
    benutzer();
    ResponseEntity<String> text = sende(HMSI, "text/plain; charset=UTF-8", vogelsberg2025().getBytes(StandardCharsets.UTF_8));
    assertThat(text.getStatusCode().value()).isEqualTo(200);
    JsonNode json = new ObjectMapper().readTree(text.getBody());
    assertThat(json.get("partner").asText()).isEqualTo("Landkreis Vogelsbergkreis");
    assertThat(json.get("kreisschluessel").asText()).isEqualTo(VOGELSBERG);
    assertThat(json.get("jahr").asInt()).isEqualTo(2025);
    assertThat(json.get("budgetCent").asLong()).isEqualTo(49_155_000L);
    assertThat(json.get("massnahmen").get("3")).hasSize(4);
    assertThat(json.get("unterzeichnungen")).hasSize(2);
    assertThat(json.get("unsicher").isArray()).isTrue();

    ResponseEntity<String> pdf = sende(HMSI, "application/pdf", pdf(seed("seeds/000_cf7d49e002f1b9fc.txt")));
    assertThat(pdf.getStatusCode().value()).as(pdf.getBody()).isEqualTo(200);
    JsonNode p = new ObjectMapper().readTree(pdf.getBody());
    assertThat(p.get("kreisschluessel").asText()).isEqualTo("06414");
    assertThat(p.get("budgetCent").asLong()).isEqualTo(281_246_000L);
    assertThat(p.get("massnahmen").get("1").get(0).asText()).isEqualTo("Fit für den Beruf (FIB)");

    assertThat(sende(RP, "text/plain", "x".getBytes()).getStatusCode().value()).isEqualTo(403);
    assertThat(sende(KOMMUNE, "text/plain", "x".getBytes()).getBody()).contains("nur das Ministerium");
    assertThat(rest.exchange("/api/altvereinbarungen/auslesen", HttpMethod.POST, new HttpEntity<>("x"), String.class)
        .getStatusCode().value()).isEqualTo(401);
    ResponseEntity<String> bild = sende(HMSI, "image/png", new byte[] {1, 2, 3});
    assertThat(bild.getStatusCode().value()).isEqualTo(415);
    assertThat(bild.getBody()).contains("text/plain; charset=UTF-8");
    ResponseEntity<String> fremd = sende(HMSI, "text/plain; charset=UTF-8", seed("seeds/004_9a37c6bfad1064d4.txt").getBytes(StandardCharsets.UTF_8));
    assertThat(fremd.getStatusCode().value()).isEqualTo(422);
    assertThat(fremd.getBody()).contains("keine lesbare Zielvereinbarung");
    assertThat(sende(HMSI, "text/plain", new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1}).getStatusCode().value()).isEqualTo(400);
    assertThat(sende(HMSI, "text/plain", new byte[Auslesen.HOECHSTGROESSE + 1]).getStatusCode().value()).isEqualTo(413);
    assertThat(jdbc.sql("select count(*) from aqb_altvereinbarung where kreisschluessel = '06414'").query(Integer.class).single())
        .as("reading stores nothing").isZero();
  }

  @Test
  void hochladenPruefenKorrigierenBestaetigenUndDerEntwurfDesFolgejahrsBeginntDamit() {
    benutzer();
    byte[] datei = vogelsberg2025().getBytes(StandardCharsets.UTF_8);
    ProzessTreiber treiber = starte("ALT-TEST-1", datei);
    List<Task> aufgaben = engine.getTaskService().createTaskQuery().processInstanceBusinessKey("ALT-TEST-1")
        .taskDefinitionKey("Task_PruefeAltvereinbarung").list();
    assertThat(aufgaben).hasSize(2);
    Task vogelsberg = aufgabe(aufgaben, "vogelsberg-2025.txt");
    Task fremd = aufgabe(aufgaben, "leistungsbeschreibung.txt");
    Map<String, Object> gelesen = engine.getTaskService().getVariables(vogelsberg.getId());
    assertThat(gelesen.get("kreisschluessel")).isEqualTo(VOGELSBERG);
    assertThat(gelesen.get("jahr")).isEqualTo(2025);
    assertThat(gelesen.get("budget")).isEqualTo("491550.00");
    assertThat(String.valueOf(gelesen.get("quelltext"))).contains("Vogelsbergkreis");
    assertThat((String) engine.getTaskService().getVariable(fremd.getId(), "lesefehler")).contains("keine lesbare Zielvereinbarung");

    // a variable the contract does not know is refused at the gate, nothing changes
    var antwort = Rest.basic(rest, HMSI).schliesseAb(vogelsberg.getId(), Map.of("budgetCent", 1L));
    assertThat(antwort.status()).isEqualTo(400);

    Map<String, Object> werte = bestaetigt(gelesen);
    werte.put("projekteText3", "BUILD - Begrüßen und Integrieren\nMInA - Migranten in Arbeit\nDigital Praxis\nBeratung on Tour");
    treiber.erledige(vogelsberg, HMSI, werte);
    treiber.erledige(fremd, HMSI, Map.of("altvereinbarungAktion", "verwerfen"));
    Map<String, Object> zeile = jdbc.sql("select partner, budget_cent, projekte_json, quelle, uebernommen_von from aqb_altvereinbarung "
        + "where kreisschluessel = ? and jahr = 2025").param(VOGELSBERG).query().singleRow();
    assertThat(zeile.get("partner")).isEqualTo("Landkreis Vogelsbergkreis");
    assertThat(((Number) zeile.get("budget_cent")).longValue()).isEqualTo(49_155_000L);
    assertThat((String) zeile.get("projekte_json")).contains("\"MInA - Migranten in Arbeit\"");
    assertThat((byte[]) zeile.get("quelle")).isEqualTo(datei);
    assertThat(zeile.get("uebernommen_von")).isEqualTo(HMSI);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("ALT-TEST-1").count()).isZero();

    // the same body and year again: asked, not replaced, until the clerk says so
    ProzessTreiber zweiter = starte("ALT-TEST-2", datei);
    Task nochmal = engine.getTaskService().createTaskQuery().processInstanceBusinessKey("ALT-TEST-2").singleResult();
    assertThat((String) engine.getTaskService().getVariable(nochmal.getId(), "vorhanden")).contains("bereits übernommen");
    Map<String, Object> ersetzt = bestaetigt(engine.getTaskService().getVariables(nochmal.getId()));
    ersetzt.put("budget", "500000");
    ersetzt.put("projekteText3", werte.get("projekteText3"));
    assertThatThrownBy(() -> zweiter.erledige(nochmal, HMSI, ersetzt)).hasMessageContaining("Soll sie ersetzt werden?");
    assertThat(budget()).isEqualTo(49_155_000L);
    ersetzt.put("vorhandeneErsetzen", true);
    zweiter.erledige(nochmal, HMSI, ersetzt);
    assertThat(budget()).isEqualTo(50_000_000L);

    // the body's history: the ministry and the body itself, no other body
    assertThat(historie(HMSI).getBody()).contains("\"jahr\":2025", "übernommen (nicht im System unterzeichnet)");
    assertThat(historie(KOMMUNE).getStatusCode().value()).isEqualTo(200);
    Anmeldung.benutzer(engine.getIdentityService(), "alt.06437", "kommune-06437");
    assertThat(historie("alt.06437").getStatusCode().value()).isEqualTo(404);

    // next year's draft starts from it
    ZielvereinbarungTreiber fall = new ZielvereinbarungTreiber(engine, VOGELSBERG);
    fall.starte(2026);
    fall.treiber.fuehreJobsAus();
    Task entwurf = fall.aufgabe("Task_ErstelleEntwurf");
    assertThat(engine.getTaskService().getVariable(entwurf.getId(), "projekteText3"))
        .isEqualTo("BUILD - Begrüßen und Integrieren\nMInA - Migranten in Arbeit\nDigital Praxis\nBeratung on Tour");
    assertThat((String) engine.getTaskService().getVariable(entwurf.getId(), "entwurfGrundlage")).contains("2025");
  }

  long budget() {
    return jdbc.sql("select budget_cent from aqb_altvereinbarung where kreisschluessel = ? and jahr = 2025").param(VOGELSBERG)
        .query(Long.class).single();
  }

  /** What the form sends on "übernehmen": the prefilled fields, the unread ones filled in by the clerk. */
  static Map<String, Object> bestaetigt(Map<String, Object> gelesen) {
    Map<String, Object> werte = new HashMap<>();
    for (String name : List.of("kreisschluessel", "jahr", "budget", "projekteText1", "projekteText2", "projekteText3",
        "projekteText4", "ministeriumTitel", "ministeriumName", "ministeriumOrt", "ministeriumDatum", "partnerTitel",
        "partnerName", "partnerOrt", "partnerDatum")) {
      werte.put(name, gelesen.get(name));
    }
    werte.put("ministeriumTitel", "Staatsministerin");
    werte.put("ministeriumOrt", "Wiesbaden");
    werte.put("ministeriumDatum", "2025-08-02");
    werte.put("partnerTitel", "Landrat");
    werte.put("partnerOrt", "Lauterbach");
    werte.put("partnerDatum", "2025-08-11");
    werte.put("altvereinbarungAktion", "uebernehmen");
    return werte;
  }

  ProzessTreiber starte(String schluessel, byte[] datei) {
    engine.getIdentityService().setAuthentication(HMSI, List.of(Gruppen.HMSI));
    try {
      Map<String, Object> start = new HashMap<>();
      start.put("datei1", Variables.fileValue("vogelsberg-2025.txt").file(datei).mimeType("text/plain").encoding("UTF-8").create());
      if (schluessel.endsWith("1")) {
        start.put("datei2", Variables.fileValue("leistungsbeschreibung.txt")
            .file(seed("seeds/004_9a37c6bfad1064d4.txt").getBytes(StandardCharsets.UTF_8)).mimeType("text/plain").create());
      }
      engine.getRuntimeService().startProcessInstanceByKey("altvereinbarung", schluessel, start);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    ProzessTreiber treiber = new ProzessTreiber(engine, schluessel);
    treiber.fuehreJobsAus();
    return treiber;
  }

  Task aufgabe(List<Task> aufgaben, String dateiname) {
    return aufgaben.stream().filter(t -> dateiname.equals(engine.getTaskService().getVariable(t.getId(), "dateiname")))
        .findFirst().orElseThrow();
  }

  ResponseEntity<String> historie(String benutzer) {
    HttpHeaders kopf = new HttpHeaders();
    kopf.setBasicAuth(benutzer, Anmeldung.PASSWORT);
    return rest.exchange("/api/altvereinbarungen/" + VOGELSBERG, HttpMethod.GET, new HttpEntity<>(kopf), String.class);
  }

  ResponseEntity<String> sende(String benutzer, String typ, byte[] inhalt) {
    HttpHeaders kopf = new HttpHeaders();
    kopf.setBasicAuth(benutzer, Anmeldung.PASSWORT);
    kopf.setContentType(MediaType.parseMediaType(typ));
    return rest.exchange("/api/altvereinbarungen/auslesen", HttpMethod.POST, new HttpEntity<>(inhalt, kopf), String.class);
  }

  /** A PDF with a text layer: the text wrapped at 90 characters, 50 lines a page. */
  static byte[] pdf(String text) throws IOException {
    try (PDDocument dokument = new PDDocument(); ByteArrayOutputStream aus = new ByteArrayOutputStream()) {
      PDType1Font schrift = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      List<String> zeilen = text.replace("\\*", "*").replace("**", "").replace("\t", " ").lines()
          .flatMap(z -> umbrochen(z, 90).stream()).toList();
      for (int ab = 0; ab < zeilen.size(); ab += 50) {
        PDPage seite = new PDPage();
        dokument.addPage(seite);
        try (PDPageContentStream inhalt = new PDPageContentStream(dokument, seite)) {
          inhalt.beginText();
          inhalt.setFont(schrift, 9);
          inhalt.newLineAtOffset(40, 750);
          for (String z : zeilen.subList(ab, Math.min(zeilen.size(), ab + 50))) {
            inhalt.showText(z.replaceAll("[^\\x20-\\x7e\\u00a0-\\u00ff–„“]", " "));
            inhalt.newLineAtOffset(0, -14);
          }
          inhalt.endText();
        }
      }
      dokument.save(aus);
      return aus.toByteArray();
    }
  }

  static List<String> umbrochen(String zeile, int breite) {
    List<String> teile = new java.util.ArrayList<>();
    String rest = zeile;
    while (rest.length() > breite && rest.lastIndexOf(' ', breite) > 0) {
      int bruch = rest.lastIndexOf(' ', breite);
      teile.add(rest.substring(0, bruch));
      rest = rest.substring(bruch + 1);
    }
    teile.add(rest);
    return teile;
  }

  static String seed(String pfad) {
    try (InputStream in = AltvereinbarungTest.class.getClassLoader().getResourceAsStream(pfad)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

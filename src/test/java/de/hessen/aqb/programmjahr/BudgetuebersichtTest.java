package de.hessen.aqb.programmjahr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.hessen.aqb.identity.Gruppen;
import de.hessen.aqb.programmjahr.domain.Budgetzeile;
import de.hessen.aqb.programmjahr.domain.Uebersicht;
import de.hessen.aqb.testsupport.Anmeldung;
import de.hessen.aqb.testsupport.AqbSpringBootTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The budget overview against hand-computed figures on a fixed data set (year 2031, written straight into the ledger
 * tables), and its access rule through page, JSON and exports.
 */
@AqbSpringBootTest
class BudgetuebersichtTest {

  static final int JAHR = 2031;
  static final long EURO = 100;

  @Autowired Budgetuebersicht uebersicht;
  @Autowired JdbcClient jdbc;
  @Autowired ProcessEngine engine;
  @Autowired TestRestTemplate rest;

  @BeforeEach
  void datensatz() {
    var ids = engine.getIdentityService();
    Anmeldung.benutzer(ids, "bu.hmsi", Gruppen.HMSI);
    Anmeldung.benutzer(ids, "bu.rp", Gruppen.RP_KASSEL);
    Anmeldung.benutzer(ids, "bu.06412", "kommune-06412");
    Anmeldung.benutzer(ids, "bu.traeger", "traeger-gab-limburg");
    if (jdbc.sql("select count(*) from aqb_programmjahr where jahr = ?").param(JAHR).query(Integer.class).single() > 0) {
      return;
    }
    Timestamp jetzt = Timestamp.from(Instant.parse("2031-03-01T10:00:00Z"));
    jdbc.sql("""
        insert into aqb_programmjahr (jahr, aktiv_jahr, status, landesbudget_cent, quelle, erfasst_von, erfasst_am, freigegeben_von)
        values (?, ?, 'FREIGEGEBEN', ?, 'Test', 'a', ?, 'b')""").params(JAHR, JAHR, 3_000_000 * EURO, jetzt).update();
    long id = jdbc.sql("select id from aqb_programmjahr where aktiv_jahr = ?").param(JAHR).query(Long.class).single();
    zuteilung(id, "06411", 1_000_000, "AQB-2031-06411");
    zuteilung(id, "06412", 1_500_000, "AQB-2031-06412");
    zuteilung(id, "06413", 500_000, null);
    fall("AQB-2031-06411", "06411", "AKTIV", jetzt);
    fall("AQB-2031-06412", "06412", "ABGESCHLOSSEN", jetzt);
    fall("AQB-2031-06414", "06414", "STORNIERT", jetzt);
    zv("AQB-2031-06411", "06411", "UNTERZEICHNET", 1_000_000);
    zv("AQB-2031-06412", "06412", "UNTERZEICHNET", 1_400_000);
    zv("AQB-2031-06414", "06414", "STORNIERT", 900_000);
    bescheid("AQB-2031-06411", "RPKS-2031-1", jetzt, 800_000, -50_000);
    bescheid("AQB-2031-06412", "RPKS-2031-2", jetzt, 1_200_000);
    abruf("AQB-2031-06411", 1, 300_000, "AUSGEZAHLT", 300_000, jetzt);
    abruf("AQB-2031-06411", 2, 100_000, "OFFEN", 0, jetzt);
    abruf("AQB-2031-06412", 1, 700_000, "AUSGEZAHLT", 700_000, jetzt);
    abruf("AQB-2031-06412", 2, 500_000, "AUSGEZAHLT", 500_000, jetzt);
    nachweis("AQB-2031-06412", 1, null, null, jetzt);
    nachweis("AQB-2031-06412", 2, 1_100_000L, 100_000L, jetzt);
  }

  @Test
  void dieZahlenStimmenMitDerHandrechnungUeberein() {
    Uebersicht u = uebersicht.fuer(JAHR);
    Map<String, Budgetzeile> z = u.zeilen().stream().collect(Collectors.toMap(Budgetzeile::kreisschluessel, l -> l));
    assertThat(z.keySet()).containsExactlyInAnyOrder("06411", "06412", "06413", "06414");
    // Darmstadt: 750,000 granted (800,000 less an Änderungsbescheid of 50,000), 300,000 paid (the open request pays nothing)
    assertThat(z.get("06411")).isEqualTo(new Budgetzeile("06411", "Wissenschaftsstadt Darmstadt", "AQB-2031-06411", "Zielvereinbarung",
        1_000_000 * EURO, 1_000_000 * EURO, 750_000 * EURO, 300_000 * EURO, 0, 0));
    assertThat(z.get("06411").restCent()).isEqualTo(700_000 * EURO);
    // Frankfurt: the agreement's budget (1.4 m) counts, not the allocation (1.5 m); the latest checked Fassung counts
    assertThat(z.get("06412")).isEqualTo(new Budgetzeile("06412", "Stadt Frankfurt am Main", "AQB-2031-06412", "abgeschlossen",
        1_500_000 * EURO, 1_400_000 * EURO, 1_200_000 * EURO, 1_200_000 * EURO, 1_100_000 * EURO, 100_000 * EURO));
    assertThat(z.get("06412").restCent()).isEqualTo(300_000 * EURO);
    assertThat(z.get("06413").stufe()).isEqualTo("noch nicht gestartet");
    assertThat(z.get("06413").restCent()).isEqualTo(500_000 * EURO);
    assertThat(z.get("06414").stufe()).isEqualTo("storniert");
    assertThat(z.get("06414").budgetCent()).as("a cancelled agreement's budget does not count").isZero();
    Budgetzeile s = u.summe();
    assertThat(List.of(s.zuteilungCent(), s.budgetCent(), s.bewilligtCent(), s.ausgezahltCent(), s.anerkanntCent(),
        s.zurueckgefordertCent(), s.restCent())).containsExactly(3_000_000 * EURO, 2_900_000 * EURO, 1_950_000 * EURO,
        1_500_000 * EURO, 1_100_000 * EURO, 100_000 * EURO, 1_500_000 * EURO);
    assertThat(u.landesbudgetCent()).isEqualTo(3_000_000 * EURO);
  }

  @Test
  void jsonUndExporteNurMitAnmeldungUndEineKoerperschaftSiehtNurIhreZeile() throws Exception {
    assertThat(rest.getForEntity("/api/programmjahr/uebersicht?jahr=2031", String.class).getStatusCode().value()).isEqualTo(401);
    assertThat(rest.getForEntity("/api/programmjahr/uebersicht.csv?jahr=2031", String.class).getStatusCode().value()).isEqualTo(401);
    assertThat(rest.getForEntity("/api/programmjahr/uebersicht.xlsx?jahr=2031", String.class).getStatusCode().value()).isEqualTo(401);

    JsonNode alle = json("bu.hmsi");
    assertThat(alle.get("zeilen")).hasSize(4);
    assertThat(alle.get("summe").get("restCent").asLong()).isEqualTo(1_500_000 * EURO);
    assertThat(json("bu.rp").get("zeilen")).hasSize(4);
    JsonNode eigene = json("bu.06412");
    assertThat(eigene.get("zeilen")).hasSize(1);
    assertThat(eigene.get("zeilen").get(0).get("kreisschluessel").asText()).isEqualTo("06412");
    assertThat(eigene.get("summe").get("budgetCent").asLong()).isEqualTo(1_400_000 * EURO);
    ResponseEntity<String> traeger = rest.withBasicAuth("bu.traeger", Anmeldung.PASSWORT)
        .getForEntity("/api/programmjahr/uebersicht?jahr=2031", String.class);
    assertThat(traeger.getStatusCode().value()).isEqualTo(403);
    assertThat(traeger.getBody()).contains("nur ihre eigene Zeile");

    String csv = rest.withBasicAuth("bu.06412", Anmeldung.PASSWORT).getForObject("/api/programmjahr/uebersicht.csv?jahr=2031", String.class);
    assertThat(csv.lines().toList()).hasSize(3); // header, own line, sum
    assertThat(csv).contains("Stadt Frankfurt am Main").contains("1.400.000,00").doesNotContain("Darmstadt");
    byte[] xlsx = rest.withBasicAuth("bu.06412", Anmeldung.PASSWORT).getForObject("/api/programmjahr/uebersicht.xlsx?jahr=2031", byte[].class);
    assertThat(zeilen(xlsx)).hasSize(3);
    assertThat(zeilen(rest.withBasicAuth("bu.hmsi", Anmeldung.PASSWORT)
        .getForObject("/api/programmjahr/uebersicht.xlsx?jahr=2031", byte[].class))).hasSize(6);
  }

  @Test
  void dieSeiteUnterDerAnmeldungDerWebappsMitDiagramm() throws Exception {
    ResponseEntity<String> anonym = rest.getForEntity("/programmjahr/uebersicht?jahr=2031", String.class);
    assertThat(anonym.getStatusCode().value()).isEqualTo(401);
    assertThat(anonym.getBody()).contains("Bitte melden Sie sich zuerst");

    String ministerium = seite(sitzung("bu.hmsi"), "/programmjahr/uebersicht?jahr=2031").getBody();
    assertThat(ministerium).contains("Budgetübersicht AQB 2031").contains("Wissenschaftsstadt Darmstadt")
        .contains("Stadt Frankfurt am Main").contains("/webjars/chart.js/4.4.7/dist/chart.umd.js").contains("1.500.000,00 €");
    String kommune = sitzung("bu.06412");
    String eigene = seite(kommune, "/programmjahr/uebersicht?jahr=2031").getBody();
    assertThat(eigene).contains("Stadt Frankfurt am Main").doesNotContain("Wissenschaftsstadt Darmstadt");
    assertThat(seite(kommune, "/programmjahr/uebersicht.csv?jahr=2031").getBody()).doesNotContain("Darmstadt").contains("Frankfurt");
    assertThat(rest.getForEntity("/webjars/chart.js/4.4.7/dist/chart.umd.js", String.class).getStatusCode().value()).isEqualTo(200);

    // the page allows no inline script (CSP, ADR 22): the chart's data is a JSON block, the drawing a file of its own
    var seite = seite(sitzung("bu.hmsi"), "/programmjahr/uebersicht?jahr=2031");
    assertThat(seite.getHeaders().getFirst("Content-Security-Policy")).contains("script-src 'self'");
    var daten = java.util.regex.Pattern.compile("<script type=\"application/json\" id=\"diagramm-daten\">(.*?)</script>",
        java.util.regex.Pattern.DOTALL).matcher(seite.getBody());
    assertThat(daten.find()).as(seite.getBody()).isTrue();
    assertThat(new ObjectMapper().readTree(daten.group(1)).get("labels")).hasSize(4);
    assertThat(java.util.regex.Pattern.compile("<script(?![^>]*\\b(src|type=\"application/json\"))[^>]*>").matcher(seite.getBody()).find())
        .as("inline script").isFalse();
    assertThat(java.util.regex.Pattern.compile("\\son[a-z]+=\"").matcher(seite.getBody()).find()).as("inline event handler").isFalse();
    var skript = rest.getForEntity("/programmjahr/uebersicht-diagramm.js", String.class);
    assertThat(skript.getStatusCode().value()).isEqualTo(200);
    assertThat(skript.getBody()).contains("window.aqbDiagramm = new Chart(");
  }

  JsonNode json(String benutzer) throws Exception {
    ResponseEntity<String> antwort = rest.withBasicAuth(benutzer, Anmeldung.PASSWORT)
        .getForEntity("/api/programmjahr/uebersicht?jahr=2031", String.class);
    assertThat(antwort.getStatusCode().value()).as(antwort.getBody()).isEqualTo(200);
    return new ObjectMapper().readTree(antwort.getBody());
  }

  static List<Row> zeilen(byte[] xlsx) throws Exception {
    try (ReadableWorkbook mappe = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      return mappe.getFirstSheet().read();
    }
  }

  /** Logs in to Tasklist as the browser does and returns the session cookie (JSESSIONID=…). */
  String sitzung(String benutzer) {
    ResponseEntity<String> start = rest.getForEntity("/camunda/app/tasklist/default/", String.class);
    String csrf = cookie(start.getHeaders(), "XSRF-TOKEN");
    String sitzung = cookie(start.getHeaders(), "JSESSIONID");
    HttpHeaders kopf = new HttpHeaders();
    kopf.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    kopf.add(HttpHeaders.COOKIE, "JSESSIONID=" + sitzung + "; XSRF-TOKEN=" + csrf);
    kopf.add("X-XSRF-TOKEN", csrf);
    var formular = new LinkedMultiValueMap<String, String>();
    formular.add("username", benutzer);
    formular.add("password", Anmeldung.PASSWORT);
    ResponseEntity<String> login = rest.exchange("/camunda/api/admin/auth/user/default/login/tasklist", HttpMethod.POST,
        new HttpEntity<>(formular, kopf), String.class);
    assertThat(login.getStatusCode().is2xxSuccessful()).as(benutzer + " " + login.getStatusCode()).isTrue();
    String neu = cookie(login.getHeaders(), "JSESSIONID");
    return "JSESSIONID=" + (neu == null ? sitzung : neu);
  }

  ResponseEntity<String> seite(String cookie, String pfad) {
    HttpHeaders kopf = new HttpHeaders();
    kopf.add(HttpHeaders.COOKIE, cookie);
    return rest.exchange(pfad, HttpMethod.GET, new HttpEntity<>(kopf), String.class);
  }

  static String cookie(HttpHeaders kopf, String name) {
    return kopf.getOrEmpty(HttpHeaders.SET_COOKIE).stream().filter(c -> c.startsWith(name + "="))
        .map(c -> c.substring(name.length() + 1, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).findFirst().orElse(null);
  }

  void zuteilung(long id, String ks, long euro, String nummer) {
    jdbc.sql("insert into aqb_programmjahr_zuteilung (programmjahr_id, kreisschluessel, betrag_cent, foerderfall_nummer) values (?, ?, ?, ?)")
        .params(id, ks, euro * EURO, nummer).update();
  }

  void fall(String nummer, String ks, String status, Timestamp am) {
    jdbc.sql("insert into aqb_foerderfall (nummer, kreisschluessel, jahr, status, aktiv_schluessel, angelegt_am) values (?, ?, ?, ?, ?, ?)")
        .params(nummer, ks, JAHR, status, "STORNIERT".equals(status) ? null : ks + "/" + JAHR, am).update();
  }

  void zv(String nummer, String ks, String status, long euro) {
    jdbc.sql("insert into aqb_zielvereinbarung (foerderfall_nummer, kreisschluessel, jahr, status, budget_cent) values (?, ?, ?, ?, ?)")
        .params(nummer, ks, JAHR, status, euro * EURO).update();
  }

  void bescheid(String nummer, String aktenzeichen, Timestamp am, long... buchungenEuro) {
    jdbc.sql("""
        insert into aqb_bescheid (aktenzeichen, foerderfall_nummer, art, bescheid_datum, summe_beantragt_cent, summe_bewilligt_cent,
          verfasser, freigabe, erlassen_am, pdf) values (?, ?, 'BEWILLIGUNG', ?, 0, 0, 'a', 'b', ?, ?)""")
        .params(aktenzeichen, nummer, LocalDate.of(JAHR, 3, 1), am, new byte[] {1}).update();
    for (long euro : buchungenEuro) {
      jdbc.sql("""
          insert into aqb_bewilligung_buchung (foerderfall_nummer, massnahme_id, massnahme_name, haushaltsjahr, betrag_cent,
            bescheid_aktenzeichen, gebucht_am) values (?, 'M1', 'Maßnahme', ?, ?, ?, ?)""")
          .params(nummer, JAHR, euro * EURO, aktenzeichen, am).update();
    }
  }

  void abruf(String nummer, int nr, long angefordertEuro, String status, long ausgezahltEuro, Timestamp am) {
    jdbc.sql("""
        insert into aqb_mittelabruf (foerderfall_nummer, abruf_nummer, angefordert_cent, bedarf_bis, verwendungszweck, angefordert_von,
          angefordert_am, status, ausgezahlt_cent) values (?, ?, ?, ?, 'Test', 'a', ?, ?, ?)""")
        .params(nummer, nr, angefordertEuro * EURO, LocalDate.of(JAHR, 4, 1), am, status, ausgezahltEuro * EURO).update();
  }

  void nachweis(String nummer, int fassung, Long anerkanntEuro, Long rueckforderungEuro, Timestamp am) {
    jdbc.sql("""
        insert into aqb_verwendungsnachweis (foerderfall_nummer, fassung, eingereicht_am, eingereicht_von, sachbericht_durchfuehrung,
          sachbericht_teilnehmende, sachbericht_ergebnisse, belegliste_datei, summe_ausgaben_cent, summe_einnahmen_cent, anerkannt_cent,
          rueckforderung_cent) values (?, ?, ?, 'a', 'x', 'x', 'x', 'b.csv', 0, 0, ?, ?)""")
        .params(nummer, fassung, am, anerkanntEuro == null ? null : anerkanntEuro * EURO,
            rueckforderungEuro == null ? null : rueckforderungEuro * EURO).update();
  }

  static String text(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }
}

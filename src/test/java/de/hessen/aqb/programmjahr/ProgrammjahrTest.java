package de.hessen.aqb.programmjahr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.hessen.aqb.identity.Gruppen;
import de.hessen.aqb.referenz.Gebietskoerperschaft;
import de.hessen.aqb.referenz.Referenzdaten;
import de.hessen.aqb.testsupport.Anmeldung;
import de.hessen.aqb.testsupport.AqbSpringBootTest;
import de.hessen.aqb.testsupport.ProzessTreiber;
import de.hessen.aqb.testsupport.Rest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 12 across the stack: a programme year from the form (27 cases, the drafts' budget from the allocation, Vier-Augen,
 * retry idempotence, the year's end), from CSV and XLSX files (discarded by the second person), and the refusals.
 */
@AqbSpringBootTest
class ProgrammjahrTest {

  static final String ERFASSER = "pj.hmsi1";
  static final String FREIGEBER = "pj.hmsi2";

  @Autowired ProcessEngine engine;
  @Autowired JdbcClient jdbc;
  @Autowired TestRestTemplate rest;
  @Autowired Referenzdaten referenzdaten;

  void benutzer() {
    Anmeldung.benutzer(engine.getIdentityService(), ERFASSER, Gruppen.HMSI);
    Anmeldung.benutzer(engine.getIdentityService(), FREIGEBER, Gruppen.HMSI);
  }

  /** Every body valid in {@code jahr}, one million euros each, Wiesbaden 1.2 million of which 200,000 earmarked. */
  String vollstaendigeZuteilung(int jahr) {
    return "Gebietskörperschaft;Betrag;davon zweckgebunden\n" + referenzdaten.gueltigImJahr(jahr).stream()
        .map(g -> g.ags() + (g.kreisschluessel().equals("06414") ? ";1.200.000,00;200.000" : ";1.000.000,00;"))
        .collect(Collectors.joining("\n"));
  }

  String starte(Map<String, Object> variablen) {
    engine.getIdentityService().setAuthentication(ERFASSER, List.of(Gruppen.HMSI));
    try {
      return engine.getRuntimeService().startProcessInstanceByKey("programmjahr", variablen).getId();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  long anzahlFoerderfaelle(int jahr) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("foerderfall")
        .processInstanceBusinessKeyLike("AQB-" + jahr + "-%").count();
  }

  @Test
  void ausDemFormularFreigegebenJeGebietskoerperschaftEinFoerderfallUndDasJahrEndetMitDemLetzten() {
    benutzer();
    // a case of the year started singly before (as today): linked, not started twice
    engine.getIdentityService().setAuthentication(ERFASSER, List.of(Gruppen.HMSI));
    engine.getRuntimeService().startProcessInstanceByKey("foerderfall", Map.of("gebietskoerperschaft", "06414", "jahr", 2027));
    engine.getIdentityService().clearAuthentication();

    starte(Map.of("jahr", 2027, "zuteilungText", vollstaendigeZuteilung(2027)));
    ProzessTreiber jahr = new ProzessTreiber(engine, "Programmjahr-2027");
    assertThat(engine.getTaskService().getVariable(jahr.aufgabe("Task_GibZuteilungFrei").getId(), "zuteilungAnzeige"))
        .isEqualTo("27 Gebietskörperschaften, zusammen 27.200.000,00 € von 27.700.000,00 € Landesbudget");

    assertThatThrownBy(() -> jahr.schliesseAb("Task_GibZuteilungFrei", ERFASSER, Map.of("freigabeEntscheidung", "freigeben")))
        .hasMessageContaining("Vier-Augen-Prinzip");
    assertThat(anzahlFoerderfaelle(2027)).isEqualTo(1);

    long beginn = System.nanoTime();
    jahr.erledige("Task_GibZuteilungFrei", FREIGEBER, Map.of("freigabeEntscheidung", "freigeben"));
    System.out.printf("Programmjahr 2027: 26 Förderfälle gestartet, 1 verknüpft, in %d ms%n", (System.nanoTime() - beginn) / 1_000_000);

    assertThat(anzahlFoerderfaelle(2027)).isEqualTo(27);
    assertThat(jdbc.sql("""
        select count(*) from aqb_programmjahr_zuteilung z join aqb_programmjahr p on p.id = z.programmjahr_id
        where p.jahr = 2027 and p.status = 'FREIGEGEBEN' and z.foerderfall_nummer = 'AQB-' || p.jahr || '-' || z.kreisschluessel""")
        .query(Integer.class).single()).isEqualTo(27);
    assertThat(jdbc.sql("select freigegeben_von from aqb_programmjahr where aktiv_jahr = 2027").query(String.class).single())
        .isEqualTo(FREIGEBER);

    // the draft of each case is prepared: its budget is the body's allocation (read from the released table)
    ProzessTreiber frankfurt = new ProzessTreiber(engine, "AQB-2027-06412");
    frankfurt.fuehreJobsAus();
    var entwurf = frankfurt.aufgabe("Task_ErstelleEntwurf");
    assertThat(entwurf).isNotNull();
    assertThat(engine.getTaskService().getVariable(entwurf.getId(), "budget")).isEqualTo("1.000.000,00");

    // retry after a lost record: the body's existing case is linked again, nothing is started twice
    jdbc.sql("update aqb_programmjahr_zuteilung set foerderfall_nummer = null where kreisschluessel = '06412' and programmjahr_id = "
        + "(select id from aqb_programmjahr where aktiv_jahr = 2027)").update();
    String instanz = jahr.instanz("programmjahr").getId();
    engine.getRuntimeService().createProcessInstanceModification(instanz).startBeforeActivity("Task_StarteFoerderfaelle").execute();
    jahr.fuehreJobsAus();
    assertThat(anzahlFoerderfaelle(2027)).isEqualTo(27);
    assertThat(jdbc.sql("select foerderfall_nummer from aqb_programmjahr_zuteilung where kreisschluessel = '06412' and "
        + "programmjahr_id = (select id from aqb_programmjahr where aktiv_jahr = 2027)").query(String.class).single())
        .isEqualTo("AQB-2027-06412");
    // the modification left a second token waiting at the timer: the year is still running twice over
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(instanz).timers().count()).isEqualTo(2);

    // the same year again: refused, nothing stored
    assertThatThrownBy(() -> starte(Map.of("jahr", 2027, "zuteilungText", "06411;5")))
        .hasMessageContaining("Das Programmjahr 2027 ist bereits gestartet");

    // the daily check: not before every case has ended
    jahr.feuereTimer("Event_TagVergangen");
    jahr.fuehreJobsAus();
    assertThat(jahr.instanz("programmjahr")).isNotNull();
    engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("foerderfall")
        .processInstanceBusinessKeyLike("AQB-2027-%").list()
        .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "Testende"));
    while (jahr.timer("Event_TagVergangen") != null && jahr.instanz("programmjahr") != null) {
      jahr.feuereTimer("Event_TagVergangen");
      jahr.fuehreJobsAus();
    }
    assertThat(jahr.instanz("programmjahr")).isNull();
    assertThat(jdbc.sql("select status from aqb_programmjahr where jahr = 2027").query(String.class).single()).isEqualTo("ABGESCHLOSSEN");
  }

  @Test
  void ausCsvUndXlsxDateiErfasstUndVonDerZweitenPersonVerworfen() throws Exception {
    benutzer();
    byte[] csv = "\uFEFFGebietskörperschaft;Betrag;davon zweckgebunden\r\n06411000;800.000,00;\r\nVogelsbergkreis;491.550;50.000\r\n"
        .getBytes(StandardCharsets.UTF_8);
    starte(Map.of("jahr", 2026, "landesbudget", "2.000.000", "zuteilungDatei",
        Variables.fileValue("zuteilung-2026.csv").file(csv).mimeType("text/csv").create()));
    assertThat(zuteilung(2026)).containsExactlyInAnyOrderEntriesOf(Map.of("06411", 80_000_000L, "06535", 49_155_000L));
    verwirf("Programmjahr-2026");

    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    Workbook mappe = new Workbook(xlsx, "Test", "1.0");
    Worksheet blatt = mappe.newWorksheet("Zuteilung");
    blatt.value(0, 0, "Gebietskörperschaft");
    blatt.value(0, 1, "Betrag");
    blatt.value(1, 0, "Stadt Hanau");
    blatt.value(1, 1, 1_000_000.5);
    blatt.value(2, 0, "06633");
    blatt.value(2, 1, 750_000);
    mappe.finish();
    starte(Map.of("jahr", 2026, "zuteilungDatei", Variables.fileValue("zuteilung.xlsx").file(xlsx.toByteArray()).create()));
    assertThat(zuteilung(2026)).containsExactlyInAnyOrderEntriesOf(Map.of("06415", 100_000_050L, "06633", 75_000_000L));
    verwirf("Programmjahr-2026");
    assertThat(jdbc.sql("select count(*) from aqb_programmjahr where jahr = 2026 and status = 'VERWORFEN' and aktiv_jahr is null")
        .query(Integer.class).single()).isEqualTo(2);
  }

  @Test
  void fehlerhafteZuteilungenAllesAufEinmalUndNichtsGestartet() {
    benutzer();
    long vorher = jdbc.sql("select count(*) from aqb_programmjahr").query(Long.class).single();
    assertThatThrownBy(() -> starte(Map.of("jahr", 2025, "landesbudget", "1000", "zuteilungText",
        "Atlantis;5\n06411;5000\n06411000;10\n06415;100\n06431;-5\n06432;abc\n")))
        .hasMessageContaining("Unbekannte Gebietskörperschaft „Atlantis“")
        .hasMessageContaining("steht doppelt")
        .hasMessageContaining("Stadt Hanau kann im Jahr 2025 kein AQB erhalten")
        .hasMessageContaining("„-5“ muss größer als 0 sein")
        .hasMessageContaining("„abc“ ist keine Zahl")
        .hasMessageContaining("übersteigt das Landesbudget");
    assertThatThrownBy(() -> starte(Map.of("jahr", 2025, "zuteilungDatei",
        Variables.fileValue("zuteilung.pdf").file("%PDF-1.7".getBytes()).create())))
        .hasMessageContaining("falschen Dateityp");
    assertThatThrownBy(() -> starte(Map.of("jahr", 2025, "zuteilungText", "06411;5", "zuteilungDatei",
        Variables.fileValue("z.csv").file("06411;5".getBytes()).create())))
        .hasMessageContaining("nicht beides");

    // through REST (the Tasklist's way): the input contract admits the fields, the refusal is a German 400
    Map<String, Object> datei = new HashMap<>();
    datei.put("value", Base64.getEncoder().encodeToString("Atlantis;5".getBytes(StandardCharsets.UTF_8)));
    datei.put("type", "File");
    datei.put("valueInfo", Map.of("filename", "zuteilung.csv", "mimetype", "text/csv"));
    var antwort = Rest.basic(rest, ERFASSER).post("/process-definition/key/programmjahr/start",
        Map.of("variables", Map.of("jahr", Map.of("value", 2025, "type", "Integer"), "zuteilungDatei", datei)));
    assertThat(antwort.status()).isEqualTo(400);
    assertThat(antwort.meldung()).contains("Unbekannte Gebietskörperschaft „Atlantis“");
    var fremdesFeld = Rest.basic(rest, ERFASSER).post("/process-definition/key/programmjahr/start",
        Map.of("variables", Map.of("jahr", Map.of("value", 2025, "type", "Integer"), "programmjahrId", Map.of("value", 1, "type", "Long"))));
    assertThat(fremdesFeld.status()).isEqualTo(400);

    assertThat(jdbc.sql("select count(*) from aqb_programmjahr").query(Long.class).single()).isEqualTo(vorher);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("programmjahr")
        .processInstanceBusinessKey("Programmjahr-2025").count()).isZero();
  }

  Map<String, Long> zuteilung(int jahr) {
    Map<String, Long> m = new HashMap<>();
    jdbc.sql("""
        select z.kreisschluessel, z.betrag_cent from aqb_programmjahr_zuteilung z join aqb_programmjahr p on p.id = z.programmjahr_id
        where p.aktiv_jahr = ?""").param(jahr).query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list()
        .forEach(e -> m.put(e.getKey(), e.getValue()));
    return m;
  }

  void verwirf(String schluessel) {
    ProzessTreiber treiber = new ProzessTreiber(engine, schluessel);
    assertThatThrownBy(() -> treiber.schliesseAb("Task_GibZuteilungFrei", FREIGEBER, Map.of("freigabeEntscheidung", "verwerfen")))
        .hasMessageContaining("begründen");
    treiber.erledige("Task_GibZuteilungFrei", FREIGEBER, Map.of("freigabeEntscheidung", "verwerfen",
        "freigabeBemerkung", "Beträge mit dem Haushaltsreferat abstimmen"));
    assertThat(treiber.instanz("programmjahr")).isNull();
  }

  static List<String> koerperschaften(List<Gebietskoerperschaft> g) {
    return g.stream().map(Gebietskoerperschaft::kreisschluessel).toList();
  }
}

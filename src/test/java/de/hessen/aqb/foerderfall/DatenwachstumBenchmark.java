package de.hessen.aqb.foerderfall;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.hessen.aqb.AqbApplication;
import de.hessen.aqb.identity.Gruppen;
import de.hessen.aqb.identity.TasklistFilterEinrichtung;
import de.hessen.aqb.referenz.Gebietskoerperschaft;
import de.hessen.aqb.referenz.Referenzdaten;
import de.hessen.aqb.testsupport.Anmeldung;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Data growth benchmark (bench/datenwachstum, docs/PERFORMANCE.md §2). On PostgreSQL:
 * <ol>
 *   <li>plays one complete Förderfall through the engine (as the lifecycle benchmark does) and copies its history and our
 *       ledger rows into {@code --faelle} historic cases with set-based SQL ({@link Vervielfaeltigung}), spread over the 27
 *       bodies and ten years;</li>
 *   <li>measures through HTTP what clerks run: the Tasklist filter "Aufgaben meiner Gruppe" (list with the business
 *       columns, as Tasklist asks for it, and its count) as an RP clerk and as a body's clerk, the search by Förderfall
 *       number (business key prefix) and by body, the budget overview, and the completion of a task — first without,
 *       then with {@code --offene-aufgaben} open tasks (one started through the engine per body and group, copied);</li>
 *   <li>with {@code --vergleich} measures everything also without our indexes on Camunda's tables (ADR 26).</li>
 * </ol>
 * Arguments: {@code --historie=abgefragt} copies only the tables the measured queries read (process and task history,
 * the ledger tables of the budget overview) instead of the whole history; {@code --faelle=100000 --offene-aufgaben=10000 --wiederholungen=50 --stapel=5000 --port=8281 --vergleich
 * --behalten} (keep a filled database: nothing is generated when it holds the cases already), {@code --protokoll-ab-ms=200}
 * (PostgreSQL logs the application's statements slower than this, with parameters), {@code --camunda.…=…} (an
 * application setting to try), {@code --nur=suche.*} (only the measurements whose names match) {@code --db=…
 * --db-benutzer --db-passwort}. Output: one {@code key=value} line per figure (milliseconds, p50/p95/p99 over the
 * repeats after five warm-up calls).
 */
public final class DatenwachstumBenchmark {

  static final String RP = "bench.rp.sachbearbeitung";
  static final String GK = "bench.gk.sachbearbeitung";
  static final String HMSI = "bench.hmsi";
  static final String KREIS = "06414";
  private static final int VORLAGE_JAHR = 2025;
  private static final int ERSTER_JAHRGANG = 2016;
  private static final int JAHRGAENGE = 10;
  /** Tasklist's request for the list of a filter (its default sorting: newest first). */
  static final String TASKLIST_ANFRAGE = """
      {"processVariables":[],"taskVariables":[],"caseInstanceVariables":[],"sorting":[{"sortBy":"created","sortOrder":"desc"}],\
      "active":true}""";

  private final ConfigurableApplicationContext kontext;
  private final ProcessEngine engine;
  private final JdbcClient jdbc;
  private final Vervielfaeltigung vervielfaeltigung;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final String basis;
  private int wiederholungen = 50;
  private int aufwaermen = 5;
  private String nur = ".*";
  private int stapel = 5000;
  /** Copy only the tables the measured queries read (≈ 50 instead of ≈ 1,150 rows per case). */
  private boolean nurAbgefragte;
  static final List<String> ABGEFRAGTE_HISTORIE = List.of("act_hi_procinst", "act_hi_taskinst");
  static final List<String> ABGEFRAGTE_EIGENE = List.of("aqb_zielvereinbarung", "aqb_bescheid", "aqb_bewilligung_buchung", "aqb_mittelabruf",
      "aqb_verwendungsnachweis");

  DatenwachstumBenchmark(ConfigurableApplicationContext kontext, int port) {
    this.kontext = kontext;
    this.engine = kontext.getBean(ProcessEngine.class);
    this.jdbc = kontext.getBean(JdbcClient.class);
    this.vervielfaeltigung = new Vervielfaeltigung(jdbc,
        kontext.getBean(Referenzdaten.class).alle().stream().map(Gebietskoerperschaft::kreisschluessel).toList());
    this.basis = "http://127.0.0.1:" + port;
  }

  public static void main(String[] args) throws Exception {
    laufe(args);
  }

  static Map<String, String> laufe(String[] args) throws Exception {
    com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    AUSGABE.clear();
    Map<String, String> a = BenchArgumente.lies(args);
    String db = a.getOrDefault("db", "jdbc:postgresql://127.0.0.1:5432/aqb_wachstum_bench");
    if (!db.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("Der Datenwachstums-Benchmark braucht PostgreSQL: " + db);
    }
    String benutzer = a.getOrDefault("db-benutzer", "postgres");
    String passwort = a.getOrDefault("db-passwort", "postgres");
    if (!a.containsKey("behalten")) {
      neueDatenbank(db, benutzer, passwort, a.get("protokoll-ab-ms"));
    }
    int port = Integer.parseInt(a.getOrDefault("port", "8281"));
    GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    smtp.start();
    List<String> anwendung = new ArrayList<>(List.of("--spring.datasource.url=" + db, "--spring.datasource.username=" + benutzer,
        "--spring.datasource.password=" + passwort, "--spring.mail.port=" + smtp.getSmtp().getPort(), "--server.port=" + port,
        "--camunda.bpm.job-execution.enabled=false", "--logging.level.root=warn", "--logging.level.de.hessen.aqb=warn"));
    // settings of the application to try, e.g. --camunda.bpm.authorization.authorization-check-revokes=always
    a.forEach((k, w) -> {
      if (k.startsWith("camunda.") || k.startsWith("spring.jpa") || k.startsWith("aqb.")) {
        anwendung.add("--" + k + "=" + w);
        zeile("einstellung", k + "=" + w);
      }
    });
    try (ConfigurableApplicationContext kontext = new SpringApplicationBuilder(AqbApplication.class)
        .profiles("test").run(anwendung.toArray(String[]::new))) {
      int tatsaechlicherPort = Integer.parseInt(kontext.getEnvironment().getProperty("local.server.port", String.valueOf(port)));
      DatenwachstumBenchmark b = new DatenwachstumBenchmark(kontext, tatsaechlicherPort);
      b.wiederholungen = Integer.parseInt(a.getOrDefault("wiederholungen", "50"));
      b.aufwaermen = Integer.parseInt(a.getOrDefault("aufwaermen", "5"));
      b.nur = a.getOrDefault("nur", ".*");
      b.stapel = Integer.parseInt(a.getOrDefault("stapel", "5000"));
      b.nurAbgefragte = "abgefragt".equals(a.get("historie"));
      b.laufe(Integer.parseInt(a.getOrDefault("faelle", "100000")), Integer.parseInt(a.getOrDefault("offene-aufgaben", "10000")),
          a.containsKey("vergleich"));
    } finally {
      smtp.stop();
    }
    return new LinkedHashMap<>(AUSGABE);
  }

  void laufe(int faelle, int offeneAufgaben, boolean vergleich) {
    zeile("last_vorher", last());
    Anmeldung.benutzer(engine.getIdentityService(), RP, Gruppen.RP_KASSEL);
    Anmeldung.benutzer(engine.getIdentityService(), GK, Gebietskoerperschaft.gruppenIdFuer(KREIS));
    Anmeldung.benutzer(engine.getIdentityService(), HMSI, Gruppen.HMSI);
    deployeOffen();
    long historisch = jdbc.sql("select count(*) from aqb_foerderfall where nummer like 'AQB-%-H%'").query(Long.class).single();
    if (historisch < faelle) {
      fuelleHistorie(faelle);
    }
    zeile("faelle", String.valueOf(jdbc.sql("select count(*) from aqb_foerderfall").query(Long.class).single()));
    zeile("prozessinstanzen_historie", String.valueOf(jdbc.sql("select count(*) from act_hi_procinst").query(Long.class).single()));
    zeile("zeilen_historie", String.valueOf(jdbc.sql("""
        select (select count(*) from act_hi_actinst) + (select count(*) from act_hi_varinst) + (select count(*) from act_hi_detail)
          + (select count(*) from act_hi_taskinst) + (select count(*) from act_hi_procinst)""").query(Long.class).single()));
    long offen = engine.getTaskService().createTaskQuery().count();
    if (offen < offeneAufgaben / 2) {
      zeile("erledigen_bei_" + offen + "_offenen_ms", perzentile(erledigen()));
      fuelleOffeneAufgaben(offeneAufgaben);
    }
    analysiere();
    zeile("offene_aufgaben", String.valueOf(engine.getTaskService().createTaskQuery().count()));
    if (vergleich) {
      entferneIndexe();
      miss("ohne_indexe_");
      legeIndexeAn();
      miss("mit_indexen_");
    } else {
      miss("");
    }
    zeile("last_nachher", last());
  }

  /** Every figure clerks notice, as p50/p95/p99 over the repeats. */
  void miss(String praefix) {
    String filter = engine.getFilterService().createFilterQuery().filterName(TasklistFilterEinrichtung.GRUPPENAUFGABEN).singleResult()
        .getId();
    String suche = "AQB-" + (ERSTER_JAHRGANG + 3) + "-" + KREIS;
    String liste = "/engine-rest/filter/" + filter + "/list?firstResult=0&maxResults=15";
    for (String[] wer : new String[][] {{"rp", RP}, {"gk", GK}}) {
      miss(praefix, "gruppenfilter_liste_" + wer[0], () -> post(wer[1], liste, TASKLIST_ANFRAGE, "application/hal+json"));
      miss(praefix, "gruppenfilter_anzahl_" + wer[0],
          () -> post(wer[1], "/engine-rest/filter/" + filter + "/count", TASKLIST_ANFRAGE, "application/json"));
      miss(praefix, "suche_nummer_historie_" + wer[0], () -> get(wer[1],
          "/engine-rest/history/process-instance?maxResults=50&processInstanceBusinessKeyLike=" + url(suche + "%")));
      miss(praefix, "suche_nummer_aufgaben_" + wer[0], () -> get(wer[1],
          "/engine-rest/task?maxResults=15&processInstanceBusinessKeyLike=" + url("AQB-2026-" + KREIS + "-O1%")));
      miss(praefix, "suche_koerperschaft_historie_" + wer[0], () -> get(wer[1],
          "/engine-rest/history/process-instance?maxResults=50&sortBy=startTime&sortOrder=desc&tenantIdIn="
              + Gebietskoerperschaft.gruppenIdFuer(KREIS)));
    }
    miss(praefix, "budgetuebersicht", () -> get(HMSI, "/api/programmjahr/uebersicht?jahr=" + (ERSTER_JAHRGANG + 3)));
    miss(praefix, "erledigen_bei_" + engine.getTaskService().createTaskQuery().count() + "_offenen", erledigen());
  }

  /** Measures one call unless {@code --nur=<regex>} leaves it out. */
  private void miss(String praefix, String name, Aufruf aufruf) {
    if (name.matches(nur)) {
      zeile(praefix + name + "_ms", perzentile(aufruf));
    }
  }


  private interface Aufruf {
    void rufe() throws Exception;
  }

  /** {@link #aufwaermen} warm-up calls (5), then {@link #wiederholungen} measured ones (no more once two minutes have passed). */
  private String perzentile(Aufruf aufruf) {
    List<Double> ms = new ArrayList<>();
    long start = System.nanoTime();
    try {
      for (int i = 0; i < aufwaermen + wiederholungen; i++) {
        long beginn = System.nanoTime();
        aufruf.rufe();
        if (i >= aufwaermen) {
          ms.add((System.nanoTime() - beginn) / 1e6);
        }
        // a slow call is not repeated for ever: after two minutes, five measured calls are enough
        if (ms.size() >= Math.min(5, wiederholungen) && System.nanoTime() - start > 120e9) {
          break;
        }
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    List<Double> s = ms.stream().sorted().toList();
    return String.format(Locale.ROOT, "p50=%.1f p95=%.1f p99=%.1f max=%.1f n=%d", rang(s, 0.50), rang(s, 0.95), rang(s, 0.99), s.get(s.size() - 1), s.size());
  }

  private static double rang(List<Double> sortiert, double p) {
    return sortiert.get(Math.min(sortiert.size() - 1, (int) Math.ceil(p * sortiert.size()) - 1));
  }

  /** Completing one RP task through REST (a task started just before, not measured). */
  private Aufruf erledigen() {
    return () -> {
      String key = "AQB-2026-" + KREIS + "-E" + System.nanoTime();
      engine.getRuntimeService().startProcessInstanceByKey("bench_offen", key, variablen(key, Gruppen.RP_KASSEL));
      Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(key).singleResult();
      post(RP, "/engine-rest/task/" + task.getId() + "/complete", "{}", "application/json");
    };
  }

  private void post(String benutzer, String pfad, String json, String accept) throws Exception {
    pruefe(http.send(anfrage(benutzer, pfad).header("Content-Type", "application/json").header("Accept", accept)
        .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString()), pfad);
  }

  private void get(String benutzer, String pfad) throws Exception {
    pruefe(http.send(anfrage(benutzer, pfad).header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString()), pfad);
  }

  private static void pruefe(HttpResponse<String> antwort, String pfad) {
    if (antwort.statusCode() >= 300) {
      throw new IllegalStateException(pfad + " → " + antwort.statusCode() + " " + antwort.body());
    }
  }

  private HttpRequest.Builder anfrage(String benutzer, String pfad) {
    String anmeldung = Base64.getEncoder().encodeToString((benutzer + ":" + Anmeldung.PASSWORT).getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create(basis + pfad)).timeout(Duration.ofMinutes(2)).header("Authorization", "Basic " + anmeldung);
  }

  private static String url(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** One historic case played through the engine, copied {@code faelle} times in batches. */
  void fuelleHistorie(int faelle) {
    long beginn = System.nanoTime();
    LebenszyklusBenchmark lebenszyklus = new LebenszyklusBenchmark(kontext);
    lebenszyklus.unserFall();
    String nummer = jdbc.sql("select nummer from aqb_foerderfall where nummer not like 'AQB-%-H%' order by angelegt_am desc limit 1")
        .query(String.class).single();
    zeile("vorlage", nummer + " gespielt in " + Math.round((System.nanoTime() - beginn) / 1e9) + " s");
    var vorlage = vervielfaeltigung.historisch(nummer, KREIS, VORLAGE_JAHR, ERSTER_JAHRGANG, JAHRGAENGE);
    List<String> tabellen = new ArrayList<>(vervielfaeltigung.tabellenMitZeilen("act_hi\\_%", vorlage));
    List<String> eigene = null;
    if (nurAbgefragte) {
      tabellen.retainAll(ABGEFRAGTE_HISTORIE);
      eigene = ABGEFRAGTE_EIGENE;
    }
    zeile("tabellen_historie", String.join(",", tabellen));
    beginn = System.nanoTime();
    long zeilen = 0;
    for (int von = 1; von <= faelle; von += stapel) {
      int bis = Math.min(faelle, von + stapel - 1);
      zeilen += vervielfaeltigung.kopiereInstanzen(vorlage, tabellen, von, bis);
      zeilen += vervielfaeltigung.kopiereEigene(vorlage, von, bis, eigene);
      double s = (System.nanoTime() - beginn) / 1e9;
      System.out.printf(Locale.ROOT, "# %d Fälle, %d Zeilen, %.0f s, %.0f Zeilen/s%n", bis, zeilen, s, zeilen / s);
    }
    double s = (System.nanoTime() - beginn) / 1e9;
    zeile("historie_angelegt", String.format(Locale.ROOT, "%d Fälle, %d Zeilen in %.0f s (%.0f Zeilen/s)", faelle, zeilen, s, zeilen / s));
  }

  /** A one-task process with the business variables the filters show; the candidate group comes from a variable. */
  void deployeOffen() {
    if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("bench_offen").count() > 0) {
      return;
    }
    engine.getRepositoryService().createDeployment().name("bench-offen").addModelInstance("bench_offen.bpmn",
        Bpmn.createExecutableProcess("bench_offen").camundaHistoryTimeToLive(180).startEvent().userTask("Task_Offen")
            .name("Offene Aufgabe").camundaCandidateGroups("${gruppe}").camundaDueDate("${faellig}").endEvent().done()).deploy();
  }

  private static Map<String, Object> variablen(String nummer, String gruppe) {
    Map<String, Object> v = new HashMap<>();
    v.put("gebietskoerperschaft", KREIS);
    v.put("gebietskoerperschaftName", "Wiesbaden");
    v.put("foerderfallNummer", nummer);
    v.put("jahr", 2026);
    v.put("gruppe", gruppe);
    v.put("faellig", java.util.Date.from(java.time.Instant.now().plus(Duration.ofDays(14))));
    return v;
  }

  /** 80 % RP group tasks, 20 % tasks of the bodies' clerks: one of each started through the engine, then copied. */
  void fuelleOffeneAufgaben(int anzahl) {
    long beginn = System.nanoTime();
    int rp = anzahl * 4 / 5;
    long zeilen = 0;
    String[][] arten = {{"AQB-2026-" + KREIS + "-OFFEN-RP", Gruppen.RP_KASSEL, "r", "1", String.valueOf(rp - 1)},
        {"AQB-2026-" + KREIS + "-OFFEN-GK", Gebietskoerperschaft.gruppenIdFuer(KREIS), "k", String.valueOf(rp + 1),
            String.valueOf(anzahl - 1)}};
    for (String[] art : arten) {
      engine.getRuntimeService().startProcessInstanceByKey("bench_offen", art[0], variablen(art[0], art[1]));
      var vorlage = vervielfaeltigung.offen(art[0], KREIS, 2026, art[2]);
      List<String> tabellen = new ArrayList<>(vervielfaeltigung.tabellenMitZeilen("act_ru\\_%", vorlage));
      tabellen.addAll(vervielfaeltigung.tabellenMitZeilen("act_hi\\_%", vorlage));
      zeile("tabellen_offen", String.join(",", tabellen));
      int bis = Integer.parseInt(art[4]);
      for (int von = Integer.parseInt(art[3]); von <= bis; von += stapel) {
        zeilen += vervielfaeltigung.kopiereInstanzen(vorlage, tabellen, von, Math.min(bis, von + stapel - 1));
      }
    }
    zeile("offene_angelegt", String.format(Locale.ROOT, "%d Aufgaben, %d Zeilen in %.0f s", anzahl, zeilen,
        (System.nanoTime() - beginn) / 1e9));
  }

  private void analysiere() {
    jdbc.sql("analyze").update();
  }

  /** Our indexes on Camunda's tables (ADR 26), as V20 creates them. */
  static final String[][] INDEXE = {
      {"aqb_idx_task_parent", "create index aqb_idx_task_parent on act_ru_task(parent_task_id_)"},
      {"aqb_idx_hi_procinst_buskey_muster", "create index aqb_idx_hi_procinst_buskey_muster on act_hi_procinst(business_key_ text_pattern_ops)"},
      {"aqb_idx_exec_buskey_muster", "create index aqb_idx_exec_buskey_muster on act_ru_execution(business_key_ text_pattern_ops)"}};

  private void entferneIndexe() {
    for (String[] index : INDEXE) {
      jdbc.sql("drop index if exists " + index[0]).update();
    }
    analysiere();
  }

  private void legeIndexeAn() {
    for (String[] index : INDEXE) {
      jdbc.sql(index[1]).update();
    }
    analysiere();
  }

  private static String last() {
    return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  private static final Map<String, String> AUSGABE = new LinkedHashMap<>();

  private static void zeile(String schluessel, String wert) {
    AUSGABE.put(schluessel, wert);
    System.out.println(schluessel + "=" + wert);
  }

  /** Drops and creates the benchmark's own database (never another one: the name must contain "bench"). */
  private static void neueDatenbank(String url, String benutzer, String passwort, String protokollAbMs) throws Exception {
    String name = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
    if (!name.contains("bench") || !name.matches("[a-z0-9_]+")) {
      throw new IllegalArgumentException("Die Benchmark-Datenbank muss 'bench' im Namen tragen: " + name);
    }
    try (var c = DriverManager.getConnection(url.substring(0, url.lastIndexOf('/') + 1) + "postgres", benutzer, passwort);
        var s = c.createStatement()) {
      s.execute("drop database if exists " + name);
      s.execute("create database " + name);
      if (protokollAbMs != null) {
        // statements slower than this go into PostgreSQL's log with their parameters (to EXPLAIN ANALYZE them there)
        s.execute("alter database " + name + " set log_min_duration_statement = " + Integer.parseInt(protokollAbMs));
      }
    }
  }
}

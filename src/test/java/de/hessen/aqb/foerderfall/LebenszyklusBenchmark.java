package de.hessen.aqb.foerderfall;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.hessen.aqb.AqbApplication;
import de.hessen.aqb.aenderungsantrag.AenderungsantragTreiber;
import de.hessen.aqb.antrag.AntragTreiber;
import de.hessen.aqb.durchfuehrung.DurchfuehrungTreiber;
import de.hessen.aqb.foerderbudget.Foerderbudget;
import de.hessen.aqb.identity.Gruppen;
import de.hessen.aqb.nachweis.NachweisTreiber;
import de.hessen.aqb.nachweis.camunda.ZwischennachweisVariablen;
import de.hessen.aqb.testsupport.Anmeldung;
import de.hessen.aqb.testsupport.ProzessTreiber;
import de.hessen.aqb.testsupport.SqlZaehler;
import de.hessen.aqb.zielvereinbarung.ZielvereinbarungTreiber;
import de.hessen.aqb.zielvereinbarung.domain.SeedZielvereinbarungen;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Lifecycle benchmark (bench/lebenszyklus, docs/PERFORMANCE.md): complete Förderfälle — Zielvereinbarung, Antrag,
 * Prüfung, Bescheid (Vier-Augen), a Mittelabruf paid, an Änderungsantrag with Änderungsbescheid, the Durchführung
 * closed, the Verwendungsnachweis with an objected Beleg, the Rückforderung paid in two parts, closed — every user task
 * completed through the Java API as the right user (authorization on, history FULL, documents generated, mails sent to
 * an in-process SMTP server), and in the same run the floor: a bare BPMN process with as many user tasks and asynchronous
 * steps and no delegates, driven the same way ({@link ProzessTreiber}: query, claim, complete, run the due jobs).
 * Per wait state (a completed user task or an executed job): SQL statements, transactions, CPU time of the driving
 * thread (which runs every job: the job executor is off) and wall time; min/median/max over the rounds; ratio ours/floor.
 *
 * <p>Arguments (all optional): {@code --faelle=3} cases per round and side, {@code --runden=5} measured rounds,
 * {@code --aufwaermen=1} warm-up rounds, {@code --offene-aufgaben=10000} open RP group tasks started before measuring
 * (completion cost with a full task table), {@code --profil} prints the most frequent statements of one case of each side,
 * {@code --db=jdbc:postgresql://127.0.0.1:5432/aqb_bench} (recreated unless {@code --behalten}), {@code --db-benutzer},
 * {@code --db-passwort}. Output: one {@code key=value} line per figure.
 */
public final class LebenszyklusBenchmark {

  private static final String KREIS = "06414";
  private static final String BODEN_GRUPPE = Gruppen.RP_KASSEL;
  private static final String BODEN_BENUTZER = "bench.rp.sachbearbeitung";

  private final ProcessEngine engine;
  private final Foerderbudget foerderbudget;
  private final JdbcClient jdbc;
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private int bodenNummer;

  LebenszyklusBenchmark(ConfigurableApplicationContext kontext) {
    this.engine = kontext.getBean(ProcessEngine.class);
    this.foerderbudget = kontext.getBean(Foerderbudget.class);
    this.jdbc = kontext.getBean(JdbcClient.class);
  }

  /** What one side of one round cost: totals and wait states. */
  record Kosten(long anweisungen, long transaktionen, long cpuNanos, long wandNanos, long aufgaben, long jobs) {
    long wartezustaende() {
      return aufgaben + jobs;
    }

    Kosten plus(Kosten k) {
      return new Kosten(anweisungen + k.anweisungen, transaktionen + k.transaktionen, cpuNanos + k.cpuNanos, wandNanos + k.wandNanos,
          aufgaben + k.aufgaben, jobs + k.jobs);
    }
  }

  /** Measures what runs between {@link #weiter()} and {@link #halt()}, over several such spans. */
  private final class Messung {
    private long anweisungen;
    private long transaktionen;
    private long cpu;
    private long wand;
    private SqlZaehler.Stand startStand;
    private long startCpu;
    private long startWand;

    void weiter() {
      startStand = SqlZaehler.stand();
      startCpu = threads.getCurrentThreadCpuTime();
      startWand = System.nanoTime();
    }

    void halt() {
      wand += System.nanoTime() - startWand;
      cpu += threads.getCurrentThreadCpuTime() - startCpu;
      SqlZaehler.Stand d = SqlZaehler.stand().minus(startStand);
      anweisungen += d.anweisungen();
      transaktionen += d.transaktionen();
    }

    Kosten kosten(String businessKey) {
      List<String> instanzen = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey)
          .list().stream().map(HistoricProcessInstance::getId).toList();
      long aufgaben = 0;
      long jobs = 0;
      for (String id : instanzen) {
        aufgaben += engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(id).finished().count();
        jobs += engine.getHistoryService().createHistoricJobLogQuery().processInstanceId(id).successLog().count();
      }
      return new Kosten(anweisungen, transaktionen, cpu, wand, aufgaben, jobs);
    }
  }

  /** One complete Förderfall of Wiesbaden, as FoerderfallDurchgangTest plays it, plus an Änderungsantrag. */
  Kosten unserFall() {
    Messung m = new Messung();
    var zv = new ZielvereinbarungTreiber(engine, KREIS);
    var antrag = new AntragTreiber(engine, KREIS);
    var nw = new NachweisTreiber(engine, KREIS);
    Anmeldung.benutzer(engine.getIdentityService(), AenderungsantragTreiber.RP_ZWEI, Gruppen.RP_KASSEL);
    m.weiter();
    zv.starte(2025);
    String nummer = zv.foerderfall.getBusinessKey();
    zv.bisZurVeroeffentlichung(SeedZielvereinbarungen.wiesbaden2025(), "Wiesbaden");
    antrag.fuer(zv.foerderfall);
    var massnahmen = antrag.vollstaendig(300000, 300000, 300000, 300000, 300000, 300000, 300000, 300000, 412460);
    massnahmen.forEach(x -> ((com.fasterxml.jackson.databind.node.ObjectNode) x).put("ende", "2027-07-31"));
    antrag.erfasse(massnahmen);
    antrag.reicheEin(massnahmen);
    antrag.pruefe("entscheiden", null, null);
    antrag.entwerfeBescheid(Map.of("entscheidungsart", "voll"));
    antrag.gibFrei(AntragTreiber.RP_FREIGABE, "freigeben", null);
    m.halt();
    var df = new DurchfuehrungTreiber(engine, KREIS, nummer);
    m.weiter();
    df.fuer(zv.foerderfall);
    String m1 = foerderbudget.bewilligtJeMassnahme(nummer).get(0).massnahmeId();
    df.entscheide(df.rufeAb(Map.of(m1, "250.000"), 30, "Honorare und Mieten der Maßnahmen, Dezember"), "auszahlen", null, null);
    // an Änderungsantrag: the measures run five months longer, the RP drafts the Änderungsbescheid, a second clerk releases it
    String aenderung = df.neuerAenderungsantrag();
    df.treiber.erledige(df.aufgabe(aenderung, "Task_StelleAenderungsantrag"), df.gkSachbearbeitung,
        AenderungsantragTreiber.antrag(Map.of(), "2027-12-31", "Die Maßnahmen laufen fünf Monate länger."));
    df.treiber.erledige(df.aufgabe(aenderung, "Task_EntwerfeAenderungsbescheid"), DurchfuehrungTreiber.RP,
        AenderungsantragTreiber.entwurf("bewilligen", Map.of(), null));
    df.treiber.erledige(df.aufgabe(aenderung, "Task_GibAenderungsbescheidFrei"), AenderungsantragTreiber.RP_ZWEI,
        AenderungsantragTreiber.freigabe("freigeben", null));
    // the grant runs over several years: the Zwischennachweis 2025 is requested, the body submits it, the RP accepts it
    var zn = df.treiber.instanz("zwischennachweis");
    if (zn != null) {
      df.treiber.erledige(aufgabe(zn.getId(), "Task_ErstelleZwischennachweis"), df.gkSachbearbeitung, zwischennachweis(nummer, m1));
      df.treiber.erledige(aufgabe(zn.getId(), "Task_PruefeZwischennachweis"), DurchfuehrungTreiber.RP,
          Map.of(ZwischennachweisVariablen.ENTSCHEIDUNG.name(), "angenommen"));
    }
    df.schliesseAb();
    m.halt();
    nw.nummer = nummer;
    nw.aktenzeichen = "57 AQB " + nummer.substring(4);
    nw.treiber = new ProzessTreiber(engine, nummer);
    m.weiter();
    nw.nachweis = nw.treiber.instanz("nachweis");
    nw.fuehreJobsAus();
    // 2026 only (2025 is covered by the accepted Zwischennachweis): 205.000,00 € + 40.000,00 € = 245.000,00 €
    byte[] belege = NachweisTreiber.csv("15.01.2026;Träger 1;Honorare Lehrkräfte;160.000,00;" + m1 + "\n"
        + "30.01.2026;Träger 1;Raummiete;40.000,00;" + m1 + "\n" + "15.02.2026;Gaststätte;Bewirtung Abschlussfeier;5.000,00;" + m1 + "\n");
    Map<String, Object> werte = nw.einreichung("", "", belege);
    Map<String, String[]> angaben = new HashMap<>();
    foerderbudget.bewilligtJeMassnahme(nummer).forEach(b -> angaben.put(b.massnahmeId(),
        new String[] {b.massnahmeId().equals(m1) ? "245.000,00" : "0,00", ""}));
    werte.put("zahlenmaessigerNachweis", nw.angaben(angaben));
    nw.reicheEin(werte);
    nw.pruefeSachlich(NachweisTreiber.RP_SACHLICH, "richtig", null, null);
    nw.pruefeRechnerisch(NachweisTreiber.RP_RECHNERISCH, Map.of(4, new String[] {"NICHT_FOERDERFAEHIG", "Bewirtung ist nicht zuwendungsfähig."}));
    String heute = LocalDate.now().toString();
    nw.erledige("Task_ErfasseZahlungseingang", NachweisTreiber.RP_SACHLICH, Map.of("zahlungEingangAm", heute, "zahlungBetrag", "4.000,00"));
    nw.erledige("Task_ErfasseZahlungseingang", NachweisTreiber.RP_RECHNERISCH, Map.of("zahlungEingangAm", heute, "zahlungBetrag", "6.000,00"));
    nw.fuehreJobsAus();
    m.halt();
    if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(nummer).count() > 0) {
      throw new IllegalStateException("Der Förderfall " + nummer + " ist nicht abgeschlossen: " + engine.getRuntimeService()
          .createProcessInstanceQuery().processInstanceBusinessKey(nummer).list().stream()
          .map(p -> p.getProcessDefinitionId() + " " + engine.getRuntimeService().getActiveActivityIds(p.getId())).toList());
    }
    // one active case per body and year: free the year for the next case
    jdbc.sql("update aqb_foerderfall set aktiv_schluessel = null").update();
    return m.kosten(nummer);
  }

  private org.camunda.bpm.engine.task.Task aufgabe(String instanz, String definitionKey) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instanz).taskDefinitionKey(definitionKey).singleResult();
  }

  /** The body's Zwischennachweis 2025: 40.000,00 € spent on the first measure, nothing on the others. */
  private Map<String, Object> zwischennachweis(String nummer, String m1) {
    var liste = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
    foerderbudget.bewilligtJeMassnahme(nummer).forEach(b -> liste.addObject().put("id", b.massnahmeId())
        .put("ausgaben", b.massnahmeId().equals(m1) ? "40.000,00" : "0"));
    Map<String, Object> werte = new HashMap<>();
    werte.put(ZwischennachweisVariablen.SACHBERICHT.name(), "Alle Maßnahmen haben begonnen.");
    werte.put(ZwischennachweisVariablen.ZAHLEN.name(), de.hessen.aqb.plattform.ProzessVariable.alsJson(liste));
    werte.put(ZwischennachweisVariablen.BELEGLISTE.name(), org.camunda.bpm.engine.variable.Variables.fileValue("belegliste.csv")
        .file(NachweisTreiber.csv("30.09.2025;Träger 1;Raummiete;40.000,00;" + m1 + "\n")).mimeType("text/csv").create());
    return werte;
  }

  /** The floor: a bare process with this many user tasks and asynchronous steps, no delegates, no listeners. */
  static BpmnModelInstance boden(long aufgaben, long jobs) {
    AbstractFlowNodeBuilder<?, ?> b = Bpmn.createExecutableProcess("boden").camundaHistoryTimeToLive(180).startEvent();
    long verteilt = 0;
    for (int i = 0; i < aufgaben; i++) {
      b = b.userTask("Task_" + i).camundaCandidateGroups(BODEN_GRUPPE);
      long bis = Math.round((double) jobs * (i + 1) / aufgaben);
      for (; verteilt < bis; verteilt++) {
        b = b.intermediateThrowEvent("Job_" + verteilt).camundaAsyncBefore();
      }
    }
    return b.endEvent().done();
  }

  void deployeBoden(long aufgaben, long jobs) {
    engine.getRepositoryService().createDeployment().name("bench-boden").addModelInstance("boden.bpmn", boden(aufgaben, jobs)).deploy();
    Anmeldung.benutzer(engine.getIdentityService(), BODEN_BENUTZER, BODEN_GRUPPE);
  }

  /** One instance of the floor: started, every task completed with two variables, every job run. */
  Kosten bodenFall(long aufgaben) {
    String key = "BODEN-" + (++bodenNummer);
    var treiber = new ProzessTreiber(engine, key);
    Messung m = new Messung();
    m.weiter();
    engine.getRuntimeService().startProcessInstanceByKey("boden", key, Map.of("jahr", 2025, "gebietskoerperschaft", KREIS));
    treiber.fuehreJobsAus();
    for (int i = 0; i < aufgaben; i++) {
      treiber.erledige("Task_" + i, BODEN_BENUTZER, Map.of("entscheidung", "ok", "betrag", 100L * i));
    }
    m.halt();
    return m.kosten(key);
  }

  public static void main(String[] args) throws Exception {
    laufe(args);
  }

  /** Runs the benchmark and returns its output lines as key → value (also printed). */
  static Map<String, String> laufe(String[] args) throws Exception {
    com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    AUSGABE.clear();
    Map<String, String> a = BenchArgumente.lies(args);
    int faelle = Integer.parseInt(a.getOrDefault("faelle", "3"));
    int runden = Integer.parseInt(a.getOrDefault("runden", "5"));
    int aufwaermen = Integer.parseInt(a.getOrDefault("aufwaermen", "1"));
    String db = a.getOrDefault("db", "jdbc:postgresql://127.0.0.1:5432/aqb_bench");
    String benutzer = a.getOrDefault("db-benutzer", "postgres");
    String passwort = a.getOrDefault("db-passwort", "postgres");
    if (db.startsWith("jdbc:postgresql:") && !a.containsKey("behalten")) {
      neueDatenbank(db, benutzer, passwort);
    }
    GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    smtp.start();
    long startBeginn = System.nanoTime();
    try (ConfigurableApplicationContext kontext = new SpringApplicationBuilder(AqbApplication.class, SqlZaehler.Konfiguration.class)
        .profiles("test").run("--spring.datasource.url=" + db, "--spring.datasource.username=" + benutzer,
            "--spring.datasource.password=" + passwort, "--spring.mail.port=" + smtp.getSmtp().getPort(), "--server.port=0",
            "--camunda.bpm.job-execution.enabled=false", "--logging.level.root=warn", "--logging.level.de.hessen.aqb=warn")) {
      zeile("start_sekunden", String.format(Locale.ROOT, "%.1f", (System.nanoTime() - startBeginn) / 1e9));
      LebenszyklusBenchmark benchmark = new LebenszyklusBenchmark(kontext);
      benchmark.offeneAufgaben = Integer.parseInt(a.getOrDefault("offene-aufgaben", "0"));
      benchmark.laufe(faelle, runden, aufwaermen, a.containsKey("profil"), smtp);
    } finally {
      smtp.stop();
    }
    return new java.util.LinkedHashMap<>(AUSGABE);
  }

  private static final Map<String, String> AUSGABE = new java.util.LinkedHashMap<>();

  private int offeneAufgaben;

  /** Background load: this many open group tasks of the RP (one instance each of a one-task process, never completed). */
  void fuelleOffeneAufgaben(int anzahl) {
    engine.getRepositoryService().createDeployment().name("bench-offen").addModelInstance("offen.bpmn",
        Bpmn.createExecutableProcess("offen").camundaHistoryTimeToLive(180).startEvent().userTask("Task_Offen")
            .camundaCandidateGroups(BODEN_GRUPPE).endEvent().done()).deploy();
    for (int i = 0; i < anzahl; i++) {
      engine.getRuntimeService().startProcessInstanceByKey("offen", "OFFEN-" + i, Map.of("jahr", 2025));
    }
  }

  void laufe(int faelle, int runden, int aufwaermen, boolean profil, GreenMail smtp) {
    zeile("datenbank", ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getDatabaseType());
    zeile("last_vorher", last());
    if (offeneAufgaben > 0) {
      long beginn = System.nanoTime();
      fuelleOffeneAufgaben(offeneAufgaben);
      zeile("offene_aufgaben", engine.getTaskService().createTaskQuery().count() + " (angelegt in "
          + Math.round((System.nanoTime() - beginn) / 1e9) + " s)");
    }
    Kosten erster = unserFall();
    deployeBoden(erster.aufgaben(), erster.jobs());
    zeile("je_fall_aufgaben", String.valueOf(erster.aufgaben()));
    zeile("je_fall_jobs", String.valueOf(erster.jobs()));
    if (profil) {
      SqlZaehler.leereProfil();
      unserFall();
      System.out.println("# häufigste Anweisungen eines Förderfalls (unser)");
      SqlZaehler.haeufigste(30).forEach(System.out::println);
      SqlZaehler.leereProfil();
      bodenFall(erster.aufgaben());
      System.out.println("# häufigste Anweisungen eines Falls des Bodens");
      SqlZaehler.haeufigste(15).forEach(System.out::println);
    }
    for (int r = 0; r < aufwaermen; r++) {
      for (int f = 0; f < faelle; f++) {
        unserFall();
        bodenFall(erster.aufgaben());
      }
    }
    List<double[]> unser = new ArrayList<>();
    List<double[]> boden = new ArrayList<>();
    List<Double> quotient = new ArrayList<>();
    int mailsVorher = smtp.getReceivedMessages().length;
    for (int r = 0; r < runden; r++) {
      Kosten u = new Kosten(0, 0, 0, 0, 0, 0);
      Kosten b = new Kosten(0, 0, 0, 0, 0, 0);
      for (int f = 0; f < faelle; f++) {
        u = u.plus(unserFall());
        b = b.plus(bodenFall(erster.aufgaben()));
      }
      unser.add(jeWartezustand(u));
      boden.add(jeWartezustand(b));
    }
    zeile("mails_je_fall", String.format(Locale.ROOT, "%.1f", (smtp.getReceivedMessages().length - mailsVorher) / (double) (runden * faelle)));
    String[] namen = {"sql", "transaktionen", "cpu_ms", "wand_ms"};
    for (int i = 0; i < namen.length; i++) {
      final int k = i;
      zeile("unser_" + namen[i] + "_je_wartezustand", minMedMax(unser.stream().map(x -> x[k]).toList()));
      zeile("boden_" + namen[i] + "_je_wartezustand", minMedMax(boden.stream().map(x -> x[k]).toList()));
      List<Double> q = new ArrayList<>();
      for (int r = 0; r < runden; r++) {
        q.add(unser.get(r)[k] / boden.get(r)[k]);
      }
      zeile("quotient_" + namen[i], minMedMax(q));
    }
    zeile("last_nachher", last());
  }

  private static double[] jeWartezustand(Kosten k) {
    double w = k.wartezustaende();
    return new double[] {k.anweisungen() / w, k.transaktionen() / w, k.cpuNanos() / 1e6 / w, k.wandNanos() / 1e6 / w};
  }

  private static String minMedMax(List<Double> werte) {
    List<Double> s = werte.stream().sorted().toList();
    double median = s.size() % 2 == 1 ? s.get(s.size() / 2) : (s.get(s.size() / 2 - 1) + s.get(s.size() / 2)) / 2;
    return String.format(Locale.ROOT, "min=%.2f median=%.2f max=%.2f", s.get(0), median, s.get(s.size() - 1));
  }

  private static String last() {
    return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  private static void zeile(String schluessel, String wert) {
    AUSGABE.put(schluessel, wert);
    System.out.println(schluessel + "=" + wert);
  }

  /** Drops and creates the benchmark's own database (never another one: the name must contain "bench"). */
  private static void neueDatenbank(String url, String benutzer, String passwort) throws Exception {
    String name = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
    if (!name.contains("bench") || !name.matches("[a-z0-9_]+")) {
      throw new IllegalArgumentException("Die Benchmark-Datenbank muss 'bench' im Namen tragen: " + name);
    }
    try (var c = DriverManager.getConnection(url.substring(0, url.lastIndexOf('/') + 1) + "postgres", benutzer, passwort);
        var s = c.createStatement()) {
      s.execute("drop database if exists " + name);
      s.execute("create database " + name);
    }
  }
}

package de.hessen.aqb.zuverlaessigkeit;

import static de.hessen.aqb.durchfuehrung.camunda.DurchfuehrungVariablen.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.hessen.aqb.durchfuehrung.DurchfuehrungTreiber;
import de.hessen.aqb.fall.Fallregister;
import de.hessen.aqb.foerderbudget.Foerderbudget;
import de.hessen.aqb.identity.Gruppen;
import de.hessen.aqb.testsupport.Anmeldung;
import de.hessen.aqb.testsupport.AqbSpringBootTest;
import de.hessen.aqb.testsupport.Rest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * The access matrix (issue 14): every role × every resource of one body's case (Limburg's, whose provider shares the
 * body's tenant) × read and write, through /engine-rest, Tasklist's API after a real login, and the application's own
 * endpoints. Each cell has an expected answer (allowed or not); a cell observed allowed that should not be is a leak,
 * one refused that should be allowed is a broken right. Target: 0 of either. Refusals must be 401/403/404 and never 500.
 */
@AqbSpringBootTest
class ZugriffsmatrixTest {

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired ProcessEngine engine;
  @Autowired Fallregister register;
  @Autowired Foerderbudget budget;
  @Autowired TestRestTemplate rest;

  record Rolle(String name, String benutzer, String... gruppen) {}

  /** One resource and operation: its name, and the call (true = the role got it). */
  record Zugriff(String name, boolean schreibend, Predicate<Aufrufer> aufruf) {}

  /** A role's ways in: /engine-rest with HTTP Basic, Tasklist's API after login (null for anonymous). */
  record Aufrufer(Rolle rolle, Rest basic, Rest tasklist, TestRestTemplate http) {}

  static final Rolle HMSI = new Rolle("Ministerium Sachbearbeitung", "zm.hmsi", Gruppen.HMSI);
  static final Rolle HMSI_ZB = new Rolle("Ministerium Zeichnung", "zm.hmsi.zb", Gruppen.HMSI, Gruppen.ZEICHNUNGSBERECHTIGTE);
  static final Rolle RP_V = new Rolle("RP Verfassung", "zm.rp.verfasser", Gruppen.RP_KASSEL);
  static final Rolle RP_F = new Rolle("RP Freigabe", "zm.rp.freigabe", Gruppen.RP_KASSEL);
  static final Rolle LM = new Rolle("Limburg Sachbearbeitung", "zm.06533.sb", "kommune-06533");
  static final Rolle LM_ZB = new Rolle("Limburg Zeichnung", "zm.06533.zb", "kommune-06533", Gruppen.ZEICHNUNGSBERECHTIGTE);
  static final Rolle DA = new Rolle("Darmstadt Sachbearbeitung", "zm.06411.sb", "kommune-06411");
  static final Rolle DA_ZB = new Rolle("Darmstadt Zeichnung", "zm.06411.zb", "kommune-06411", Gruppen.ZEICHNUNGSBERECHTIGTE);
  static final Rolle TRAEGER = new Rolle("Träger in Limburg", "zm.traeger", "traeger-gab-limburg");
  static final Rolle BETRIEB = new Rolle("Betrieb", "admin");
  static final Rolle ANONYM = new Rolle("anonym", null);

  /** The matrix's users leave the shared context: signatories would otherwise receive other tests' mails. */
  @org.junit.jupiter.api.AfterEach
  void benutzerEntfernen() {
    for (Rolle r : List.of(HMSI, HMSI_ZB, RP_V, RP_F, LM, LM_ZB, DA, DA_ZB, TRAEGER)) {
      engine.getIdentityService().deleteUser(r.benutzer());
    }
  }

  @Test
  void keineRolleErreichtMehrAlsIhreRechte() {
    var limburg = DurchfuehrungTreiber.neuerFall(engine, register, "06533");
    limburg.starte(budget, LocalDate.now().plusMonths(6), 50_000);
    var darmstadt = DurchfuehrungTreiber.neuerFall(engine, register, "06411");
    darmstadt.starte(budget, LocalDate.now().plusMonths(6), 40_000);
    String abruf = limburg.rufeAb("1.000,00", 10, "Honorare");
    String gkAufgabe = limburg.aufgabe("Task_WaehleAnliegen").getId();
    String rpAufgabe = limburg.aufgabe(abruf, "Task_PruefeMittelabruf").getId();
    String instanz = limburg.durchfuehrung.getId();
    String nummer = limburg.foerderfallNummer;
    var tasks = engine.getTaskService();

    List<Rolle> rollen = List.of(HMSI, HMSI_ZB, RP_V, RP_F, LM, LM_ZB, DA, DA_ZB, TRAEGER, BETRIEB, ANONYM);
    for (Rolle r : rollen) {
      if (r.benutzer() != null && !"admin".equals(r.benutzer())) {
        Anmeldung.benutzer(engine.getIdentityService(), r.benutzer(), r.gruppen());
      }
    }
    Set<Rolle> lesende = Set.of(HMSI, HMSI_ZB, RP_V, RP_F, LM, LM_ZB, BETRIEB);
    Set<Rolle> rp = Set.of(RP_V, RP_F, BETRIEB);
    Set<Rolle> gk = Set.of(LM, LM_ZB, BETRIEB);
    Set<Rolle> verzeichnis = Set.of(HMSI, HMSI_ZB, RP_V, RP_F, BETRIEB);
    Set<Rolle> betrieb = Set.of(BETRIEB);
    Set<Rolle> alle = Set.copyOf(rollen);

    Map<Zugriff, Set<Rolle>> matrix = new LinkedHashMap<>();
    matrix.put(new Zugriff("Aufgabenliste des Falls (REST)", false, a -> ok(a.basic(), "/task?processInstanceBusinessKey=" + nummer,
        t -> t.contains(gkAufgabe) || t.contains(rpAufgabe))), lesende);
    matrix.put(new Zugriff("Aufgabe der Gebietskörperschaft (REST)", false, a -> ok(a.basic(), "/task/" + gkAufgabe, null)), lesende);
    matrix.put(new Zugriff("Variablen der Aufgabe (REST)", false, a -> ok(a.basic(), "/task/" + gkAufgabe + "/variables", null)), lesende);
    matrix.put(new Zugriff("Formularvariablen der RP-Aufgabe (REST)", false, a -> ok(a.basic(), "/task/" + rpAufgabe + "/form-variables", null)),
        Set.of(HMSI, HMSI_ZB, RP_V, RP_F, BETRIEB)); // a body sees only its own tasks, not the RP's
    matrix.put(new Zugriff("Prozessinstanz (REST)", false, a -> ok(a.basic(), "/process-instance/" + instanz, null)), lesende);
    matrix.put(new Zugriff("Variablen der Instanz (REST)", false, a -> ok(a.basic(), "/process-instance/" + instanz + "/variables", null)),
        lesende);
    matrix.put(new Zugriff("Instanzenliste (REST)", false, a -> ok(a.basic(), "/process-instance?businessKey=" + nummer,
        t -> t.contains(instanz))), lesende);
    matrix.put(new Zugriff("Historie der Instanzen (REST)", false, a -> ok(a.basic(), "/history/process-instance?processInstanceBusinessKey="
        + nummer, t -> t.contains(instanz))), lesende);
    matrix.put(new Zugriff("Historie der Variablen (REST)", false, a -> ok(a.basic(), "/history/variable-instance?processInstanceId="
        + instanz, t -> t.contains("foerderfallNummer"))), lesende);
    matrix.put(new Zugriff("Historie der Aufgaben (REST)", false, a -> ok(a.basic(), "/history/task?processInstanceBusinessKey="
        + nummer, t -> t.contains(gkAufgabe))), lesende);
    matrix.put(new Zugriff("Akte als ZIP (/api/akten)", false, a -> {
      HttpHeaders kopf = new HttpHeaders();
      if (a.rolle().benutzer() != null) {
        kopf.setBasicAuth(a.rolle().benutzer(), passwort(a.rolle()));
      }
      return a.http().exchange("/api/akten/" + nummer + ".zip", HttpMethod.GET, new HttpEntity<>(kopf), byte[].class)
          .getStatusCode().value() == 200;
    }), lesende);
    matrix.put(new Zugriff("Benutzerverzeichnis (REST)", false, a -> ok(a.basic(), "/user?id=" + RP_V.benutzer(),
        t -> t.contains(RP_V.benutzer()))), verzeichnis);
    matrix.put(new Zugriff("Variablen der Aufgabe (Tasklist-API)", false, a -> a.tasklist() != null
        && ok(a.tasklist(), "/task/" + gkAufgabe + "/variables", null)), lesende);
    matrix.put(new Zugriff("Instanzvariablen (Tasklist-/Cockpit-API)", false, a -> a.tasklist() != null
        && ok(a.tasklist(), "/process-instance/" + instanz + "/variables", null)), lesende);
    matrix.put(new Zugriff("Portal (öffentlich)", false, a -> a.http().getForEntity("/portal/zielvereinbarungen", String.class)
        .getStatusCode().value() == 200), alle);
    matrix.put(new Zugriff("Aufgabe der Gebietskörperschaft beanspruchen", true, a -> {
      boolean ja = a.basic().post("/task/" + gkAufgabe + "/claim", Map.of("userId", String.valueOf(a.rolle().benutzer()))).status() == 204;
      tasks.setAssignee(gkAufgabe, null);
      return ja;
    }), gk);
    matrix.put(new Zugriff("Aufgabe der RP beanspruchen", true, a -> {
      boolean ja = a.basic().post("/task/" + rpAufgabe + "/claim", Map.of("userId", String.valueOf(a.rolle().benutzer()))).status() == 204;
      tasks.setAssignee(rpAufgabe, null);
      return ja;
    }), rp);
    matrix.put(new Zugriff("Instanzvariable direkt schreiben", true, a -> {
      boolean ja = a.basic().put("/process-instance/" + instanz + "/variables/matrixProbe", Map.of("value", 1)).status() == 204;
      engine.getRuntimeService().removeVariable(instanz, "matrixProbe");
      return ja;
    }), betrieb);
    matrix.put(new Zugriff("Aufgabenvariable direkt schreiben", true, a -> {
      boolean ja = a.basic().put("/task/" + gkAufgabe + "/localVariables/matrixProbe", Map.of("value", 1)).status() == 204;
      tasks.removeVariableLocal(gkAufgabe, "matrixProbe");
      return ja;
    }), betrieb);
    matrix.put(new Zugriff("Aufgabe der Gebietskörperschaft abschließen (leer)", true, a -> {
      // an empty completion is refused by the stage's rule (400) for those who may work on it; others never get that far
      int s = a.basic().post("/task/" + gkAufgabe + "/submit-form", Map.of("variables", Map.of())).status();
      return s == 204 || s == 400;
    }), gk);
    matrix.put(new Zugriff("Nachricht an Instanzen senden", true, a -> {
      int s = a.basic().post("/message", Map.of("messageName", "gibt-es-nicht", "businessKey", nummer)).status();
      return s != 401 && s != 403 && s != 404;
    }), betrieb);
    matrix.put(new Zugriff("Deployment anlegen (Cockpit/REST)", true, a -> {
      int s = a.basic().post("/deployment/create", Map.of()).status();
      return s != 401 && s != 403 && s != 404;
    }), betrieb);
    matrix.put(new Zugriff("Benutzer anlegen (Admin)", true, a -> {
      int s = a.basic().post("/user/create", Map.of("profile", Map.of("id", "zm.neu." + a.rolle().benutzer()),
          "credentials", Map.of("password", "Ein-Passwort-2026"))).status();
      if (s == 204) {
        engine.getIdentityService().deleteUser("zm.neu." + a.rolle().benutzer());
      }
      return s == 204;
    }), betrieb);

    int zellen = 0;
    List<String> lecks = new ArrayList<>();
    List<String> fehlendeRechte = new ArrayList<>();
    List<String> serverfehler = new ArrayList<>();
    for (Rolle rolle : rollen) {
      Aufrufer aufrufer = aufrufer(rolle, serverfehler);
      for (var zeile : matrix.entrySet()) {
        zellen++;
        boolean erlaubt = zeile.getValue().contains(rolle);
        boolean erhalten = zeile.getKey().aufruf().test(aufrufer);
        if (erhalten && !erlaubt) {
          lecks.add(rolle.name() + " × " + zeile.getKey().name());
        } else if (!erhalten && erlaubt) {
          fehlendeRechte.add(rolle.name() + " × " + zeile.getKey().name());
        }
      }
    }
    System.out.printf("Zugriffsmatrix: %d Rollen × %d Zugriffe = %d Zellen, %d Lecks, %d fehlende Rechte, %d Antworten 500%n",
        rollen.size(), matrix.size(), zellen, lecks.size(), fehlendeRechte.size(), serverfehler.size());
    lecks.forEach(l -> System.out.println("Leck: " + l));
    fehlendeRechte.forEach(l -> System.out.println("fehlendes Recht: " + l));
    assertThat(lecks).as("Lecks").isEmpty();
    assertThat(fehlendeRechte).as("fehlende Rechte").isEmpty();
    assertThat(serverfehler).as("Antworten 500").isEmpty();
  }

  private static String passwort(Rolle rolle) {
    return "admin".equals(rolle.benutzer()) ? "test-Admin-Passwort-2026" : Anmeldung.PASSWORT;
  }

  private Aufrufer aufrufer(Rolle rolle, List<String> serverfehler) {
    if (rolle.benutzer() == null) {
      return new Aufrufer(rolle, Rest.basic(rest, "niemand", "falsch-" + System.nanoTime()), null, rest);
    }
    Rest tasklist = Rest.tasklist(rest, rolle.benutzer(), passwort(rolle));
    return new Aufrufer(rolle, Rest.basic(rest, rolle.benutzer(), passwort(rolle)), tasklist, rest);
  }

  /** A read answered with 200 (and, if given, a body that shows the case's data). */
  private static boolean ok(Rest rest, String pfad, Predicate<String> zeigt) {
    Rest.Antwort antwort = rest.get(pfad);
    assertThat(antwort.status()).as(pfad + ": " + antwort.text()).isNotEqualTo(500);
    return antwort.status() == 200 && (zeigt == null || zeigt.test(antwort.text()));
  }
}

package de.hessen.aqb.zuverlaessigkeit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.fasterxml.jackson.databind.node.ArrayNode;
import de.hessen.aqb.aenderungsantrag.AenderungsantragTreiber;
import de.hessen.aqb.antrag.AntragTreiber;
import de.hessen.aqb.durchfuehrung.DurchfuehrungTreiber;
import de.hessen.aqb.fall.Fallregister;
import de.hessen.aqb.foerderbudget.Foerderbudget;
import de.hessen.aqb.foerderbudget.Mittelabrufe;
import de.hessen.aqb.nachweis.NachweisTreiber;
import de.hessen.aqb.nachweis.ZwischennachweisTreiber;
import de.hessen.aqb.umsetzungsbesprechung.UmsetzungsbesprechungTreiber;
import de.hessen.aqb.plattform.ProzessVariable;
import de.hessen.aqb.testsupport.AqbSpringBootTest;
import de.hessen.aqb.testsupport.StellbareUhr;
import de.hessen.aqb.zielvereinbarung.ZielvereinbarungTreiber;
import de.hessen.aqb.zielvereinbarung.domain.SeedZielvereinbarungen;
import de.hessen.aqb.zielvereinbarung.portal.Veroeffentlichungen;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * SMTP outage for every mail of every stage — Antrag (deadline reminders, overdue Nachforderung, Bescheid),
 * Durchführung (Mittelabruf decision), Änderungsantrag (Änderungsbescheid), Umsetzungsbesprechung (invitation, minutes),
 * Zwischennachweis (reminders before, on and after the deadline) and Nachweis (deadline reminders, result,
 * Schlussbescheid, payment reminder and dunning): while the mail
 * server is down every mail job fails, is retried until it becomes an incident, and nothing is sent or logged; the
 * clerks' steps before it stay done. After recovery the operator's retry (Cockpit: "Retry") sends each mail exactly
 * once: no (subject, recipient) twice, one mail-log row per mail. The Zielvereinbarung's proof is in
 * ZielvereinbarungProzessTest; that every mail step of every model is such a job is {@link MailSchritteTest}.
 */
@AqbSpringBootTest
class MailAusfallTest {

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired ProcessEngine engine;
  @Autowired Fallregister register;
  @Autowired Foerderbudget budget;
  @Autowired Mittelabrufe mittelabrufe;
  @Autowired JdbcClient jdbc;
  @Autowired Veroeffentlichungen portal;
  @Autowired StellbareUhr uhr;

  /** The mail steps that failed and recovered in this class, printed at the end (docs/RELIABILITY.md). */
  static final Set<String> SCHRITTE = new java.util.TreeSet<>();

  @org.junit.jupiter.api.AfterAll
  static void schritte() {
    System.out.printf("Mailausfall-Schritte: %d: %s%n", SCHRITTE.size(), SCHRITTE);
  }

  @BeforeEach
  void setUp() {
    init(engine);
  }

  @Test
  void jedeMailDerZielvereinbarungNachDemAusfallGenauEinmal() {
    var fall = new ZielvereinbarungTreiber(engine, "06632");
    fall.starte(2025);
    String nummer = fall.foerderfall.getBusinessKey();
    fall.fuehreJobsAus();
    fall.erstelleEntwurf(ZielvereinbarungTreiber.entwurf(SeedZielvereinbarungen.odenwaldkreis2025()));
    fall.fuehreJobsAus();
    ueberstehe(nummer, () -> fall.loeseErinnerungAus("BoundaryEvent_PruefungUeberfaellig"));
    ueberstehe(nummer, () -> fall.pruefe(true, null));
    ueberstehe(nummer, () -> fall.loeseErinnerungAus("BoundaryEvent_UnterzeichnungMinisteriumUeberfaellig"));
    ueberstehe(nummer, () -> fall.unterzeichne("ministerium", "Wiesbaden", LocalDate.now()));
    ueberstehe(nummer, () -> fall.loeseErinnerungAus("BoundaryEvent_UnterzeichnungGebietskoerperschaftUeberfaellig"));
    ueberstehe(nummer, () -> fall.unterzeichne("gebietskoerperschaft", "Bad Hersfeld", LocalDate.now()));
  }

  @Test
  void mittelabrufEntscheidungNachDemAusfallGenauEinmal() {
    var fall = DurchfuehrungTreiber.neuerFall(engine, register, "06411");
    fall.starte(budget, LocalDate.now().plusMonths(6), 50_000);
    String abruf = fall.rufeAb("1.000,00", 10, "Honorare");
    var pruefen = fall.aufgabe(abruf, "Task_PruefeMittelabruf");
    int ueberstanden = ueberstehe(fall.foerderfallNummer, () -> fall.treiber.schliesseAb(pruefen, DurchfuehrungTreiber.RP,
        DurchfuehrungTreiber.entscheidung("auszahlen", null, "Fällig")));
    assertThat(ueberstanden).isGreaterThanOrEqualTo(1);
    assertThat(jdbc.sql("select status from aqb_mittelabruf where foerderfall_nummer = ?").param(fall.foerderfallNummer)
        .query(String.class).single()).as("die Auszahlung ist gebucht, einmal").isEqualTo("AUSGEZAHLT");
  }

  @Test
  void nachweisErgebnisUndSchlussbescheidNachDemAusfallGenauEinmal() {
    var fall = new NachweisTreiber(engine, "06414").mitBescheidUndAuszahlung(register, budget, mittelabrufe, 40_000_00L);
    fall.starte();
    fall.reicheEin(fall.einreichung("20.000,00", "20.000,00", NachweisTreiber.csv(
        "15.03.2025;Träger 1;Honorare;20.000,00;M1\n30.06.2025;Träger 2;Lehrgang;20.000,00;M2\n")));
    fall.pruefeSachlich(NachweisTreiber.RP_SACHLICH, "richtig", null, null);
    var rechnerisch = fall.aufgabe("Task_PruefeRechnerisch");
    int ueberstanden = ueberstehe(fall.nummer, () -> fall.treiber.schliesseAb(rechnerisch, NachweisTreiber.RP_RECHNERISCH,
        fall.rechnerisch(Map.of())));
    assertThat(ueberstanden).isGreaterThanOrEqualTo(1);
    assertThat(register.status(fall.nummer)).contains(Fallregister.ABGESCHLOSSEN);
  }

  @Test
  void antragsfristNachforderungUndBescheidNachDemAusfallGenauEinmal() {
    String nummer = "AQB-2025-M" + UUID.randomUUID().toString().substring(0, 8);
    var fall = new AntragTreiber(engine, "06414");
    fall.starte(SeedZielvereinbarungen.wiesbaden2025(), nummer);
    ueberstehe(nummer, () -> fall.treiber.feuereTimer("BoundaryEvent_AntragsfristNaht"));
    ueberstehe(nummer, () -> fall.treiber.feuereTimer("BoundaryEvent_AntragsfristAbgelaufen"));
    ArrayNode massnahmen = fall.vollstaendig(300_000, 300_000, 300_000, 300_000, 300_000, 300_000, 300_000, 300_000, 412_460);
    fall.erfasse(massnahmen);
    fall.reicheEin(massnahmen);
    fall.pruefe("nachfordern", "Bitte Kostenplan für FIB nachreichen.", LocalDate.now().plusDays(14).toString());
    ueberstehe(nummer, () -> fall.treiber.feuereTimer("BoundaryEvent_NachforderungsfristAbgelaufen"));
    fall.erledige("Task_BeantworteNachforderung", fall.gkSachbearbeitung, Map.of("nachforderungAntwort", "Anbei.",
        "massnahmen", ProzessVariable.alsJson(fall.variable("massnahmen"))));
    fall.pruefe("entscheiden", null, null);
    fall.entwerfeBescheid(Map.of("entscheidungsart", "voll"));
    int bescheid = ueberstehe(nummer, () -> fall.treiber.schliesseAb("Task_GibBescheidFrei", AntragTreiber.RP_FREIGABE,
        Map.of("freigabeEntscheidung", "freigeben")));
    assertThat(bescheid).as("Bescheid an die Gebietskörperschaft (und Benachrichtigungen)").isGreaterThanOrEqualTo(1);
    assertThat(fall.antrag).isEnded();
    assertThat(budget.summeBewilligtCent(nummer)).as("einmal gebucht").isEqualTo(281_246_000L);
  }

  @Test
  void aenderungsbescheidNachDemAusfallGenauEinmal() {
    var antrag = new AenderungsantragTreiber(engine, register, portal, budget, "06414", 200_000, LocalDate.now().plusMonths(6),
        100_000, 50_000);
    antrag.starte();
    antrag.stelle(AenderungsantragTreiber.antrag(Map.of("M1", "60.000", "M2", "90.000"), null, "Maßnahme 2 wird erweitert"));
    antrag.erledige("Task_EntwerfeAenderungsbescheid", DurchfuehrungTreiber.RP,
        AenderungsantragTreiber.entwurf("bewilligen", Map.of(), null));
    String nummer = antrag.fall.foerderfallNummer;
    ueberstehe(nummer, () -> antrag.fall.treiber.schliesseAb("Task_GibAenderungsbescheidFrei", AenderungsantragTreiber.RP_ZWEI,
        AenderungsantragTreiber.freigabe("freigeben", null)));
    assertThat(antrag.instanz).isEnded().hasPassed("Task_ErlasseAenderung", "Task_VersendeAenderungsschreiben");
  }

  @Test
  void einladungUndProtokollDerUmsetzungsbesprechungNachDemAusfallGenauEinmal() {
    LocalDate heute = LocalDate.now(ZoneId.of("Europe/Berlin"));
    var ub = new UmsetzungsbesprechungTreiber(engine, register, budget, "06414", heute.plusYears(2));
    String gk = ub.fall.gkSachbearbeitung;
    ub.setzeAn(null);
    ueberstehe(ub.nummer, () -> ub.treiber.schliesseAb("Task_TerminiereUmsetzungsbesprechung", UmsetzungsbesprechungTreiber.HMSI,
        UmsetzungsbesprechungTreiber.termin(heute, "10:00", "Wiesbaden", List.of(gk, DurchfuehrungTreiber.RP,
            UmsetzungsbesprechungTreiber.HMSI), "Stand der Maßnahmen")));
    ueberstehe(ub.nummer, () -> ub.treiber.schliesseAb("Task_ProtokolliereUmsetzungsbesprechung", UmsetzungsbesprechungTreiber.HMSI,
        UmsetzungsbesprechungTreiber.protokoll("Die Maßnahmen laufen planmäßig.", List.of(gk, DurchfuehrungTreiber.RP), List.of())));
  }

  @Test
  void erinnerungenZumZwischennachweisNachDemAusfallGenauEinmal() {
    try {
      var fall = new ZwischennachweisTreiber(engine, uhr, register, "06414").gestartet(budget);
      fall.zahle(mittelabrufe, LocalDate.of(2025, 8, 1), 8_000_00L, 4_000_00L);
      fall.amTag(LocalDateTime.of(2026, 1, 1, 9, 0));
      for (String timer : List.of("BoundaryEvent_ZwischennachweisfristNaht", "BoundaryEvent_ZwischennachweisfristErreicht",
          "BoundaryEvent_ZwischennachweisUeberfaellig")) {
        ueberstehe(fall.nummer, () -> {
          fall.stelle(fall.durchfuehrung.treiber.timer(timer).getDuedate().toInstant().atZone(ZoneId.systemDefault())
              .toLocalDateTime().plusMinutes(30));
          fall.durchfuehrung.treiber.feuereTimer(timer);
        });
      }
    } finally {
      uhr.zurueck();
    }
  }

  @Test
  void nachweisfristZahlungserinnerungUndMahnungNachDemAusfallGenauEinmal() {
    var fall = new NachweisTreiber(engine, "06412").mitBescheidUndAuszahlung(register, budget, mittelabrufe, 50_000_00L);
    fall.starte();
    ueberstehe(fall.nummer, () -> fall.treiber.feuereTimer("BoundaryEvent_NachweisfristNaht"));
    ueberstehe(fall.nummer, () -> fall.treiber.feuereTimer("BoundaryEvent_NachweisfristAbgelaufen"));
    fall.reicheEin(fall.einreichung("30.000,00", "10.000,00", NachweisTreiber.csv(
        "01.02.2025;Träger 1;Honorare;30.000,00;M1\n" + "02.02.2025;Träger 2;Lehrgang;10.000,00;M2\n")));
    fall.pruefeSachlich(NachweisTreiber.RP_SACHLICH, "richtig", null, null);
    ueberstehe(fall.nummer, () -> fall.treiber.schliesseAb("Task_PruefeRechnerisch", NachweisTreiber.RP_RECHNERISCH,
        fall.rechnerisch(Map.of())));
    assertThat(fall.nachweis).isWaitingAt("Task_ErfasseZahlungseingang");
    ueberstehe(fall.nummer, () -> fall.treiber.feuereTimer("BoundaryEvent_ZahlungsfristNaht"));
    ueberstehe(fall.nummer, () -> fall.treiber.feuereTimer("BoundaryEvent_ZahlungUeberfaellig"));
    assertThat(jdbc.sql("select count(*) from aqb_rueckforderung_mahnung where foerderfall_nummer = ?").param(fall.nummer)
        .query(Integer.class).single()).as("Erinnerung und eine Mahnung, je einmal").isEqualTo(2);
  }

  /**
   * Runs {@code schritt} (a clerk's completion or a timer) and the jobs after it with the mail server down, then
   * recovers. Where one mail follows another (Bescheid, then its dispatch), the server goes down again before each
   * next job, so every mail job of the chain fails once, becomes an incident, and is sent after the operator's retry.
   * Returns the number of mail jobs that failed and were sent after recovery.
   */
  private int ueberstehe(String nummer, Runnable schritt) {
    long protokollVorher = protokoll(nummer);
    List<String> gescheitert = new ArrayList<>();
    List<MimeMessage> neu = new ArrayList<>();
    leereUndStoppe();
    try {
      schritt.run();
      for (int phase = 0; phase < 20; phase++) {
        List<String> jetzt = fuehreAusBisZumFehler(nummer, gescheitert);
        if (jetzt.isEmpty()) {
          break;
        }
        for (String id : jetzt) {
          // the remaining retries (R3/…): each fails, the last one leaves an incident for the operator
          for (int versuch = 0; versuch < 5 && engine.getManagementService().createJobQuery().jobId(id).withRetriesLeft().count() > 0; versuch++) {
            try {
              engine.getManagementService().executeJob(id);
            } catch (RuntimeException smtpNichtErreichbar) {
              // still down
            }
          }
          assertThat(engine.getRuntimeService().createIncidentQuery().configuration(id).count())
              .as("Incident für den Betrieb").isPositive();
        }
        assertThat(protokoll(nummer)).as("nichts protokolliert, was nicht gesendet wurde")
            .isEqualTo(protokollVorher + gescheitert.size());
        gescheitert.addAll(jetzt);
        // recovery: the operator retries the failed jobs (Cockpit "Retry"), then the server may fail again
        greenMail.start();
        for (String id : jetzt) {
          engine.getManagementService().setJobRetries(id, 1);
          engine.getManagementService().executeJob(id);
        }
        neu.addAll(Arrays.asList(greenMail.getReceivedMessages()));
        leereUndStoppe();
      }
      assertThat(gescheitert).as("Mail-Jobs scheitern während des Ausfalls").isNotEmpty();
    } finally {
      greenMail.start();
    }
    for (int runde = 0; runde < 30 && !ausfuehrbar(nummer).isEmpty(); runde++) {
      ausfuehrbar(nummer).forEach(j -> engine.getManagementService().executeJob(j.getId()));
    }
    neu.addAll(Arrays.asList(greenMail.getReceivedMessages()));
    assertThat(engine.getRuntimeService().createIncidentQuery().list().stream()
        .filter(i -> instanzen(nummer).contains(i.getProcessInstanceId())).toList()).as("keine Incidents mehr").isEmpty();
    // GreenMail keeps one copy per recipient: a mail sent once appears as often as it has recipients, never more
    Map<String, Integer> kopien = new HashMap<>();
    Map<String, Integer> empfaenger = new HashMap<>();
    for (MimeMessage m : neu) {
      kopien.merge(betreffUndEmpfaenger(m), 1, Integer::sum);
      empfaenger.put(betreffUndEmpfaenger(m), anzahlEmpfaenger(m));
    }
    Map<String, Integer> doppelt = new HashMap<>();
    kopien.forEach((schluessel, anzahl) -> {
      if (anzahl > empfaenger.get(schluessel)) {
        doppelt.put(schluessel, anzahl);
      }
    });
    assertThat(doppelt).as("keine Mail doppelt").isEmpty();
    assertThat(kopien).as("jede gescheiterte Mail nach der Behebung zugestellt").hasSize(gescheitert.size());
    assertThat(protokoll(nummer) - protokollVorher).as("eine Protokollzeile je Mail").isEqualTo(gescheitert.size());
    System.out.printf("Mailausfall %s: %d Mail-Jobs gescheitert, nach der Behebung %d Mails (%d Nachrichten je Empfänger), 0 doppelt%n",
        nummer, gescheitert.size(), kopien.size(), neu.size());
    return gescheitert.size();
  }

  /** Empties the test mail server's store (it forgets its messages when stopped anyway) and stops it: the outage. */
  private static void leereUndStoppe() {
    try {
      greenMail.purgeEmailFromAllMailboxes();
    } catch (com.icegreen.greenmail.store.FolderException e) {
      throw new IllegalStateException(e);
    }
    greenMail.stop();
  }

  /** Runs the case's due jobs with the server down; returns the jobs that failed in this phase. */
  private List<String> fuehreAusBisZumFehler(String nummer, List<String> schonGescheitert) {
    List<String> jetzt = new ArrayList<>();
    for (int runde = 0; runde < 30; runde++) {
      List<Job> jobs = ausfuehrbar(nummer).stream().filter(j -> !schonGescheitert.contains(j.getId()) && !jetzt.contains(j.getId())).toList();
      if (jobs.isEmpty()) {
        break;
      }
      for (Job job : jobs) {
        try {
          engine.getManagementService().executeJob(job.getId());
        } catch (RuntimeException smtpNichtErreichbar) {
          jetzt.add(job.getId());
          var definition = engine.getManagementService().createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult();
          SCHRITTE.add(definition.getProcessDefinitionKey() + ".bpmn#" + definition.getActivityId());
        }
      }
    }
    return jetzt;
  }

  private long protokoll(String nummer) {
    return jdbc.sql("select count(*) from aqb_mail_protokoll where foerderfall_nummer = ?").param(nummer).query(Long.class).single();
  }

  private Set<String> instanzen(String nummer) {
    Set<String> ids = new LinkedHashSet<>();
    engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(nummer).list().stream()
        .map(ProcessInstance::getId).forEach(ids::add);
    return ids;
  }

  private List<Job> ausfuehrbar(String nummer) {
    Set<String> ids = instanzen(nummer);
    return engine.getManagementService().createJobQuery().executable().list().stream()
        .filter(j -> ids.contains(j.getProcessInstanceId())).toList();
  }

  private static int anzahlEmpfaenger(MimeMessage m) {
    try {
      return m.getAllRecipients() == null ? 0 : m.getAllRecipients().length;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String betreffUndEmpfaenger(MimeMessage m) {
    try {
      return m.getSubject() + " → " + Arrays.toString(m.getRecipients(Message.RecipientType.TO))
          + " cc " + Arrays.toString(m.getRecipients(Message.RecipientType.CC));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}

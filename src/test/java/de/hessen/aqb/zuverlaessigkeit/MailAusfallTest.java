package de.hessen.aqb.zuverlaessigkeit;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.hessen.aqb.aenderungsantrag.AenderungsantragTreiber;
import de.hessen.aqb.antrag.AntragTreiber;
import de.hessen.aqb.durchfuehrung.DurchfuehrungTreiber;
import de.hessen.aqb.fall.Fallregister;
import de.hessen.aqb.foerderbudget.Foerderbudget;
import de.hessen.aqb.foerderbudget.Mittelabrufe;
import de.hessen.aqb.nachweis.NachweisTreiber;
import de.hessen.aqb.nachweis.ZwischennachweisTreiber;
import de.hessen.aqb.testsupport.AqbSpringBootTest;
import de.hessen.aqb.testsupport.StellbareUhr;
import de.hessen.aqb.umsetzungsbesprechung.UmsetzungsbesprechungTreiber;
import de.hessen.aqb.zielvereinbarung.domain.SeedZielvereinbarungen;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * SMTP outage in the Antrag (the released Bescheid), the Durchführung (Mittelabruf decision, Änderungsbescheid), the Umsetzungsbesprechung (invitation), the Zwischennachweis
 * (reminder of its timer) and the Nachweis
 * (result, Schlussbescheid): while the mail
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
  void einladungZurUmsetzungsbesprechungNachDemAusfallGenauEinmalUnterDerFallnummer() {
    var ub = new UmsetzungsbesprechungTreiber(engine, register, budget, "06412", LocalDate.now().plusYears(2));
    ub.setzeAn(null);
    var termin = UmsetzungsbesprechungTreiber.termin(LocalDate.now().plusDays(14), "9:00", "Kassel",
        List.of(ub.fall.gkSachbearbeitung, DurchfuehrungTreiber.RP), "");
    int ueberstanden = ueberstehe(ub.nummer, () -> ub.treiber.schliesseAb("Task_TerminiereUmsetzungsbesprechung",
        UmsetzungsbesprechungTreiber.HMSI, termin));
    assertThat(ueberstanden).isGreaterThanOrEqualTo(1);
    assertThat(jdbc.sql("select vorlage from aqb_mail_protokoll where foerderfall_nummer = ?").param(ub.nummer)
        .query(String.class).list()).as("die Einladung steht unter der Fallnummer im Mailprotokoll, einmal")
        .containsOnlyOnce("umsetzungsbesprechung-einladung");
  }

  @Autowired StellbareUhr uhr;
  @Autowired de.hessen.aqb.zielvereinbarung.portal.Veroeffentlichungen portal;

  @Test
  void aenderungsbescheidNachDemAusfallGenauEinmal() {
    var ae = new AenderungsantragTreiber(engine, register, portal, budget, "06414", 200_000, LocalDate.now().plusMonths(6),
        100_000, 50_000);
    ae.starte();
    ae.stelle(AenderungsantragTreiber.antrag(Map.of("M1", "60.000", "M2", "90.000"), null, "Maßnahme 2 wird erweitert"));
    ae.erledige("Task_EntwerfeAenderungsbescheid", DurchfuehrungTreiber.RP, AenderungsantragTreiber.entwurf("bewilligen", Map.of(), null));
    var freigeben = ae.aufgabe("Task_GibAenderungsbescheidFrei");
    int ueberstanden = ueberstehe(ae.fall.foerderfallNummer, () -> ae.fall.treiber.schliesseAb(freigeben,
        AenderungsantragTreiber.RP_ZWEI, AenderungsantragTreiber.freigabe("freigeben", null)));
    assertThat(ueberstanden).isGreaterThanOrEqualTo(1);
  }

  @Test
  void bescheidNachDemAusfallGenauEinmal() {
    String nummer = "AQB-2025-M" + java.util.UUID.randomUUID().toString().substring(0, 8);
    var fall = new AntragTreiber(engine, "06435");
    fall.starte(SeedZielvereinbarungen.wiesbaden2025(), nummer);
    var massnahmen = fall.vollstaendig(300000, 300000, 300000, 300000, 300000, 300000, 300000, 300000, 412460);
    fall.erfasse(massnahmen);
    fall.reicheEin(massnahmen);
    fall.pruefe("entscheiden", null, null);
    fall.entwerfeBescheid(Map.of("entscheidungsart", "voll"));
    Map<String, Object> freigabe = new HashMap<>();
    freigabe.put("freigabeEntscheidung", "freigeben");
    freigabe.put("freigabeBemerkung", null);
    int ueberstanden = ueberstehe(nummer, () -> fall.treiber.schliesseAb("Task_GibBescheidFrei", AntragTreiber.RP_FREIGABE, freigabe));
    assertThat(ueberstanden).isGreaterThanOrEqualTo(1);
    assertThat(jdbc.sql("select count(*) from aqb_bescheid where foerderfall_nummer = ?").param(nummer).query(Long.class).single())
        .as("ein Bescheid").isEqualTo(1L);
  }

  @Test
  void zwischennachweisErinnerungNachDemAusfallGenauEinmalUnterDerFallnummer() {
    try {
      var fall = new ZwischennachweisTreiber(engine, uhr, register, "06531").gestartet(budget);
      fall.zahle(mittelabrufe, LocalDate.of(2025, 8, 1), 8_000_00L, 4_000_00L);
      fall.amTag(LocalDateTime.of(2026, 1, 1, 9, 0)); // the Zwischennachweis 2025 is requested
      // the reminder's timer comes due while the mail server is down
      int ueberstanden = ueberstehe(fall.nummer, () -> fall.stelle(LocalDateTime.of(2026, 4, 16, 8, 30)));
      assertThat(ueberstanden).isGreaterThanOrEqualTo(1);
      assertThat(jdbc.sql("select vorlage from aqb_mail_protokoll where foerderfall_nummer = ?").param(fall.nummer)
          .query(String.class).list()).as("die Erinnerung steht unter der Fallnummer im Mailprotokoll, einmal")
          .containsOnlyOnce("zwischennachweis-erinnerung");
    } finally {
      uhr.zurueck();
    }
  }

  /**
   * Runs {@code schritt} (a clerk's completion) and the jobs after it with the mail server down, then recovers.
   * Returns the number of mail jobs that failed and were sent after recovery.
   */
  private int ueberstehe(String nummer, Runnable schritt) {
    int vorher = greenMail.getReceivedMessages().length;
    long protokollVorher = protokoll(nummer);
    List<String> gescheitert = new ArrayList<>();
    greenMail.stop();
    try {
      schritt.run();
      for (int runde = 0; runde < 30; runde++) {
        List<Job> jobs = ausfuehrbar(nummer).stream().filter(j -> !gescheitert.contains(j.getId())).toList();
        if (jobs.isEmpty()) {
          break;
        }
        for (Job job : jobs) {
          try {
            engine.getManagementService().executeJob(job.getId());
          } catch (RuntimeException smtpNichtErreichbar) {
            gescheitert.add(job.getId());
          }
        }
      }
      assertThat(gescheitert).as("Mail-Jobs scheitern während des Ausfalls").isNotEmpty();
      for (String id : gescheitert) {
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
      assertThat(greenMail.getReceivedMessages().length).isEqualTo(vorher);
      assertThat(protokoll(nummer)).as("nichts protokolliert, was nicht gesendet wurde").isEqualTo(protokollVorher);
    } finally {
      greenMail.start();
    }
    for (String id : gescheitert) {
      engine.getManagementService().setJobRetries(id, 1);
      engine.getManagementService().executeJob(id);
    }
    for (int runde = 0; runde < 30 && !ausfuehrbar(nummer).isEmpty(); runde++) {
      ausfuehrbar(nummer).forEach(j -> engine.getManagementService().executeJob(j.getId()));
    }
    assertThat(engine.getRuntimeService().createIncidentQuery().list().stream()
        .filter(i -> instanzen(nummer).contains(i.getProcessInstanceId())).toList()).as("keine Incidents mehr").isEmpty();
    List<MimeMessage> neu = Arrays.asList(greenMail.getReceivedMessages()).subList(vorher, greenMail.getReceivedMessages().length);
    // GreenMail keeps one copy per recipient: a mail sent once appears as often as it has recipients, never more
    Map<String, Integer> kopien = new HashMap<>();
    Map<String, Integer> empfaenger = new HashMap<>();
    for (MimeMessage m : neu) {
      kopien.merge(betreffUndEmpfaenger(m), 1, Integer::sum);
      empfaenger.put(betreffUndEmpfaenger(m), anzahlEmpfaenger(m));
    }
    Set<String> gesehen = kopien.keySet();
    Map<String, Integer> doppelt = new HashMap<>();
    kopien.forEach((schluessel, anzahl) -> {
      if (anzahl > empfaenger.get(schluessel)) {
        doppelt.put(schluessel, anzahl);
      }
    });
    assertThat(doppelt).as("keine Mail doppelt").isEmpty();
    assertThat(neu).as("nach der Behebung zugestellt").isNotEmpty();
    long protokolliert = protokoll(nummer) - protokollVorher;
    assertThat(protokolliert).as("eine Protokollzeile je Mail").isEqualTo(gescheitert.size());
    System.out.printf("Mailausfall %s: %d Mail-Jobs gescheitert, nach der Behebung %d Nachrichten (%d Empfänger-Betreff-Paare), 0 doppelt%n",
        nummer, gescheitert.size(), neu.size(), gesehen.size());
    return gescheitert.size();
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

package de.hessen.aqb.durchfuehrung;

import static org.assertj.core.api.Assertions.assertThat;

import de.hessen.aqb.fall.Fallregister;
import de.hessen.aqb.foerderbudget.Foerderbudget;
import de.hessen.aqb.foerderbudget.Mittelabrufe;
import de.hessen.aqb.identity.Gruppen;
import de.hessen.aqb.identity.Sitzung;
import de.hessen.aqb.testsupport.Anmeldung;
import de.hessen.aqb.testsupport.AqbSpringBootTest;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One task, two completions at once (two application nodes, two RP clerks; ADR 25), made deterministic: the first
 * completion runs inside a transaction that is held open, the second starts meanwhile and must wait for the task's row lock
 * ({@code plattform.AufgabeSperren}); after the first commits, the second stops before any own row is written, with the
 * German text the engine APIs answer as 409 — not a duplicate key (500) and not a second decision. Runs on H2 and, with
 * -Ppostgres, on PostgreSQL; {@code .ci/zwei-knoten/run} races the same through two real nodes.
 */
@AqbSpringBootTest
class EineAufgabeZweimalZugleichTest {

  static final String RP_ZWEI = "df.rp.zugleich";

  @Autowired ProcessEngine engine;
  @Autowired Fallregister register;
  @Autowired Foerderbudget budget;
  @Autowired Mittelabrufe mittelabrufe;
  @Autowired PlatformTransactionManager transaktionen;

  @Test
  void derZweiteWartetUndWirdMitDeutschemTextAbgewiesen() throws Exception {
    DurchfuehrungTreiber fall = DurchfuehrungTreiber.neuerFall(engine, register, "06414");
    fall.starte(budget, LocalDate.now().plusMonths(6), 1_000);
    Anmeldung.benutzer(engine.getIdentityService(), RP_ZWEI, Gruppen.RP_KASSEL);
    String abruf = fall.rufeAb("400", 10, "Honorare");
    String aufgabe = fall.aufgabe(abruf, "Task_PruefeMittelabruf").getId();
    Sitzung sitzung = new Sitzung(engine.getIdentityService());

    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      java.util.concurrent.CountDownLatch ersterFertig = new java.util.concurrent.CountDownLatch(1);
      java.util.concurrent.CountDownLatch zweiterGestartet = new java.util.concurrent.CountDownLatch(1);
      Future<Throwable> erster = threads.submit(() -> {
        try {
          new TransactionTemplate(transaktionen).executeWithoutResult(status -> sitzung.als(DurchfuehrungTreiber.RP, () -> {
            engine.getTaskService().complete(aufgabe, DurchfuehrungTreiber.entscheidung("auszahlen", null, null));
            ersterFertig.countDown();
            try {
              zweiterGestartet.await(10, TimeUnit.SECONDS);
              Thread.sleep(500); // the second is now waiting for the row lock
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }));
          return (Throwable) null;
        } catch (Exception e) {
          return e;
        }
      });
      assertThat(ersterFertig.await(30, TimeUnit.SECONDS)).isTrue();
      Future<Throwable> zweiter = threads.submit(() -> sitzung.als(RP_ZWEI, () -> {
        zweiterGestartet.countDown();
        try {
          engine.getTaskService().complete(aufgabe, DurchfuehrungTreiber.entscheidung("ablehnen", null, "Kein Bedarf."));
          return (Throwable) null;
        } catch (Exception e) {
          return e;
        }
      }));
      assertThat(erster.get(60, TimeUnit.SECONDS)).as("die erste Entscheidung gilt").isNull();
      Throwable fehler = zweiter.get(60, TimeUnit.SECONDS);
      assertThat(fehler).as("die zweite Entscheidung wird abgewiesen").isNotNull()
          .hasMessageContaining("gleichzeitig an anderer Stelle bearbeitet");
    } finally {
      threads.shutdownNow();
    }
    String nr = fall.foerderfallNummer;
    assertThat(mittelabrufe.alle(nr)).extracting(Mittelabrufe.Mittelabruf::status).containsExactly(Mittelabrufe.Status.AUSGEZAHLT);
    assertThat(mittelabrufe.summeAusgezahltCent(nr)).isEqualTo(40_000L);
    assertThat(mittelabrufe.ausgezahltJeMassnahme(nr)).containsExactly(Map.entry("M1", 40_000L));
  }
}

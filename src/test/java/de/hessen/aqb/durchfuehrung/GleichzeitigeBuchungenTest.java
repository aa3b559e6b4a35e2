package de.hessen.aqb.durchfuehrung;

import static org.assertj.core.api.Assertions.assertThat;

import de.hessen.aqb.fall.Fallregister;
import de.hessen.aqb.foerderbudget.Foerderbudget;
import de.hessen.aqb.foerderbudget.Mittelabrufe;
import de.hessen.aqb.testsupport.AqbSpringBootTest;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
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
 * Two payments of one case booked at the same time, each in its own thread and transaction: the lock on the case's
 * register row makes the second wait for the first to commit, so it sees the first payment and Σ paid never exceeds
 * Σ granted (H2 and, with -Ppostgres, PostgreSQL).
 */
@AqbSpringBootTest
class GleichzeitigeBuchungenTest {

  @Autowired ProcessEngine engine;
  @Autowired Fallregister register;
  @Autowired Foerderbudget budget;
  @Autowired Mittelabrufe mittelabrufe;
  @Autowired PlatformTransactionManager transaktionen;

  @Test
  void zweiGleichzeitigeAuszahlungenUeberschreitenNieDieBewilligung() throws Exception {
    DurchfuehrungTreiber fall = DurchfuehrungTreiber.neuerFall(engine, register, "06414");
    String nr = fall.foerderfallNummer;
    fall.bucheBescheid(budget, LocalDate.now().plusMonths(6), 1_000);
    // two open requests of 600 € each (more than granted together; as if both had passed the request check)
    new TransactionTemplate(transaktionen).executeWithoutResult(t -> {
      mittelabrufe.sperre(nr);
      mittelabrufe.erfasse(nr, Map.of("M1", 60_000L), LocalDate.now(), "erster", null, "a");
      mittelabrufe.erfasse(nr, Map.of("M1", 60_000L), LocalDate.now(), "zweiter", null, "b");
    });

    TransactionTemplate transaktion = new TransactionTemplate(transaktionen);
    CountDownLatch ersteGesperrt = new CountDownLatch(1);
    long[] wartezeitMs = new long[1];
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Future<?> erste = threads.submit(() -> transaktion.executeWithoutResult(t -> {
        mittelabrufe.entscheide(nr, 1, Mittelabrufe.Status.AUSGEZAHLT, Map.of("M1", 60_000L), "rp.eins", null);
        ersteGesperrt.countDown();
        schlafe(400); // the second booking runs meanwhile and must wait for this commit
      }));
      Future<Throwable> zweite = threads.submit(() -> {
        ersteGesperrt.await(10, TimeUnit.SECONDS);
        long beginn = System.nanoTime();
        try {
          transaktion.executeWithoutResult(t -> mittelabrufe.entscheide(nr, 2, Mittelabrufe.Status.AUSGEZAHLT, Map.of("M1", 60_000L), "rp.zwei", null));
          return null;
        } catch (RuntimeException e) {
          return e;
        } finally {
          wartezeitMs[0] = (System.nanoTime() - beginn) / 1_000_000;
        }
      });
      erste.get(30, TimeUnit.SECONDS);
      Throwable fehler = zweite.get(30, TimeUnit.SECONDS);
      assertThat(fehler).isInstanceOf(de.hessen.aqb.gemeinsam.UngueltigeEingabe.class)
          .hasMessageContaining("sind nach den geltenden Bescheiden nur noch 400,00 € auszahlbar");
      assertThat(wartezeitMs[0]).as("die zweite Buchung wartet auf das Festschreiben der ersten").isGreaterThanOrEqualTo(300);
    } finally {
      threads.shutdownNow();
    }
    assertThat(mittelabrufe.summeAusgezahltCent(nr)).isEqualTo(60_000).isLessThanOrEqualTo(budget.summeBewilligtCent(nr));
    assertThat(mittelabrufe.abruf(nr, 2).orElseThrow().status()).isEqualTo(Mittelabrufe.Status.OFFEN);
  }

  private static void schlafe(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

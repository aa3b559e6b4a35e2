package de.hessen.aqb.durchfuehrung;

import static org.assertj.core.api.Assertions.assertThat;

import de.hessen.aqb.antrag.Bescheidbuchungen;
import de.hessen.aqb.antrag.domain.BescheidDaten;
import de.hessen.aqb.fall.Fallregister;
import de.hessen.aqb.foerderbudget.Foerderbudget;
import de.hessen.aqb.foerderbudget.Mittelabrufe;
import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import de.hessen.aqb.identity.Gruppen;
import de.hessen.aqb.identity.Sitzung;
import de.hessen.aqb.testsupport.Anmeldung;
import de.hessen.aqb.testsupport.AqbSpringBootTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two RP clerks decide two Mittelabrufe of one case at the same moment, in real threads and transactions, through the
 * engine (each completes "Mittelabruf prüfen" of its own request instance). Together the two exceed what the measure
 * still has, because a later Bescheid reduced it after both were filed. The lock is a row lock in the database
 * ({@code select … for update} on the case's register row), not a JVM lock: the guarantee holds for any number of
 * application nodes on one database. And an Änderungsbescheid cutting a measure while a Mittelabruf on it is decided:
 * exactly one of them passes. Runs on H2 and, with -Ppostgres, on PostgreSQL.
 */
@AqbSpringBootTest
class GleichzeitigeEntscheidungenTest {

  static final String RP_ZWEI = "df.rp.zweite";

  @Autowired ProcessEngine engine;
  @Autowired Fallregister register;
  @Autowired Foerderbudget budget;
  @Autowired Mittelabrufe mittelabrufe;

  @Test
  void zweiGleichzeitigeEntscheidungenZahlenNieMehrAlsBewilligt() throws Exception {
    DurchfuehrungTreiber fall = DurchfuehrungTreiber.neuerFall(engine, register, "06414");
    fall.starte(budget, LocalDate.now().plusMonths(6), 1_000);
    Anmeldung.benutzer(engine.getIdentityService(), RP_ZWEI, Gruppen.RP_KASSEL);
    String erster = fall.rufeAb("500", 10, "erste Hälfte");
    String zweiter = fall.rufeAb("500", 10, "zweite Hälfte");
    // a later Bescheid reduces the measure to 800 €: the two open requests now exceed it by 200 €
    bucheKuerzung(fall, 80_000L);

    CyclicBarrier start = new CyclicBarrier(2);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    List<Future<Throwable>> ergebnisse = new ArrayList<>();
    try {
      for (String[] auftrag : new String[][] {{erster, DurchfuehrungTreiber.RP}, {zweiter, RP_ZWEI}}) {
        String aufgabe = fall.aufgabe(auftrag[0], "Task_PruefeMittelabruf").getId();
        ergebnisse.add(threads.submit(() -> new Sitzung(engine.getIdentityService()).als(auftrag[1], () -> {
          try {
            engine.getTaskService().claim(aufgabe, auftrag[1]);
            start.await(10, TimeUnit.SECONDS);
            engine.getTaskService().complete(aufgabe, DurchfuehrungTreiber.entscheidung("auszahlen", null, null));
            return (Throwable) null;
          } catch (Exception e) {
            return e;
          }
        })));
      }
      List<Throwable> fehler = new ArrayList<>();
      for (Future<Throwable> ergebnis : ergebnisse) {
        Throwable t = ergebnis.get(60, TimeUnit.SECONDS);
        if (t != null) {
          fehler.add(t);
        }
      }
      assertThat(fehler).as("genau eine Entscheidung wird abgewiesen").hasSize(1);
      assertThat(fehler.get(0)).hasRootCauseInstanceOf(UngueltigeEingabe.class)
          .hasMessageContaining("sind nach den geltenden Bescheiden nur noch 300,00 € auszahlbar");
    } finally {
      threads.shutdownNow();
    }
    String nr = fall.foerderfallNummer;
    assertThat(mittelabrufe.summeAusgezahltCent(nr)).isEqualTo(50_000L).isLessThanOrEqualTo(budget.summeBewilligtCent(nr));
    assertThat(mittelabrufe.ausgezahltJeMassnahme(nr)).containsExactly(Map.entry("M1", 50_000L));
    assertThat(mittelabrufe.alle(nr)).extracting(Mittelabrufe.Mittelabruf::status)
        .containsExactlyInAnyOrder(Mittelabrufe.Status.AUSGEZAHLT, Mittelabrufe.Status.OFFEN);
    assertThat(fall.treiber.aufgaben("Task_PruefeMittelabruf")).as("die abgewiesene Prüfung bleibt offen").hasSize(1);
  }

  @Autowired de.hessen.aqb.zielvereinbarung.portal.Veroeffentlichungen portal;
  @Autowired de.hessen.aqb.aenderungsantrag.AenderungBuchen aenderungen;
  @Autowired de.hessen.aqb.fall.Faelle faelle;

  @Test
  void einAenderungsbescheidUndEineEntscheidungUeberDieselbeMassnahmeZugleich() throws Exception {
    var aenderung = new de.hessen.aqb.aenderungsantrag.AenderungsantragTreiber(engine, register, portal, budget, "06414", 5_000,
        LocalDate.now().plusMonths(6), 1_000, 1_000);
    DurchfuehrungTreiber fall = aenderung.fall;
    fall.starteStufe();
    String abruf = fall.rufeAb("800", 10, "Honorare");
    String aufgabe = fall.aufgabe(abruf, "Task_PruefeMittelabruf").getId();
    var kopf = faelle.kopf(fall.foerderfallNummer);

    CyclicBarrier start = new CyclicBarrier(2);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Future<Throwable> entscheidung = threads.submit(() -> new Sitzung(engine.getIdentityService()).als(DurchfuehrungTreiber.RP, () -> {
        try {
          engine.getTaskService().claim(aufgabe, DurchfuehrungTreiber.RP);
          start.await(10, TimeUnit.SECONDS);
          engine.getTaskService().complete(aufgabe, DurchfuehrungTreiber.entscheidung("auszahlen", null, null));
          return (Throwable) null;
        } catch (Exception e) {
          return e;
        }
      }));
      Future<Throwable> kuerzung = threads.submit(() -> {
        try {
          start.await(10, TimeUnit.SECONDS);
          // measure 1 from 1.000 € down to 500 €, the money moved to measure 2 (total unchanged)
          aenderungen.bucheAenderung(kopf, Map.of("M1", 50_000L, "M2", 150_000L), null, fall.aktenzeichen() + "-Ä1", "rp.a", "rp.b");
          return (Throwable) null;
        } catch (Exception e) {
          return e;
        }
      });
      Throwable e1 = entscheidung.get(60, TimeUnit.SECONDS);
      Throwable e2 = kuerzung.get(60, TimeUnit.SECONDS);
      assertThat(e1 == null ^ e2 == null).as("genau eines gelingt: Auszahlung %s, Kürzung %s", e1, e2).isTrue();
      // whichever came second was refused by a rule (the decision inside the engine, the Kürzung directly)
      Throwable wurzel = e1 != null ? e1 : e2;
      while (wurzel.getCause() != null) {
        wurzel = wurzel.getCause();
      }
      assertThat(wurzel).isInstanceOf(UngueltigeEingabe.class);
    } finally {
      threads.shutdownNow();
    }
    String nr = fall.foerderfallNummer;
    long bewilligtM1 = budget.bewilligtJeMassnahme(nr).stream().filter(m -> m.massnahmeId().equals("M1")).findFirst().orElseThrow()
        .betragCent();
    assertThat(mittelabrufe.ausgezahltJeMassnahme(nr).getOrDefault("M1", 0L)).isLessThanOrEqualTo(bewilligtM1);
    assertThat(mittelabrufe.summeAusgezahltCent(nr)).isLessThanOrEqualTo(budget.summeBewilligtCent(nr));
    assertThat(budget.summeBewilligtCent(nr)).isEqualTo(200_000L);
  }

  /** Books a second Bescheid with the measure reduced to {@code cent} (the ledger books only the difference). */
  private void bucheKuerzung(DurchfuehrungTreiber fall, long cent) {
    var position = new BescheidDaten.Position("M1", "Maßnahme 1", "Ausbildungsvorbereitung", "Träger", cent, cent,
        Map.of(2025, cent));
    budget.bucheBescheid(fall.foerderfallNummer, Bescheidbuchungen.aus(new BescheidDaten(fall.aktenzeichen() + "-Ä1",
        LocalDate.of(2025, 6, 1), BescheidDaten.Bescheidart.TEILBEWILLIGUNG, "Test", "Test", 2025, LocalDate.of(2025, 3, 1),
        List.of(position), LocalDate.of(2025, 1, 1), LocalDate.now().plusMonths(6), "Regel", null,
        LocalDate.now().plusMonths(12), "ANBest-GK", List.of(), "verfasser", "freigabe")), "verfasser", "freigabe",
        new byte[] {1});
  }
}

package de.hessen.aqb.durchfuehrung;

import static org.assertj.core.api.Assertions.assertThat;

import de.hessen.aqb.fall.Faelle;
import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.fall.Fallregister;
import de.hessen.aqb.foerderbudget.Foerderbudget;
import de.hessen.aqb.foerderbudget.Mittelabrufe;
import de.hessen.aqb.gemeinsam.Geld;
import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import de.hessen.aqb.testsupport.AqbSpringBootTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Random sequences of Mittelabrufe (random amounts over random measures, often too much), the RP's decisions (in full,
 * reduced per measure, refused) and changes of the grant (Änderungsanzeigen and Änderungsbescheide: money moved, totals
 * raised or cut, measures added), played against the stages' services on the real database; after every step the ledger must hold: Σ paid ≤ Σ granted per measure and
 * in total, no measure granted below its payments, Σ granted ≤ the Zielvereinbarung's budget, and every granted
 * amount explained by the chain of Bescheide. The seed is printed with every failure; rerun one with
 * {@code -Daqb.zufall.seed=<seed>}.
 */
@AqbSpringBootTest
class ZufallsfolgenTest {

  static final int FOLGEN = Integer.getInteger("aqb.zufall.folgen", 500);
  static final int SCHRITTE = 12;

  @Autowired ProcessEngine engine;
  @Autowired Fallregister register;
  @Autowired Faelle faelle;
  @Autowired Foerderbudget budget;
  @Autowired Mittelabrufe mittelabrufe;
  @Autowired MittelabrufStellen stellen;
  @Autowired MittelabrufEntscheiden entscheiden;
  @Autowired DurchfuehrungBeginnen beginnen;
  @Autowired JdbcClient jdbc;
  @Autowired de.hessen.aqb.aenderungsantrag.AenderungBuchen aenderungen;
  @Autowired de.hessen.aqb.zielvereinbarung.portal.Veroeffentlichungen portal;

  @Test
  void dasHauptbuchHaeltNachJedemSchritt() {
    long basis = Long.getLong("aqb.zufall.seed", System.nanoTime());
    int abgewiesen = 0;
    int gebucht = 0;
    for (int folge = 0; folge < FOLGEN; folge++) {
      long seed = basis + folge;
      Random zufall = new Random(seed);
      Fall fall = neuerFall(zufall);
      for (int schritt = 0; schritt < SCHRITTE; schritt++) {
        String was;
        try {
          was = schritt(zufall, fall);
          gebucht++;
        } catch (UngueltigeEingabe e) {
          was = "abgewiesen: " + e.getMessage();
          abgewiesen++;
        }
        pruefeInvarianten(fall, "Seed " + seed + ", Schritt " + schritt + " (" + was + ")");
      }
    }
    System.out.printf("ZufallsfolgenTest: %d Folgen, Basis-Seed %d, %d Schritte gebucht, %d abgewiesen%n", FOLGEN, basis,
        gebucht, abgewiesen);
    assertThat(gebucht).as("die Folgen buchen wirklich").isGreaterThan(FOLGEN * 3);
    assertThat(abgewiesen).as("die Folgen versuchen auch Unzulässiges").isGreaterThan(FOLGEN / 2);
  }

  /** A case with 1–4 measures, granted by a first Bescheid below the published agreement's budget, the period open. */
  record Fall(Fallkopf kopf, DurchfuehrungTreiber treiber, long budgetCent, List<String> massnahmen, List<Integer> offen,
      int[] aenderungen) {}

  private Fall neuerFall(Random zufall) {
    DurchfuehrungTreiber treiber = DurchfuehrungTreiber.neuerFall(engine, register, "06414");
    long[] euro = new long[1 + zufall.nextInt(4)];
    for (int i = 0; i < euro.length; i++) {
      euro[i] = 1_000 + zufall.nextInt(200_000);
    }
    long summe = java.util.Arrays.stream(euro).sum();
    long budgetEuro = summe + zufall.nextInt(100_000);
    var zv = de.hessen.aqb.zielvereinbarung.domain.SeedZielvereinbarungen.wiesbaden2025();
    portal.veroeffentliche(treiber.foerderfallNummer, "06414", new de.hessen.aqb.zielvereinbarung.domain.ZielvereinbarungDaten(
        zv.jahr(), zv.partner(), budgetEuro * 100, zv.projekte(), zv.paragraph2Jahrestext(), zv.buendnisZeitraum(),
        zv.ministerium(), zv.partnerUnterzeichnung()), new byte[] {1});
    treiber.bucheBescheid(budget, LocalDate.now().plusMonths(9), euro);
    Fallkopf kopf = faelle.kopf(treiber.foerderfallNummer);
    beginnen.beginne(kopf);
    List<String> massnahmen = new ArrayList<>();
    for (int i = 0; i < euro.length; i++) {
      massnahmen.add("M" + (i + 1));
    }
    return new Fall(kopf, treiber, budgetEuro * 100, massnahmen, new ArrayList<>(), new int[1]);
  }

  /** One random step; returns what it did. Refusals throw {@link UngueltigeEingabe} and must change nothing. */
  private String schritt(Random zufall, Fall fall) {
    int art = zufall.nextInt(10);
    if (art >= 8) {
      return aendere(zufall, fall);
    }
    if (art < 5 || fall.offen().isEmpty()) {
      Map<String, String> betraege = new LinkedHashMap<>();
      for (String m : fall.massnahmen()) {
        if (zufall.nextBoolean()) {
          betraege.put(m, Geld.alsWaehrung(zufall.nextInt(6_000_000)).replace(" €", ""));
        }
      }
      var gestellt = stellen.bearbeite(fall.kopf(), new MittelabrufStellen.Eingabe("abrufen", betraege,
          LocalDate.now().plusDays(10), "Honorare", "verwendet"), "gk");
      fall.offen().add(gestellt.nummer());
      return "Mittelabruf " + gestellt.nummer() + " über " + betraege;
    }
    int nummer = fall.offen().get(zufall.nextInt(fall.offen().size()));
    String entscheidung = List.of("auszahlen", "auszahlen", "kuerzen", "ablehnen").get(zufall.nextInt(4));
    Map<String, String> gekuerzt = new HashMap<>();
    mittelabrufe.posten(fall.kopf().nummer(), nummer).forEach(p -> gekuerzt.put(p.massnahmeId(),
        Geld.alsWaehrung(p.angefordertCent() == 0 ? 0 : zufall.nextLong(p.angefordertCent() + 1)).replace(" €", "")));
    fall.offen().remove((Integer) nummer);
    entscheiden.entscheide(fall.kopf(), nummer, entscheidung, gekuerzt, "Begründung", "rp");
    return "Entscheidung " + entscheidung + " über " + nummer;
  }

  /** An Änderungsanzeige or Änderungsbescheid: money moved between measures, sometimes more or less in total, sometimes a new measure. */
  private String aendere(Random zufall, Fall fall) {
    Map<String, Long> neu = new LinkedHashMap<>();
    budget.bewilligtJeMassnahme(fall.kopf().nummer()).forEach(m -> neu.put(m.massnahmeId(), m.betragCent()));
    List<String> ids = new ArrayList<>(neu.keySet());
    if (ids.isEmpty()) {
      return "keine Maßnahme mehr";
    }
    String von = ids.get(zufall.nextInt(ids.size()));
    String nach = zufall.nextInt(6) == 0 ? "N" + zufall.nextInt(1000) : ids.get(zufall.nextInt(ids.size()));
    long betrag = zufall.nextInt(8_000_000) - 1_000_000;
    neu.put(von, neu.get(von) - betrag);
    neu.merge(nach, betrag + (zufall.nextInt(4) == 0 ? zufall.nextInt(2_000_000) - 1_000_000 : 0), Long::sum);
    String aktenzeichen = fall.treiber.aktenzeichen() + "-Z" + (++fall.aenderungen()[0]);
    aenderungen.bucheAenderung(fall.kopf(), neu, null, aktenzeichen, "rp.verfasser", "rp.freigabe");
    return "Änderung " + aktenzeichen + " " + neu;
  }

  private void pruefeInvarianten(Fall fall, String wo) {
    String nr = fall.kopf().nummer();
    Map<String, Long> bewilligt = new HashMap<>();
    budget.bewilligungen(nr).forEach(b -> bewilligt.merge(b.massnahmeId(), b.betragCent(), Long::sum));
    Map<String, Long> ausgezahlt = mittelabrufe.ausgezahltJeMassnahme(nr);
    ausgezahlt.forEach((m, cent) -> assertThat(cent).as(wo + ": %s ausgezahlt ≤ bewilligt", m)
        .isLessThanOrEqualTo(bewilligt.getOrDefault(m, 0L)));
    bewilligt.forEach((m, cent) -> assertThat(cent).as(wo + ": %s bewilligt ≥ 0", m).isNotNegative());
    long summeBewilligt = budget.summeBewilligtCent(nr);
    long summeAusgezahlt = mittelabrufe.summeAusgezahltCent(nr);
    assertThat(summeAusgezahlt).as(wo + ": Σ ausgezahlt ≤ Σ bewilligt").isLessThanOrEqualTo(summeBewilligt);
    assertThat(ausgezahlt.values().stream().mapToLong(Long::longValue).sum()).as(wo + ": Σ der Posten = Σ der Abrufe")
        .isEqualTo(summeAusgezahlt);
    assertThat(summeBewilligt).as(wo + ": Σ bewilligt ≤ Budget").isLessThanOrEqualTo(fall.budgetCent());
    long ohneBescheid = jdbc.sql("""
        select count(*) from aqb_bewilligung_buchung b where b.foerderfall_nummer = ? and not exists
          (select 1 from aqb_bescheid s where s.aktenzeichen = b.bescheid_aktenzeichen and s.foerderfall_nummer = b.foerderfall_nummer)""")
        .param(nr).query(Long.class).single();
    assertThat(ohneBescheid).as(wo + ": jede Buchung nennt einen Bescheid des Falls").isZero();
    long summeLautBescheid = budget.bescheide(nr).stream().reduce((a, b) -> b).orElseThrow().summeBewilligtCent();
    assertThat(summeBewilligt).as(wo + ": die Summe des letzten Bescheids ist die Summe des Hauptbuchs").isEqualTo(summeLautBescheid);
  }
}

package de.hessen.aqb.aenderungsantrag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.hessen.aqb.fall.Faelle;
import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.fall.Fallregister;
import de.hessen.aqb.foerderbudget.Foerderbudget;
import de.hessen.aqb.foerderbudget.Mittelabrufe;
import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import de.hessen.aqb.testsupport.AqbSpringBootTest;
import de.hessen.aqb.zielvereinbarung.portal.Veroeffentlichungen;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The booking service without the engine (what randomized ledger tests call): the same rules, under the lock. */
@AqbSpringBootTest
class AenderungBuchenTest {

  static final LocalDate ENDE = LocalDate.now().plusMonths(6);

  @Autowired ProcessEngine engine;
  @Autowired Fallregister register;
  @Autowired Veroeffentlichungen portal;
  @Autowired Foerderbudget budget;
  @Autowired Mittelabrufe mittelabrufe;
  @Autowired Faelle faelle;
  @Autowired AenderungBuchen buchen;

  AenderungsantragTreiber antrag;
  Fallkopf fall;
  String az;

  @BeforeEach
  void neuerFall() {
    antrag = new AenderungsantragTreiber(engine, register, portal, budget, "06411", 200_000, ENDE, 100_000, 50_000);
    fall = faelle.kopf(antrag.fall.foerderfallNummer);
    az = antrag.fall.aktenzeichen();
  }

  private long bewilligt(String massnahme) {
    return budget.bewilligtJeMassnahme(fall.nummer()).stream().filter(m -> m.massnahmeId().equals(massnahme))
        .mapToLong(Foerderbudget.MassnahmeBewilligt::betragCent).sum();
  }

  @Test
  void buchtNurDieDifferenzenUnterEigenemAktenzeichenUndNurEinmal() {
    var ergebnis = buchen.bucheAenderung(fall, Map.of("M1", 70_000_00L, "M2", 80_000_00L), null, az + "-Ä1", "a", "b");
    assertThat(ergebnis.gebucht()).isTrue();
    buchen.bucheAenderung(fall, Map.of("M1", 70_000_00L, "M2", 80_000_00L), null, az + "-Ä1", "a", "b");
    assertThat(budget.bewilligungen(fall.nummer())).filteredOn(b -> b.aktenzeichen().equals(az + "-Ä1")).hasSize(2);
    assertThat(bewilligt("M1")).isEqualTo(70_000_00L);
    assertThat(bewilligt("M2")).isEqualTo(80_000_00L);
    assertThat(budget.erlassenerBescheid(fall.nummer()).orElseThrow().aktenzeichen()).isEqualTo(az + "-Ä1");
  }

  @Test
  void derZuletztErlasseneBescheidGiltAuchInDerselbenMillisekunde() {
    for (int i = 1; i <= 11; i++) {
      buchen.bucheAenderung(fall, Map.of("M1", (100_000L - i) * 100), null, az + "-Ä" + i, "a", "b");
    }
    assertThat(budget.erlassenerBescheid(fall.nummer()).orElseThrow().aktenzeichen()).isEqualTo(az + "-Ä11");
    assertThat(budget.urspruenglicherBescheid(fall.nummer()).orElseThrow().aktenzeichen()).isEqualTo(az);
    assertThat(bewilligt("M1")).isEqualTo(99_989_00L);
  }

  @Test
  void neueMassnahmeUndVerlaengerung() {
    buchen.bucheAenderung(fall, Map.of("M2", 30_000_00L, "N1", 20_000_00L), ENDE.plusYears(1), az + "-Ä1", "a", "b");
    assertThat(bewilligt("N1")).isEqualTo(20_000_00L);
    assertThat(budget.erlassenerBescheid(fall.nummer()).orElseThrow().bewilligungBis()).isEqualTo(ENDE.plusYears(1));
  }

  @Test
  void regelwidrigeAenderungenBuchenNichts() {
    antrag.zahleAus(mittelabrufe, "M1", 40_000);
    assertThatThrownBy(() -> buchen.bucheAenderung(fall, Map.of("M1", 39_999_99L), null, az + "-Ä1", "a", "b"))
        .isInstanceOf(UngueltigeEingabe.class).hasMessageContaining("bereits 40.000,00 € ausgezahlt");
    assertThatThrownBy(() -> buchen.bucheAenderung(fall, Map.of("M2", 100_000_01L), null, az + "-Ä1", "a", "b"))
        .isInstanceOf(UngueltigeEingabe.class).hasMessageContaining("übersteigt das Budget der Zielvereinbarung");
    assertThatThrownBy(() -> buchen.bucheAenderung(fall, Map.of("M1", 0L), null, az + "-Ä1", "a", "b"))
        .isInstanceOf(UngueltigeEingabe.class);
    assertThatThrownBy(() -> buchen.bucheAenderung(fall, Map.of("M2", -1L), null, az + "-Ä1", "a", "b"))
        .isInstanceOf(UngueltigeEingabe.class);
    assertThat(budget.bescheid(az + "-Ä1")).isEmpty();
    assertThat(bewilligt("M1")).isEqualTo(100_000_00L);
  }
}

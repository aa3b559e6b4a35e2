package de.hessen.aqb.fall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.hessen.aqb.testsupport.AqbSpringBootTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The case head is read once per transaction (docs/PERFORMANCE.md §2), never kept beyond it. */
@AqbSpringBootTest
class FallkopfJeTransaktionTest {

  @Autowired
  Faelle faelle;

  @Autowired
  Fallregister register;

  TransactionTemplate transaktion;

  @Autowired
  JdbcClient jdbc;

  @Autowired
  void transaktionen(PlatformTransactionManager transaktionen) {
    transaktion = new TransactionTemplate(transaktionen);
  }

  /** The cases of these tests leave no trace (the budget overview lists every year with a case). */
  @AfterEach
  void entferneFaelle() {
    jdbc.sql("delete from aqb_foerderfall where nummer in ('AQB-2031-06433', 'AQB-2032-06434')").update();
  }

  @Test
  void innerhalbEinerTransaktionEinmalGelesenDanachNeu() {
    String nummer = register.registriere("06433", 2031, "test");
    Fallkopf[] erste = transaktion.execute(s -> new Fallkopf[] {faelle.kopf(nummer), faelle.kopf(nummer)});
    assertThat(erste[1]).as("derselbe Kopf in derselben Transaktion").isSameAs(erste[0]);
    assertThat(erste[0].kreisschluessel()).isEqualTo("06433");
    Fallkopf zweite = transaktion.execute(s -> faelle.kopf(nummer));
    assertThat(zweite).as("neu gelesen in der nächsten Transaktion").isNotSameAs(erste[0]).isEqualTo(erste[0]);
    assertThat(faelle.kopf(nummer)).as("ohne Transaktion jedes Mal gelesen").isNotSameAs(faelle.kopf(nummer));
  }

  @Test
  void einUnbekannterFallWirdNichtGemerktUndEinSpaeterRegistrierterGefunden() {
    String nummer = transaktion.execute(s -> {
      assertThatThrownBy(() -> faelle.kopf("AQB-2032-06434")).hasMessageContaining("nicht im Register");
      String neu = register.registriere("06434", 2032, "test");
      assertThat(faelle.kopf(neu).jahr()).isEqualTo(2032);
      return neu;
    });
    assertThat(nummer).isEqualTo("AQB-2032-06434");
  }
}

package de.hessen.aqb.nachweis.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RueckforderungTest {

  @Test
  void allesVerwendetKeineRueckforderung() {
    var r = Rueckforderung.berechne(50_000_00L, List.of(30_000_00L, 20_000_00L));
    assertThat(r.betragCent()).isZero();
    assertThat(r.noetig()).isFalse();
  }

  @Test
  void nichtVerwendetesGeldWirdZurueckgefordert() {
    var r = Rueckforderung.berechne(50_000_00L, List.of(30_000_00L, 7_654_33L));
    assertThat(r.betragCent()).isEqualTo(12_345_67L);
    assertThat(r.noetig()).isTrue();
    assertThat(r.anerkanntCent()).isEqualTo(37_654_33L);
  }

  @Test
  void mehrausgabenFuehrenNieZuEinerNegativenRueckforderung() {
    var r = Rueckforderung.berechne(40_000_00L, List.of(30_000_00L, 20_000_00L));
    assertThat(r.betragCent()).isZero();
  }

  @Test
  void ohneAuszahlungNichtsZurueckzufordern() {
    assertThat(Rueckforderung.berechne(0, List.of(0L)).betragCent()).isZero();
  }

  @Test
  void negativeBetraegeSindEinProgrammfehler() {
    assertThatThrownBy(() -> Rueckforderung.berechne(-1, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}

package de.hessen.aqb.aenderungsantrag.domain;

import static de.hessen.aqb.aenderungsantrag.domain.AenderungsRegelnTest.eingabe;
import static de.hessen.aqb.aenderungsantrag.domain.AenderungsRegelnTest.pruefe;
import static org.assertj.core.api.Assertions.assertThat;

import de.hessen.aqb.aenderungsantrag.domain.Antragseingabe.NeueEingabe;
import de.hessen.aqb.aenderungsantrag.domain.Antragseingabe.PostenEingabe;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Änderungsanzeige or Änderungsantrag: the tolerance per measure, the total, and what is never a mere notice. */
class EinstufungTest {

  private static Aenderung verschiebe(String m1, String m2) {
    return pruefe(eingabe(List.of(new PostenEingabe("M1", m1, false, null), new PostenEingabe("M2", m2, false, null)), List.of(), null, "x"));
  }

  @Test
  void innerhalbDerToleranzIstEsEineAnzeige() {
    // M2 50.000 € + 10.000 € = exactly 20 %; M1 −10 %
    assertThat(Einstufung.von(verschiebe("90.000", "60.000"), 20)).isEqualTo(Einstufung.ANZEIGE);
  }

  @Test
  void einCentUeberDerToleranzIstEinAntrag() {
    assertThat(Einstufung.von(verschiebe("89.999,99", "60.000,01"), 20)).isEqualTo(Einstufung.ANTRAG);
  }

  @Test
  void nullProzentHeisstNurDieSummeIstVerbindlich() {
    assertThat(Einstufung.von(verschiebe("50.000", "100.000"), 0)).isEqualTo(Einstufung.ANZEIGE);
    assertThat(Einstufung.von(verschiebe("50.000", "100.000"), 20)).isEqualTo(Einstufung.ANTRAG);
  }

  @Test
  void geaenderteSummeIstImmerEinAntrag() {
    assertThat(Einstufung.von(pruefe(eingabe(List.of(new PostenEingabe("M2", "51.000", false, null)), List.of(), null, "x")), 0))
        .isEqualTo(Einstufung.ANTRAG);
  }

  @Test
  void neuEntfallendTraegerwechselUndVerlaengerungSindAntraege() {
    assertThat(Einstufung.von(pruefe(eingabe(List.of(new PostenEingabe("M2", "40.000", false, null)),
        List.of(new NeueEingabe("Neu", "1", "t1", "10.000")), null, "x")), 0)).isEqualTo(Einstufung.ANTRAG);
    assertThat(Einstufung.von(pruefe(eingabe(List.of(new PostenEingabe("M2", null, true, null), new PostenEingabe("M1", "150.000", false, null)),
        List.of(), null, "x")), 0)).isEqualTo(Einstufung.ANTRAG);
    assertThat(Einstufung.von(pruefe(eingabe(List.of(new PostenEingabe("M2", null, false, "t3")), List.of(), null, "x")), 0))
        .isEqualTo(Einstufung.ANTRAG);
    assertThat(Einstufung.von(pruefe(eingabe(List.of(), List.of(), "2026-03-31", "x")), 0)).isEqualTo(Einstufung.ANTRAG);
  }
}

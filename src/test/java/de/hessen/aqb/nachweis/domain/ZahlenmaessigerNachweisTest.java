package de.hessen.aqb.nachweis.domain;

import static org.assertj.core.api.Assertions.assertThat;

import de.hessen.aqb.gemeinsam.Fehlerliste;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The body reports its own figures per measure; the grant is always the ledger's; the clerk recognises at most the claim. */
class ZahlenmaessigerNachweisTest {

  static final List<BewilligteMassnahme> BEWILLIGT = List.of(new BewilligteMassnahme("M1", "Kompass", 30_000_00L),
      new BewilligteMassnahme("M2", "Lager", 20_000_00L));

  @Test
  void dieBewilligungKommtAusDemBuchUndNichtAusDerEingabe() {
    Fehlerliste fehler = new Fehlerliste();
    var positionen = ZahlenmaessigerNachweis.positionen(BEWILLIGT, List.of(new ZahlenmaessigerNachweis.Angabe("M2", "12.000,00", ""),
        new ZahlenmaessigerNachweis.Angabe("M1", "25000", "1.000,50")), fehler);
    assertThat(fehler.fehler()).isEmpty();
    assertThat(positionen).containsExactly(new NachweisPosition("M1", "Kompass", 30_000_00L, 25_000_00L, 1_000_50L),
        new NachweisPosition("M2", "Lager", 20_000_00L, 12_000_00L, 0L));
  }

  @Test
  void unbekannteDoppelteUndFehlendeMassnahmenWerdenGemeldet() {
    Fehlerliste fehler = new Fehlerliste();
    var positionen = ZahlenmaessigerNachweis.positionen(BEWILLIGT, List.of(new ZahlenmaessigerNachweis.Angabe("M9", "1", ""),
        new ZahlenmaessigerNachweis.Angabe("M1", "1", ""), new ZahlenmaessigerNachweis.Angabe("M1", "2", "")), fehler);
    assertThat(fehler.fehler()).containsExactly("Die Maßnahme „M9“ ist nicht bewilligt und kann nicht nachgewiesen werden.",
        "Die Maßnahme „M1“ ist im zahlenmäßigen Nachweis doppelt angegeben.",
        "Maßnahme „Lager“: Ausgaben (Ist): Bitte einen Betrag angeben (0, wenn nichts ausgegeben wurde).");
    assertThat(positionen).hasSize(1);
  }
}

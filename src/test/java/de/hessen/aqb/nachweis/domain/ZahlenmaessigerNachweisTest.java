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

  @Test
  void anerkanntWirdHoechstensDasGeltendGemachteUndJedeKuerzungBegruendet() {
    var geltend = List.of(new Anerkennung.Geltend("M1", "Kompass", 25_000_00L), new Anerkennung.Geltend("M2", "Lager", 12_000_00L));
    Fehlerliste fehler = new Fehlerliste();
    Anerkennung.pruefe(geltend, List.of(new Anerkennung.Eingabe("M1", "25.000,01", ""), new Anerkennung.Eingabe("M2", "11.000", "")),
        fehler);
    assertThat(fehler.fehler()).containsExactly(
        "Maßnahme „Kompass“: anerkannte Ausgaben (25.000,01 €) dürfen die geltend gemachten Ausgaben (25.000,00 €) nicht übersteigen.",
        "Maßnahme „Lager“: anerkannte Ausgaben: Bitte begründen, warum weniger als die geltend gemachten 12.000,00 € anerkannt werden.");

    Fehlerliste gut = new Fehlerliste();
    var anerkannt = Anerkennung.pruefe(geltend, List.of(new Anerkennung.Eingabe("M1", "25000", " "),
        new Anerkennung.Eingabe("M2", "11.000", "Sachkosten nicht förderfähig")), gut);
    assertThat(gut.fehler()).isEmpty();
    assertThat(anerkannt).containsEntry("M1", new Anerkennung.Anerkannt(25_000_00L, null))
        .containsEntry("M2", new Anerkennung.Anerkannt(11_000_00L, "Sachkosten nicht förderfähig"));
  }

  @Test
  void eineMassnahmeAusserhalbDesNachweisesWirdAbgewiesen() {
    Fehlerliste fehler = new Fehlerliste();
    Anerkennung.pruefe(List.of(new Anerkennung.Geltend("M1", "Kompass", 100L)), List.of(new Anerkennung.Eingabe("M7", "1", "")), fehler);
    assertThat(fehler.fehler()).containsExactly("Die Maßnahme „M7“ gehört nicht zu diesem Verwendungsnachweis.",
        "Maßnahme „Kompass“: anerkannte Ausgaben: Bitte einen Betrag angeben.");
  }
}

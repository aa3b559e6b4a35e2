package de.hessen.aqb.nachweis.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.hessen.aqb.gemeinsam.Fehlerliste;
import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Zwischennachweis rules without engine or Spring: years, due dates, the year's Belege, nothing counted twice. */
class ZwischennachweisRegelnTest {

  static final LocalDate VON = LocalDate.of(2025, 7, 1);
  static final LocalDate BIS = LocalDate.of(2027, 6, 30);
  static final MonthDay STANDARD = MonthDay.of(4, 30);

  @Test
  void einZwischennachweisJeAbgeschlossenemHaushaltsjahrAusserDemLetzten() {
    assertThat(ZwischennachweisRegeln.jahre(VON, BIS)).containsExactly(2025, 2026);
    assertThat(ZwischennachweisRegeln.jahre(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))).isEmpty();
    assertThat(ZwischennachweisRegeln.jahre(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 31))).containsExactly(2025);
    assertThat(ZwischennachweisRegeln.naechstesJahr(VON, BIS, Set.of())).contains(2025);
    assertThat(ZwischennachweisRegeln.naechstesJahr(VON, BIS, Set.of(2025))).contains(2026);
    assertThat(ZwischennachweisRegeln.naechstesJahr(VON, BIS, Set.of(2025, 2026))).isEqualTo(Optional.empty());
    assertThat(ZwischennachweisRegeln.angefordertAm(2025)).isEqualTo(LocalDate.of(2026, 1, 1));
  }

  @Test
  void dieFristStehtImBescheidSonstGiltDerStandard() {
    assertThat(ZwischennachweisRegeln.faelligkeit("jeweils bis zum 30. April des folgenden Jahres für das abgelaufene Haushaltsjahr",
        MonthDay.of(1, 1))).isEqualTo(MonthDay.of(4, 30));
    assertThat(ZwischennachweisRegeln.faelligkeit("bis zum 31. Mai des Folgejahres", STANDARD)).isEqualTo(MonthDay.of(5, 31));
    assertThat(ZwischennachweisRegeln.faelligkeit("jeweils bis 15.03. des Folgejahres", STANDARD)).isEqualTo(MonthDay.of(3, 15));
    assertThat(ZwischennachweisRegeln.faelligkeit("bis zum 1. März", STANDARD)).isEqualTo(MonthDay.of(3, 1));
    assertThat(ZwischennachweisRegeln.faelligkeit("jährlich", STANDARD)).isEqualTo(STANDARD);
    assertThat(ZwischennachweisRegeln.faelligkeit("bis zum 31. Februar", STANDARD)).isEqualTo(STANDARD);
    assertThat(ZwischennachweisRegeln.faelligkeit(null, STANDARD)).isEqualTo(STANDARD);
    assertThat(ZwischennachweisRegeln.faelligAm(2025, MonthDay.of(4, 30))).isEqualTo(LocalDate.of(2026, 4, 30));
  }

  @Test
  void dieBelegeGehoerenInIhrHaushaltsjahrUndDenBewilligungszeitraum() {
    var fehler = new Fehlerliste();
    ZwischennachweisRegeln.pruefeJahr(new Belegliste(List.of(beleg(2, "2025-06-30"), beleg(3, "2025-07-01"), beleg(4, "2025-12-31"),
        beleg(5, "2026-01-02"))), 2025, VON, BIS, fehler);
    assertThat(fehler.fehler()).containsExactly(
        "Zeile 2: Die Zahlung vom 30.06.2025 gehört nicht in den Zwischennachweis 2025 (nur Zahlungen vom 01.07.2025 bis 31.12.2025).",
        "Zeile 5: Die Zahlung vom 02.01.2026 gehört nicht in den Zwischennachweis 2025 (nur Zahlungen vom 01.07.2025 bis 31.12.2025).");
    var jahr2026 = new Fehlerliste();
    ZwischennachweisRegeln.pruefeJahr(new Belegliste(List.of(beleg(2, "2026-01-01"), beleg(3, "2026-12-31"))), 2026, VON, BIS, jahr2026);
    assertThat(jahr2026.leer()).isTrue();
  }

  @Test
  void imVerwendungsnachweisWirdKeinBelegEinesAngenommenenJahresZweimalGezaehlt() {
    var fehler = new Fehlerliste();
    ZwischennachweisRegeln.pruefeNichtNachgewiesen(new Belegliste(List.of(beleg(2, "2026-12-31"), beleg(3, "2027-01-01"))),
        Set.of(2025, 2026), fehler);
    assertThat(fehler.fehler()).containsExactly("Zeile 2: Die Zahlung vom 31.12.2026 gehört zum Haushaltsjahr 2026, das mit dem "
        + "angenommenen Zwischennachweis bereits belegt ist, und darf nicht doppelt gezählt werden. In die Belegliste des "
        + "Verwendungsnachweises gehören nur Zahlungen ab 01.01.2027.");
    var ohne = new Fehlerliste();
    ZwischennachweisRegeln.pruefeNichtNachgewiesen(new Belegliste(List.of(beleg(2, "2025-08-01"))), Set.of(), ohne);
    assertThat(ohne.leer()).isTrue();
  }

  @Test
  void dieSummenDesGanzenZeitraumsSindZwischennachweisePlusBelegliste() {
    // M1: 9.000,00 (2025) + 19.500,00 (2026) + Belegliste 11.000,00 = 39.500,00 ✓; M2: 13.750,50 + 5.000,00 = 18.750,50, claimed 18.750,00 ✗
    var positionen = List.of(new NachweisPosition("M1", "FIB", 40_000_00L, 39_500_00L, 0), new NachweisPosition("M2", "AidA", 20_000_00L,
        18_750_00L, 0));
    var belege = new Belegliste(List.of(new Beleg(2, LocalDate.of(2027, 2, 1), "T", "Z", 11_000_00L, "M1"),
        new Beleg(3, LocalDate.of(2027, 3, 1), "T", "Z", 5_000_00L, "M2")));
    var fehler = new Fehlerliste();
    ZwischennachweisRegeln.pruefeSummen(positionen, belege, Map.of("M1", 28_500_00L, "M2", 13_750_50L), fehler);
    assertThat(fehler.fehler()).containsExactly("Maßnahme „AidA“: Zwischennachweise (13.750,50 €) und Belegliste (5.000,00 €) ergeben "
        + "zusammen 18.750,50 €, im zahlenmäßigen Nachweis sind Ausgaben (Ist) von 18.750,00 € für den ganzen Bewilligungszeitraum angegeben.");
  }

  @Test
  void ohneSachberichtKeinZwischennachweis() {
    var fehler = new Fehlerliste();
    ZwischennachweisRegeln.pruefeSachbericht("  ", fehler);
    assertThatThrownBy(fehler::pruefe).isInstanceOf(UngueltigeEingabe.class)
        .hasMessage("Sachbericht: Bitte kurz beschreiben, was im Haushaltsjahr durchgeführt wurde (Maßnahmen, Teilnehmende, Stand).");
  }

  private static Beleg beleg(int zeile, String datum) {
    return new Beleg(zeile, LocalDate.parse(datum), "Träger", "Zweck", 100_00L, "M1");
  }
}

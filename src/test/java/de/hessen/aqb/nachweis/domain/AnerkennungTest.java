package de.hessen.aqb.nachweis.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.hessen.aqb.gemeinsam.Fehlerliste;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rechnerische Prüfung's rules without the engine, every figure computed by hand in the comments: objections per
 * Beleg, Einnahmen by financing type, the tolerance rule (20 %, only as far as other measures saved), the Rückforderung.
 */
class AnerkennungTest {

  static final LocalDate TAG = LocalDate.of(2025, 5, 2);
  static final Anerkennung.Finanzierung FESTBETRAG = Anerkennung.Finanzierung.FESTBETRAG;

  static Beleg beleg(int zeile, long cent, String massnahme) {
    return new Beleg(zeile, TAG, "Empfänger", "Zweck", cent, massnahme, "R-" + zeile);
  }

  /** One Beleg per measure of the given spending (rows 2, 3, …). */
  static List<Beleg> belege(List<NachweisPosition> positionen) {
    List<Beleg> belege = new ArrayList<>();
    positionen.forEach(p -> belege.add(beleg(belege.size() + 2, p.ausgabenCent(), p.massnahmeId())));
    return belege;
  }

  static Map<String, Long> anerkannt(List<Anerkennung.Zeile> zeilen) {
    Map<String, Long> m = new java.util.LinkedHashMap<>();
    zeilen.forEach(z -> m.put(z.massnahmeId(), z.anerkanntCent()));
    return m;
  }

  @Test
  void beanstandeteBelegeZaehlenNichtUndDieRueckforderungFolgtDemAnerkannten() {
    // M1 granted 30.000, Belege 20.000 + 10.000 + 1.000 (Bewirtung, objected); M2 granted 20.000, Beleg 18.000 (objected:
    // doppelte Belegnummer) + 2.000
    var positionen = List.of(new NachweisPosition("M1", "Kompass", 30_000_00L, 31_000_00L, 1_000_00L),
        new NachweisPosition("M2", "Lager", 20_000_00L, 20_000_00L, 0));
    var belege = List.of(beleg(2, 20_000_00L, "M1"), beleg(3, 10_000_00L, "M1"), beleg(4, 1_000_00L, "M1"),
        beleg(5, 18_000_00L, "M2"), beleg(6, 2_000_00L, "M2"));
    Fehlerliste fehler = new Fehlerliste();
    var einwaende = Einwand.pruefe(belege, List.of(new Einwand.Eingabe("4", "NICHT_FOERDERFAEHIG", "Bewirtung"),
        new Einwand.Eingabe(" 5 ", "DOPPELTE_BELEGNUMMER", "")), fehler);
    assertThat(fehler.fehler()).isEmpty();
    var zeilen = Anerkennung.berechne(positionen, belege, einwaende, FESTBETRAG, 20);
    // M1: 31.000 − 1.000 = 30.000 (Einnahmen do not count with a Festbetrag); M2: 20.000 − 18.000 = 2.000
    assertThat(anerkannt(zeilen)).containsExactly(Map.entry("M1", 30_000_00L), Map.entry("M2", 2_000_00L));
    assertThat(zeilen.get(0).grund()).isEqualTo("Nicht anerkannte Belege 1.000,00 €: Zeile 4 (nicht förderfähig: Bewirtung).");
    assertThat(zeilen.get(1).grund()).isEqualTo("Nicht anerkannte Belege 18.000,00 €: Zeile 5 (doppelte Belegnummer).");
    assertThat(zeilen.get(1).nichtAnerkanntCent()).isEqualTo(18_000_00L);
    // paid 45.000 − recognised 32.000 = 13.000
    assertThat(Rueckforderung.berechne(45_000_00L, zeilen.stream().map(Anerkennung.Zeile::anerkanntCent).toList()).betragCent())
        .isEqualTo(13_000_00L);
  }

  @Test
  void ueberschreitungNurBis20ProzentUndNurSoweitAndereEinsparen() {
    // M1: granted 30.000, spent 37.000 → 7.000 over; 20 % of 30.000 = 6.000 tolerable, 1.000 above the tolerance.
    // M2: granted 20.000, spent 15.000 → saved 5.000. M3: exactly spent. Savings 5.000 < 6.000: 1.000 not balanced.
    var positionen = List.of(new NachweisPosition("M1", "Kompass", 30_000_00L, 37_000_00L, 0),
        new NachweisPosition("M2", "Lager", 20_000_00L, 15_000_00L, 0), new NachweisPosition("M3", "Pflege", 10_000_00L, 10_000_00L, 0));
    var zeilen = Anerkennung.berechne(positionen, belege(positionen), Map.of(), FESTBETRAG, 20);
    assertThat(anerkannt(zeilen)).containsExactly(Map.entry("M1", 35_000_00L), Map.entry("M2", 15_000_00L), Map.entry("M3", 10_000_00L));
    var m1 = zeilen.get(0);
    assertThat(m1.toleranz()).isEqualTo(new Toleranzregel.Ergebnis(35_000_00L, 5_000_00L, 1_000_00L, 1_000_00L));
    assertThat(m1.nichtAnerkanntCent()).isEqualTo(2_000_00L);
    assertThat(m1.grund()).isEqualTo("Überschreitung der Bewilligung: 5.000,00 € anerkannt (höchstens 20 % der Bewilligung), "
        + "ausgeglichen durch Einsparungen bei anderen Maßnahmen. 1.000,00 € nicht anerkannt: mehr als 20 % über der Bewilligung "
        + "(Änderungsbescheid erforderlich). 1.000,00 € über der Bewilligung nicht anerkannt: nicht durch Einsparungen bei anderen "
        + "Maßnahmen ausgeglichen.");
    assertThat(zeilen.get(1).grund()).isNull();
    // the total recognised (60.000) never exceeds the total granted (60.000); paid 58.000 → nothing reclaimed
    assertThat(zeilen.stream().mapToLong(Anerkennung.Zeile::anerkanntCent).sum()).isEqualTo(60_000_00L);
    assertThat(Rueckforderung.berechne(58_000_00L, 60_000_00L).betragCent()).isZero();
  }

  @Test
  void knappeEinsparungenWerdenAnteiligVerteilt() {
    // wishes 1.500 (M1) and 3.000 (M2), savings 1.000 (M3): M1 1.000 × 1.500/4.500 = 333,333… → 333,33 €;
    // M2 666,666… → 666,66 € + the last cent (largest remainder) = 666,67 €
    var positionen = List.of(new NachweisPosition("M1", "A", 10_000_00L, 11_500_00L, 0),
        new NachweisPosition("M2", "B", 20_000_00L, 23_000_00L, 0), new NachweisPosition("M3", "C", 5_000_00L, 4_000_00L, 0));
    var zeilen = Anerkennung.berechne(positionen, belege(positionen), Map.of(), FESTBETRAG, 20);
    assertThat(anerkannt(zeilen)).containsExactly(Map.entry("M1", 10_333_33L), Map.entry("M2", 20_666_67L), Map.entry("M3", 4_000_00L));
    assertThat(zeilen.stream().mapToLong(Anerkennung.Zeile::anerkanntCent).sum()).isEqualTo(35_000_00L);
  }

  @Test
  void toleranzNullBindetNurDieSumme() {
    // M1 30 % over its grant, fully balanced by M2's savings
    var positionen = List.of(new NachweisPosition("M1", "A", 10_000_00L, 13_000_00L, 0),
        new NachweisPosition("M2", "B", 10_000_00L, 5_000_00L, 0));
    assertThat(anerkannt(Anerkennung.berechne(positionen, belege(positionen), Map.of(), FESTBETRAG, 0)))
        .containsExactly(Map.entry("M1", 13_000_00L), Map.entry("M2", 5_000_00L));
    assertThat(anerkannt(Anerkennung.berechne(positionen, belege(positionen), Map.of(), FESTBETRAG, 20)))
        .containsExactly(Map.entry("M1", 12_000_00L), Map.entry("M2", 5_000_00L));
  }

  @Test
  void einnahmenJeNachFinanzierungsart() {
    // granted 10.000, spent 9.000, Einnahmen 1.500
    var positionen = List.of(new NachweisPosition("M1", "A", 10_000_00L, 9_000_00L, 1_500_00L));
    var belege = belege(positionen);
    assertThat(anerkannt(Anerkennung.berechne(positionen, belege, Map.of(), FESTBETRAG, 20))).containsEntry("M1", 9_000_00L);
    for (Finanzierungsart art : List.of(Finanzierungsart.FEHLBEDARF, Finanzierungsart.VOLLFINANZIERUNG)) {
      var zeile = Anerkennung.berechne(positionen, belege, Map.of(), new Anerkennung.Finanzierung(art, null), 20).get(0);
      assertThat(zeile.anerkanntCent()).isEqualTo(7_500_00L); // 9.000 − 1.500
      assertThat(zeile.grund()).isEqualTo(art.text() + ": Einnahmen/Eigenmittel von 1.500,00 € mindern die förderfähigen Ausgaben "
          + "auf 7.500,00 €.");
    }
    // Anteil 80 %: (9.000 − 1.500) × 0,8 = 6.000
    var anteil = Anerkennung.berechne(positionen, belege, Map.of(), new Anerkennung.Finanzierung(Finanzierungsart.ANTEIL,
        new BigDecimal("80")), 20).get(0);
    assertThat(anteil.anerkanntCent()).isEqualTo(6_000_00L);
    assertThat(anteil.grund()).startsWith("Anteilfinanzierung: 80 % der Ausgaben nach Abzug der Einnahmen/Eigenmittel (1.500,00 €)");
    // more Einnahmen than spending: nothing left to cover
    assertThat(Finanzierungsart.FEHLBEDARF.foerderfaehig(9_000_00L, 10_000_00L, null)).isZero();
    // 1.000,01 € at 33,33 % = 33.330,3333 ct → 333,30 €
    assertThat(Finanzierungsart.ANTEIL.foerderfaehig(1_000_01L, 0, new BigDecimal("33.33"))).isEqualTo(333_30L);
    assertThatThrownBy(() -> Finanzierungsart.ANTEIL.foerderfaehig(1L, 0, null)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void beanstandungenWerdenGeprueft() {
    var belege = List.of(beleg(2, 100L, "M1"), beleg(3, 100L, "M1"));
    Fehlerliste fehler = new Fehlerliste();
    var einwaende = Einwand.pruefe(belege, List.of(new Einwand.Eingabe("7", "NICHT_FOERDERFAEHIG", ""),
        new Einwand.Eingabe("abc", "NICHT_FOERDERFAEHIG", ""), new Einwand.Eingabe("2", "", "x"),
        new Einwand.Eingabe("3", "ANDERE_MASSNAHME", ""), new Einwand.Eingabe("3", "AUSSERHALB_ZEITRAUM", ""),
        new Einwand.Eingabe("2", "AUSSERHALB_ZEITRAUM", "x".repeat(1001))), fehler);
    assertThat(fehler.fehler()).containsExactly("Beanstandung: Die Zeile „7“ gibt es in der Belegliste nicht.",
        "Beanstandung: Die Zeile „abc“ gibt es in der Belegliste nicht.",
        "Beleg in Zeile 2: Bitte einen Grund der Beanstandung wählen.",
        "Beleg in Zeile 3: ist doppelt beanstandet.",
        "Beleg in Zeile 2: Der Kommentar ist zu lang (höchstens 1000 Zeichen).");
    assertThat(einwaende).containsOnlyKeys(3);
  }
}

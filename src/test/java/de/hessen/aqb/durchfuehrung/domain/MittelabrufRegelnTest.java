package de.hessen.aqb.durchfuehrung.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MittelabrufRegelnTest {

  static final LocalDate HEUTE = LocalDate.of(2025, 11, 21);
  static final Period ZWEI_MONATE = Period.ofMonths(2);
  /** FIB granted 200.000,00 € (100.000,00 € paid), AidA 81.246,00 € (nothing paid); 181.246,00 € available. */
  static final Mittelstand STAND = new Mittelstand(List.of(
      new Mittelstand.Massnahme("M1", "Fit für den Beruf", 20_000_000L, 10_000_000L, 0),
      new Mittelstand.Massnahme("M2", "AidA", 8_124_600L, 0, 0)), 28_124_600L, 10_000_000L, 0);

  static Map<String, String> betraege(String m1, String m2) {
    Map<String, String> b = new LinkedHashMap<>();
    b.put("M1", m1);
    b.put("M2", m2);
    return b;
  }

  static Mittelabruf abruf(Map<String, String> betraege, LocalDate bedarfBis, String zweck, Mittelstand stand) {
    return MittelabrufRegeln.pruefeAbruf(betraege, bedarfBis, zweck, "bisher für Honorare verwendet", stand, HEUTE, ZWEI_MONATE);
  }

  @Test
  void einGueltigerAbrufWirdJeMassnahmeInCentGelesen() {
    Mittelabruf abruf = abruf(betraege("90.000,50", ""), HEUTE.plusDays(30), "  Honorare FIB Dezember  ", STAND);
    assertThat(abruf.betraegeCent()).containsExactly(Map.entry("M1", 9_000_050L));
    assertThat(abruf.summeCent()).isEqualTo(9_000_050L);
    assertThat(abruf.bedarfBis()).isEqualTo(HEUTE.plusDays(30));
    assertThat(abruf.verwendungszweck()).isEqualTo("Honorare FIB Dezember");
  }

  @Test
  void genauDasVerfuegbareJeMassnahmeUndGenauZweiMonateSindErlaubt() {
    Mittelabruf abruf = abruf(betraege("100000", "81246"), LocalDate.of(2026, 1, 21), "Rest", STAND);
    assertThat(abruf.summeCent()).isEqualTo(18_124_600L);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "0|Bitte für mindestens eine Maßnahme einen Betrag größer als 0 € angeben.",
      "-5|darf nicht negativ sein: -5.",
      "12,345|höchstens zwei Nachkommastellen (Cent) haben: 12,345.",
      "zwölf|„zwölf“ ist kein Betrag",
      "100000,01|Der Betrag für „Fit für den Beruf“ von 100.000,01 € übersteigt die für diese Maßnahme noch verfügbaren Mittel von "
          + "100.000,00 € (bewilligt 200.000,00 €, bereits ausgezahlt 100.000,00 €, in Prüfung 0,00 €).",
  })
  void falscheBetraegeWerdenDeutschAbgelehnt(String betrag, String meldung) {
    assertThatThrownBy(() -> abruf(betraege(betrag, ""), HEUTE.plusDays(10), "Zweck", STAND))
        .isInstanceOf(UngueltigeEingabe.class).hasMessageContaining(meldung);
  }

  @Test
  void eineNichtBewilligteMassnahmeBekommtNichts() {
    assertThatThrownBy(() -> abruf(Map.of("M3", "10"), HEUTE, "Zweck", STAND))
        .hasMessage("Die Maßnahme „M3“ ist nicht (mehr) bewilligt; für sie können keine Mittel abgerufen werden.");
  }

  @Test
  void offeneAbrufeMindernDenVerfuegbarenBetragJeMassnahmeUndInsgesamt() {
    Mittelstand mitOffenem = new Mittelstand(List.of(
        new Mittelstand.Massnahme("M1", "Fit für den Beruf", 20_000_000L, 10_000_000L, 8_000_000L),
        new Mittelstand.Massnahme("M2", "AidA", 8_124_600L, 0, 0)), 28_124_600L, 10_000_000L, 8_000_000L);
    assertThat(mitOffenem.verfuegbarCent()).isEqualTo(10_124_600L);
    assertThat(mitOffenem.massnahme("M1").orElseThrow().verfuegbarCent()).isEqualTo(2_000_000L);
    assertThatThrownBy(() -> abruf(betraege("20000,01", ""), HEUTE, "Zweck", mitOffenem))
        .hasMessageContaining("noch verfügbaren Mittel von 20.000,00 €");
    assertThat(new Mittelstand(List.of(), 100, 80, 40).verfuegbarCent()).isZero();
    assertThat(new Mittelstand(List.of(), 100, 80, 40).nochNichtAusgezahltCent()).isEqualTo(20);
  }

  @Test
  void dieSummeDarfAuchNachEinemAenderungsbescheidNichtMehrAlsDenRestDesFallsVerlangen() {
    // a measure can show more than the case has left when the total was reduced meanwhile (defensive: total checked too)
    Mittelstand knapp = new Mittelstand(List.of(new Mittelstand.Massnahme("M1", "FIB", 100_000, 0, 0)), 100_000, 0, 50_000);
    assertThatThrownBy(() -> abruf(Map.of("M1", "600"), HEUTE, "Zweck", knapp))
        .hasMessageContaining("Der Betrag von 600,00 € übersteigt die noch verfügbaren Mittel von 500,00 €");
  }

  @Test
  void mittelNurFuerDieNaechstenZweiMonate() {
    assertThatThrownBy(() -> abruf(betraege("1000", ""), LocalDate.of(2026, 1, 22), "Zweck", STAND))
        .isInstanceOf(UngueltigeEingabe.class)
        .hasMessage("Mittel dürfen nur für Zahlungen abgerufen werden, die bis zum 21.01.2026 fällig werden (2 Monate ab heute). "
            + "Bitte den Betrag auf diesen Bedarf beschränken und später erneut abrufen.");
    assertThatThrownBy(() -> abruf(betraege("1000", ""), HEUTE.minusDays(1), "Zweck", STAND))
        .hasMessage("Das Datum „benötigt bis“ (20.11.2025) liegt in der Vergangenheit.");
    assertThatThrownBy(() -> abruf(betraege("1000", ""), null, "Zweck", STAND))
        .hasMessage("Bitte angeben, bis wann die Mittel benötigt werden.");
    assertThatThrownBy(() -> MittelabrufRegeln.pruefeAbruf(betraege("1000", ""), HEUTE.plusDays(31), "Zweck", "x", STAND, HEUTE,
        Period.ofMonths(1))).hasMessageContaining("(ein Monat ab heute)");
  }

  @Test
  void alleFehlerEinerEingabeKommenZusammen() {
    assertThatThrownBy(() -> MittelabrufRegeln.pruefeAbruf(betraege(" ", ""), null, " ", " ", STAND, HEUTE, ZWEI_MONATE))
        .hasMessage("Bitte für mindestens eine Maßnahme einen Betrag größer als 0 € angeben. Bitte angeben, bis wann die Mittel "
            + "benötigt werden. Bitte angeben, wofür die Mittel benötigt werden (Verwendungszweck). Bitte angeben, wie die bisher "
            + "ausgezahlten 100.000,00 € verwendet wurden.");
    assertThatThrownBy(() -> abruf(betraege("10", ""), HEUTE, "x".repeat(2001), STAND))
        .hasMessage("Der Verwendungszweck ist zu lang (höchstens 2000 Zeichen).");
  }

  @Test
  void vorDerErstenAuszahlungBrauchtEsKeineAngabeZurVerwendung() {
    Mittelstand neu = new Mittelstand(List.of(new Mittelstand.Massnahme("M1", "FIB", 100_000, 0, 0)), 100_000, 0, 0);
    assertThat(MittelabrufRegeln.pruefeAbruf(Map.of("M1", "10"), HEUTE, "Zweck", null, neu, HEUTE, ZWEI_MONATE).verwendungBisher())
        .isNull();
  }

  @Test
  void abrufeSindBisEinenMonatNachDemBewilligungszeitraumMoeglichAberNieWenigerAlsEinenMonatAbHeute() {
    assertThat(MittelabrufRegeln.letzterAbruftag(LocalDate.of(2026, 12, 31), HEUTE, Period.ofMonths(1))).isEqualTo(LocalDate.of(2027, 1, 31));
    assertThat(MittelabrufRegeln.letzterAbruftag(LocalDate.of(2025, 6, 30), HEUTE, Period.ofMonths(1))).isEqualTo(LocalDate.of(2025, 12, 21));
  }

  static final List<MittelabrufRegeln.Anforderung> ANGEFORDERT = List.of(
      new MittelabrufRegeln.Anforderung("M1", "FIB", 3_000_000L), new MittelabrufRegeln.Anforderung("M2", "AidA", 2_000_000L));

  @Test
  void entscheidungAuszahlenZahltJeMassnahmeDenAngefordertenBetrag() {
    Entscheidung e = MittelabrufRegeln.pruefeEntscheidung("auszahlen", Map.of("M1", "1"), null, ANGEFORDERT);
    assertThat(e.art()).isEqualTo(Entscheidung.Art.AUSZAHLEN);
    assertThat(e.auszahlungCent()).containsExactly(Map.entry("M1", 3_000_000L), Map.entry("M2", 2_000_000L));
    assertThat(e.summeCent()).isEqualTo(5_000_000L);
  }

  @Test
  void kuerzenVerlangtKleinereBetraegeJeMassnahmeUndEineBegruendung() {
    Entscheidung e = MittelabrufRegeln.pruefeEntscheidung("kuerzen", Map.of("M1", "30.000", "M2", "0"), " Bedarf AidA nicht belegt ",
        ANGEFORDERT);
    assertThat(e.auszahlungCent()).containsExactly(Map.entry("M1", 3_000_000L), Map.entry("M2", 0L));
    assertThat(e.begruendung()).isEqualTo("Bedarf AidA nicht belegt");
    assertThatThrownBy(() -> MittelabrufRegeln.pruefeEntscheidung("kuerzen", Map.of("M1", "30000", "M2", "20000"), "Grund", ANGEFORDERT))
        .hasMessage("Der gekürzte Betrag muss insgesamt größer als 0 € und kleiner als der angeforderte Betrag von 50.000,00 € sein.");
    assertThatThrownBy(() -> MittelabrufRegeln.pruefeEntscheidung("kuerzen", Map.of("M1", "0", "M2", "0"), "Grund", ANGEFORDERT))
        .hasMessageContaining("größer als 0 €");
    assertThatThrownBy(() -> MittelabrufRegeln.pruefeEntscheidung("kuerzen", Map.of("M1", "30000,01", "M2", "0"), "Grund", ANGEFORDERT))
        .hasMessage("Für „FIB“ kann höchstens der angeforderte Betrag von 30.000,00 € ausgezahlt werden.");
    assertThatThrownBy(() -> MittelabrufRegeln.pruefeEntscheidung("kuerzen", Map.of("M1", "1"), null, ANGEFORDERT))
        .hasMessage("Bitte den Auszahlungsbetrag für „AidA“ angeben (0 für keine Auszahlung). Bitte begründen, warum der "
            + "Mittelabruf gekürzt wird.");
  }

  @Test
  void ablehnenZahltNichtsUndVerlangtEineBegruendung() {
    assertThat(MittelabrufRegeln.pruefeEntscheidung("ablehnen", Map.of(), "Kein Bedarf", ANGEFORDERT).summeCent()).isZero();
    assertThatThrownBy(() -> MittelabrufRegeln.pruefeEntscheidung("ablehnen", Map.of(), "  ", ANGEFORDERT))
        .hasMessage("Bitte begründen, warum der Mittelabruf abgelehnt wird.");
    assertThatThrownBy(() -> MittelabrufRegeln.pruefeEntscheidung(null, Map.of(), null, ANGEFORDERT))
        .hasMessage("Bitte wählen: auszahlen, gekürzt auszahlen oder ablehnen.");
  }
}

package de.hessen.aqb.durchfuehrung.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MittelabrufRegelnTest {

  static final LocalDate HEUTE = LocalDate.of(2025, 11, 21);
  static final Period ZWEI_MONATE = Period.ofMonths(2);
  /** granted 281.246,00 €, paid 100.000,00 €, nothing open: 181.246,00 € available. */
  static final Mittelstand STAND = new Mittelstand(28_124_600L, 10_000_000L, 0);

  @Test
  void einGueltigerAbrufWirdInCentGelesen() {
    Mittelabruf abruf = MittelabrufRegeln.pruefeAbruf("120.000,50", HEUTE.plusDays(30), "  Honorare FIB Dezember  ", STAND, HEUTE,
        ZWEI_MONATE);
    assertThat(abruf.betragCent()).isEqualTo(12_000_050L);
    assertThat(abruf.bedarfBis()).isEqualTo(HEUTE.plusDays(30));
    assertThat(abruf.verwendungszweck()).isEqualTo("Honorare FIB Dezember");
  }

  @Test
  void genauDerVerfuegbareBetragUndGenauZweiMonateSindErlaubt() {
    Mittelabruf abruf = MittelabrufRegeln.pruefeAbruf("181246", LocalDate.of(2026, 1, 21), "Rest", STAND, HEUTE, ZWEI_MONATE);
    assertThat(abruf.betragCent()).isEqualTo(18_124_600L);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "0|Der abzurufende Betrag muss größer als 0 € sein.",
      "-5|Betrag darf nicht negativ sein: -5.",
      "12,345|Betrag darf höchstens zwei Nachkommastellen (Cent) haben: 12,345.",
      "zwölf|„zwölf“ ist kein Betrag (Betrag).",
      "181246,01|Der Betrag von 181.246,01 € übersteigt die noch verfügbaren Mittel von 181.246,00 € (bewilligt 281.246,00 €, bereits ausgezahlt 100.000,00 €).",
  })
  void falscheBetraegeWerdenDeutschAbgelehnt(String betrag, String meldung) {
    assertThatThrownBy(() -> MittelabrufRegeln.pruefeAbruf(betrag, HEUTE.plusDays(10), "Zweck", STAND, HEUTE, ZWEI_MONATE))
        .isInstanceOf(UngueltigeEingabe.class).hasMessageContaining(meldung);
  }

  @Test
  void offeneAbrufeMindernDenVerfuegbarenBetrag() {
    Mittelstand mitOffenem = new Mittelstand(28_124_600L, 10_000_000L, 8_000_000L);
    assertThat(mitOffenem.verfuegbarCent()).isEqualTo(10_124_600L);
    assertThatThrownBy(() -> MittelabrufRegeln.pruefeAbruf("101246,01", HEUTE, "Zweck", mitOffenem, HEUTE, ZWEI_MONATE))
        .hasMessageContaining("übersteigt die noch verfügbaren Mittel von 101.246,00 €");
    assertThat(new Mittelstand(100, 80, 40).verfuegbarCent()).isZero();
  }

  @Test
  void mittelNurFuerDieNaechstenZweiMonate() {
    assertThatThrownBy(() -> MittelabrufRegeln.pruefeAbruf("1000", LocalDate.of(2026, 1, 22), "Zweck", STAND, HEUTE, ZWEI_MONATE))
        .isInstanceOf(UngueltigeEingabe.class)
        .hasMessage("Mittel dürfen nur für Zahlungen abgerufen werden, die bis zum 21.01.2026 fällig werden (2 Monate ab heute). "
            + "Bitte den Betrag auf diesen Bedarf beschränken und später erneut abrufen.");
    assertThatThrownBy(() -> MittelabrufRegeln.pruefeAbruf("1000", HEUTE.minusDays(1), "Zweck", STAND, HEUTE, ZWEI_MONATE))
        .hasMessage("Das Datum „benötigt bis“ (20.11.2025) liegt in der Vergangenheit.");
    assertThatThrownBy(() -> MittelabrufRegeln.pruefeAbruf("1000", null, "Zweck", STAND, HEUTE, ZWEI_MONATE))
        .hasMessage("Bitte angeben, bis wann die Mittel benötigt werden.");
    assertThatThrownBy(() -> MittelabrufRegeln.pruefeAbruf("1000", HEUTE.plusDays(31), "Zweck", STAND, HEUTE, Period.ofMonths(1)))
        .hasMessageContaining("(ein Monat ab heute)");
  }

  @Test
  void alleFehlerEinerEingabeKommenZusammen() {
    assertThatThrownBy(() -> MittelabrufRegeln.pruefeAbruf(" ", null, " ", STAND, HEUTE, ZWEI_MONATE))
        .hasMessage("Bitte den abzurufenden Betrag angeben. Bitte angeben, bis wann die Mittel benötigt werden. "
            + "Bitte angeben, wofür die Mittel benötigt werden (Verwendungszweck).");
    assertThatThrownBy(() -> MittelabrufRegeln.pruefeAbruf("10", HEUTE, "x".repeat(2001), STAND, HEUTE, ZWEI_MONATE))
        .hasMessage("Der Verwendungszweck ist zu lang (höchstens 2000 Zeichen).");
  }

  @Test
  void abrufeSindBisEinenMonatNachDemBewilligungszeitraumMoeglichAberNieWenigerAlsEinenMonatAbHeute() {
    assertThat(MittelabrufRegeln.letzterAbruftag(LocalDate.of(2026, 12, 31), HEUTE, Period.ofMonths(1))).isEqualTo(LocalDate.of(2027, 1, 31));
    assertThat(MittelabrufRegeln.letzterAbruftag(LocalDate.of(2025, 6, 30), HEUTE, Period.ofMonths(1))).isEqualTo(LocalDate.of(2025, 12, 21));
  }

  @Test
  void entscheidungAuszahlenZahltDenAngefordertenBetrag() {
    Entscheidung e = MittelabrufRegeln.pruefeEntscheidung("auszahlen", "999", null, 5_000_000L);
    assertThat(e.art()).isEqualTo(Entscheidung.Art.AUSZAHLEN);
    assertThat(e.auszahlungCent()).isEqualTo(5_000_000L);
  }

  @Test
  void kuerzenVerlangtEinenKleinerenBetragUndEineBegruendung() {
    Entscheidung e = MittelabrufRegeln.pruefeEntscheidung("kuerzen", "30.000", " Bedarf Januar nicht belegt ", 5_000_000L);
    assertThat(e.auszahlungCent()).isEqualTo(3_000_000L);
    assertThat(e.begruendung()).isEqualTo("Bedarf Januar nicht belegt");
    assertThatThrownBy(() -> MittelabrufRegeln.pruefeEntscheidung("kuerzen", "50000", "Grund", 5_000_000L))
        .hasMessage("Der gekürzte Betrag muss größer als 0 € und kleiner als der angeforderte Betrag von 50.000,00 € sein.");
    assertThatThrownBy(() -> MittelabrufRegeln.pruefeEntscheidung("kuerzen", "0", "Grund", 5_000_000L))
        .hasMessageContaining("größer als 0 €");
    assertThatThrownBy(() -> MittelabrufRegeln.pruefeEntscheidung("kuerzen", "", null, 5_000_000L))
        .hasMessage("Bitte den gekürzten Auszahlungsbetrag angeben. Bitte begründen, warum der Mittelabruf gekürzt wird.");
  }

  @Test
  void ablehnenZahltNichtsUndVerlangtEineBegruendung() {
    assertThat(MittelabrufRegeln.pruefeEntscheidung("ablehnen", null, "Kein Bedarf", 5_000_000L).auszahlungCent()).isZero();
    assertThatThrownBy(() -> MittelabrufRegeln.pruefeEntscheidung("ablehnen", null, "  ", 5_000_000L))
        .hasMessage("Bitte begründen, warum der Mittelabruf abgelehnt wird.");
    assertThatThrownBy(() -> MittelabrufRegeln.pruefeEntscheidung(null, null, null, 5_000_000L))
        .hasMessage("Bitte wählen: auszahlen, gekürzt auszahlen oder ablehnen.");
  }
}

package de.hessen.aqb.aenderungsantrag.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.hessen.aqb.aenderungsantrag.domain.Antragseingabe.NeueEingabe;
import de.hessen.aqb.aenderungsantrag.domain.Antragseingabe.PostenEingabe;
import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules of the body's request, without the engine: every bad input is refused with a German message. */
class AenderungsRegelnTest {

  static final LocalDate ENDE = LocalDate.of(2025, 12, 31);

  /** M1 100.000 € (30.000 € paid), M2 50.000 € (nothing paid), budget 200.000 €, at most until 31.12.2027. */
  static Lage lage() {
    return new Lage(List.of(new Lage.Massnahme("M1", "Maßnahme 1", 100_000_00L, 30_000_00L, "GAB Limburg"),
        new Lage.Massnahme("M2", "Maßnahme 2", 50_000_00L, 0, "Träger B")), 200_000_00L, ENDE, LocalDate.of(2027, 12, 31),
        Map.of("t1", "GAB Limburg", "t2", "Träger B", "t3", "Träger C"));
  }

  static Antragseingabe eingabe(List<PostenEingabe> posten, List<NeueEingabe> neue, String ende, String grund) {
    return new Antragseingabe(posten, neue, ende, grund);
  }

  static Aenderung pruefe(Antragseingabe e) {
    return AenderungsRegeln.pruefe(e, lage(), "N1-");
  }

  static void abgelehnt(Antragseingabe e, String meldung) {
    assertThatThrownBy(() -> pruefe(e)).isInstanceOf(UngueltigeEingabe.class).hasMessageContaining(meldung);
  }

  @Test
  void verschiebungZwischenMassnahmen() {
    Aenderung a = pruefe(eingabe(List.of(new PostenEingabe("M1", "90.000,00", false, ""), new PostenEingabe("M2", "60000", false, null)),
        List.of(), null, " Mehr Teilnehmende in Maßnahme 2 "));
    assertThat(a.neueBetraege()).containsExactly(Map.entry("M1", 90_000_00L), Map.entry("M2", 60_000_00L));
    assertThat(a.summeNeuCent()).isEqualTo(a.summeBisherCent());
    assertThat(a.begruendung()).isEqualTo("Mehr Teilnehmende in Maßnahme 2");
    assertThat(a.verlaengert()).isFalse();
  }

  @Test
  void neueMassnahmeTraegerwechselEntfallUndVerlaengerung() {
    Aenderung a = pruefe(eingabe(List.of(new PostenEingabe("M2", null, true, null), new PostenEingabe("M1", "", false, "t3")),
        List.of(new NeueEingabe("Coaching", "2", "t1", "40.000")), "2026-06-30", "Umplanung"));
    assertThat(a.posten()).hasSize(3);
    Aenderung.Posten neu = a.posten().get(2);
    assertThat(neu).extracting(Aenderung.Posten::id, Aenderung.Posten::art, Aenderung.Posten::traegerName, Aenderung.Posten::neuCent)
        .containsExactly("N1-1", 2, "GAB Limburg", 40_000_00L);
    assertThat(a.posten().get(0).traegerGeaendert()).isTrue();
    assertThat(a.posten().get(0).traegerName()).isEqualTo("Träger C");
    assertThat(a.posten().get(1).entfaellt()).isTrue();
    assertThat(a.posten().get(1).neuCent()).isZero();
    assertThat(a.endeNachher()).isEqualTo(LocalDate.of(2026, 6, 30));
  }

  @Test
  void derselbeTraegerIstKeinWechsel() {
    Aenderung a = pruefe(eingabe(List.of(new PostenEingabe("M1", "", false, "t1")), List.of(), "2026-01-31", "Verlängerung"));
    assertThat(a.posten().get(0).traegerGeaendert()).isFalse();
  }

  @Test
  void negativ() {
    abgelehnt(eingabe(List.of(new PostenEingabe("M2", "-1", false, null)), List.of(), null, "x"), "darf nicht negativ sein");
  }

  @Test
  void unterDemBereitsAusgezahlten() {
    abgelehnt(eingabe(List.of(new PostenEingabe("M1", "29.999,99", false, null), new PostenEingabe("M2", "120.000,01", false, null)),
        List.of(), null, "x"), "Der neue Betrag für „Maßnahme 1“ von 29.999,99 € liegt unter den bereits ausgezahlten 30.000,00 €.");
  }

  @Test
  void summeUeberDemBudget() {
    abgelehnt(eingabe(List.of(new PostenEingabe("M2", "100.000,01", false, null)), List.of(), null, "x"),
        "Die Summe der Maßnahmen von 200.000,01 € übersteigt das Budget der Zielvereinbarung von 200.000,00 €.");
  }

  @Test
  void nichtsGeaendert() {
    abgelehnt(eingabe(List.of(new PostenEingabe("M1", "100.000,00", false, null)), List.of(), null, "x"), "ändert nichts");
    abgelehnt(eingabe(List.of(), List.of(), null, "x"), "ändert nichts");
  }

  @Test
  void ohneBegruendung() {
    abgelehnt(eingabe(List.of(new PostenEingabe("M2", "40.000", false, null)), List.of(), null, "  "), "Bitte begründen Sie die Änderung.");
  }

  @Test
  void verlaengerungUeberDieLaufzeitDesProgramms() {
    abgelehnt(eingabe(List.of(), List.of(), "2028-01-01", "x"),
        "Der Bewilligungszeitraum kann höchstens bis zum 31.12.2027 verlängert werden");
  }

  @Test
  void verkuerzungIstKeineVerlaengerung() {
    abgelehnt(eingabe(List.of(), List.of(), "2025-12-31", "x"), "muss nach dem bisherigen Ende (31.12.2025) liegen");
    abgelehnt(eingabe(List.of(), List.of(), "morgen", "x"), "ist kein Datum");
  }

  @Test
  void entfallendeMassnahmeMitAuszahlungen() {
    abgelehnt(eingabe(List.of(new PostenEingabe("M1", null, true, null)), List.of(), null, "x"),
        "Die Maßnahme „Maßnahme 1“ kann nicht entfallen: auf sie wurden bereits 30.000,00 € ausgezahlt.");
  }

  @Test
  void fremdeUndDoppelteMassnahmen() {
    abgelehnt(eingabe(List.of(new PostenEingabe("M9", "1", false, null)), List.of(), null, "x"), "„M9“ ist in diesem Förderfall nicht bewilligt");
    abgelehnt(eingabe(List.of(new PostenEingabe("M2", "1", false, null), new PostenEingabe("M2", "2", false, null)), List.of(), null, "x"),
        "doppelt");
  }

  @Test
  void unbekannterTraegerUndUnvollstaendigeNeueMassnahme() {
    abgelehnt(eingabe(List.of(new PostenEingabe("M2", null, false, "t9")), List.of(), null, "x"), "Der Träger „t9“ ist nicht bekannt.");
    abgelehnt(eingabe(List.of(), List.of(new NeueEingabe("", "5", null, "0")), null, "x"), "einen Namen");
    abgelehnt(eingabe(List.of(), List.of(new NeueEingabe("Neu", "5", "t1", "10")), null, "x"), "eine der vier Maßnahmenarten");
    abgelehnt(eingabe(List.of(), List.of(new NeueEingabe("Neu", "1", "t9", "10")), null, "x"), "einen bekannten Träger");
    abgelehnt(eingabe(List.of(), List.of(new NeueEingabe("Neu", "1", "t1", "0")), null, "x"), "einen Betrag über 0 €");
    abgelehnt(eingabe(List.of(), List.of(new NeueEingabe("Neu", "1", "t1", "zehn")), null, "x"), "„zehn“ ist kein Betrag");
  }

  @Test
  void nachDemBewilligungszeitraumKeineAenderungMehr() {
    AenderungsRegeln.pruefeFrist(ENDE, ENDE);
    assertThatThrownBy(() -> AenderungsRegeln.pruefeFrist(ENDE, ENDE.plusDays(1))).isInstanceOf(UngueltigeEingabe.class)
        .hasMessage("Der Bewilligungszeitraum ist am 31.12.2025 abgelaufen; Änderungen können nicht mehr beantragt werden.");
  }

  @Test
  void nullBetragHeisstEntfallen() {
    abgelehnt(eingabe(List.of(new PostenEingabe("M2", "0", false, null)), List.of(), null, "x"), "bitte „entfällt“ wählen");
    abgelehnt(eingabe(List.of(new PostenEingabe("M2", "1,001", false, null)), List.of(), null, "x"), "zwei Nachkommastellen");
  }
}

package de.hessen.aqb.aenderungsantrag.domain;

import static de.hessen.aqb.aenderungsantrag.domain.AenderungsRegelnTest.eingabe;
import static de.hessen.aqb.aenderungsantrag.domain.AenderungsRegelnTest.lage;
import static de.hessen.aqb.aenderungsantrag.domain.AenderungsRegelnTest.pruefe;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.hessen.aqb.aenderungsantrag.domain.Antragseingabe.PostenEingabe;
import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The RP's decision and the re-check at booking against the ledger at that moment. */
class EntscheidungsRegelnTest {

  private final Aenderung antrag = pruefe(eingabe(List.of(new PostenEingabe("M1", "40.000", false, null),
      new PostenEingabe("M2", "110.000", false, null)), List.of(), null, "Umplanung"));

  @Test
  void wieBeantragt() {
    Entscheidung e = EntscheidungsRegeln.pruefe("bewilligen", Map.of(), null, antrag, lage());
    assertThat(e.art()).isEqualTo(Entscheidung.Art.BEWILLIGT);
    assertThat(e.betraege()).isEqualTo(antrag.neueBetraege());
  }

  @Test
  void teilweiseMitGeaendertenBetraegen() {
    Entscheidung e = EntscheidungsRegeln.pruefe("teilweise", Map.of("M1", "70.000", "M2", "80.000"), "Nur zum Teil", antrag, lage());
    assertThat(e.betraege()).containsEntry("M1", 70_000_00L).containsEntry("M2", 80_000_00L);
  }

  @Test
  void teilweiseGeltenDieselbenGrenzen() {
    assertThatThrownBy(() -> EntscheidungsRegeln.pruefe("teilweise", Map.of("M1", "20.000"), "x", antrag, lage()))
        .isInstanceOf(UngueltigeEingabe.class).hasMessageContaining("bereits 30.000,00 € ausgezahlt");
    assertThatThrownBy(() -> EntscheidungsRegeln.pruefe("teilweise", Map.of("M2", "160.000,01"), "x", antrag, lage()))
        .hasMessageContaining("übersteigt das Budget");
    assertThatThrownBy(() -> EntscheidungsRegeln.pruefe("teilweise", Map.of("M1", "40.000"), "x", antrag, lage()))
        .hasMessageContaining("entsprechen dem Antrag");
    assertThatThrownBy(() -> EntscheidungsRegeln.pruefe("teilweise", Map.of("M7", "1"), "x", antrag, lage()))
        .hasMessageContaining("gehört nicht zu diesem Änderungsantrag");
    assertThatThrownBy(() -> EntscheidungsRegeln.pruefe("teilweise", Map.of("M1", "70.000"), " ", antrag, lage()))
        .hasMessageContaining("Bitte begründen Sie, warum nur teilweise bewilligt wird.");
  }

  @Test
  void ablehnungBrauchtEineBegruendungUndLaesstAllesWieEsWar() {
    assertThatThrownBy(() -> EntscheidungsRegeln.pruefe("ablehnen", Map.of(), "", antrag, lage()))
        .hasMessage("Bitte begründen Sie die Ablehnung.");
    Entscheidung e = EntscheidungsRegeln.pruefe("ablehnen", Map.of(), "Nicht begründet", antrag, lage());
    assertThat(e.betraege()).containsEntry("M1", 100_000_00L).containsEntry("M2", 50_000_00L);
    assertThat(e.wirksam()).isFalse();
    assertThatThrownBy(() -> EntscheidungsRegeln.pruefe("verdoppeln", Map.of(), "", antrag, lage()))
        .hasMessageContaining("Bitte wählen");
  }

  @Test
  void nachpruefungZaehltEineInzwischenGeleisteteAuszahlung() {
    Aenderung kuerzung = pruefe(eingabe(List.of(new PostenEingabe("M2", "20.000", false, null)), List.of(), null, "weniger"));
    assertThat(EntscheidungsRegeln.probleme(kuerzung, lage())).isEmpty();
    Lage spaeter = new Lage(List.of(lage().massnahmen().get(0), new Lage.Massnahme("M2", "Maßnahme 2", 50_000_00L, 25_000_00L, "")),
        200_000_00L, AenderungsRegelnTest.ENDE, LocalDate.of(2027, 12, 31), Map.of());
    assertThat(EntscheidungsRegeln.probleme(kuerzung, spaeter)).containsExactly(
        "„Maßnahme 2“ kann nicht auf 20.000,00 € festgesetzt werden: auf sie sind bereits 25.000,00 € ausgezahlt.");
  }

  @Test
  void nachpruefungErkenntEineInzwischenGeaenderteBewilligung() {
    Lage spaeter = new Lage(List.of(new Lage.Massnahme("M1", "Maßnahme 1", 90_000_00L, 30_000_00L, ""), lage().massnahmen().get(1)),
        200_000_00L, AenderungsRegelnTest.ENDE, LocalDate.of(2027, 12, 31), Map.of());
    assertThat(EntscheidungsRegeln.probleme(antrag, spaeter)).singleElement().asString().contains("hat sich seit dem Antrag geändert");
  }
}

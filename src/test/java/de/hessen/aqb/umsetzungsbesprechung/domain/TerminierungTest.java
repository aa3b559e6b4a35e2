package de.hessen.aqb.umsetzungsbesprechung.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What scheduling a meeting needs, with the German messages for every bad input. */
class TerminierungTest {

  static final LocalDate HEUTE = LocalDate.of(2026, 9, 1);
  static final Map<String, Partei> AUSWAHL = Map.of("gk1", Partei.GEBIETSKOERPERSCHAFT, "gk2", Partei.GEBIETSKOERPERSCHAFT,
      "rp1", Partei.REGIERUNGSPRAESIDIUM, "hmsi1", Partei.MINISTERIUM);

  private static Terminierung.Termin pruefe(LocalDate datum, String uhrzeit, String ort, List<String> wer, String tagesordnung) {
    return Terminierung.pruefe(new Terminierung.Eingabe(datum, uhrzeit, ort, wer, tagesordnung), AUSWAHL, 2026, HEUTE);
  }

  @Test
  void einVollstaendigerTermin() {
    var termin = pruefe(LocalDate.of(2026, 9, 15), "9:30", "  Wiesbaden, Raum 1 ", List.of("gk1", "rp1", "hmsi1", "gk1"), null);
    assertThat(termin.uhrzeit()).isEqualTo(LocalTime.of(9, 30));
    assertThat(termin.ort()).isEqualTo("Wiesbaden, Raum 1");
    assertThat(termin.tagesordnung()).isEmpty();
    assertThat(termin.teilnehmende()).extracting(Terminierung.Teilnehmer::benutzer).containsExactly("gk1", "rp1", "hmsi1");
    assertThat(pruefe(HEUTE, "10:00", "Kassel", List.of("gk2", "rp1"), "1. Stand\n2. Ausblick").datum()).as("heute geht").isEqualTo(HEUTE);
  }

  @Test
  void jedeFehlendeAngabeHatIhreMeldung() {
    assertThatThrownBy(() -> pruefe(null, "", " ", List.of(), null)).isInstanceOf(UngueltigeEingabe.class)
        .hasMessage("Bitte das Datum der Umsetzungsbesprechung angeben. Bitte die Uhrzeit der Umsetzungsbesprechung angeben. "
            + "Bitte den Ort der Umsetzungsbesprechung angeben. Bitte mindestens eine Person der Gebietskörperschaft einladen. "
            + "Bitte mindestens eine Person des Regierungspräsidiums Kassel einladen.");
    assertThatThrownBy(() -> pruefe(LocalDate.of(2026, 9, 15), "10:00", "Kassel", null, null))
        .hasMessageContaining("Gebietskörperschaft einladen");
  }

  @Test
  void falscheAngabenWerdenAbgewiesen() {
    assertThatThrownBy(() -> pruefe(HEUTE.minusDays(1), "10:00", "Kassel", List.of("gk1", "rp1"), null))
        .hasMessage("Das Datum der Umsetzungsbesprechung darf nicht in der Vergangenheit liegen.");
    assertThatThrownBy(() -> pruefe(LocalDate.of(2027, 1, 10), "10:00", "Kassel", List.of("gk1", "rp1"), null))
        .hasMessage("Die Umsetzungsbesprechung 2026 muss im Jahr 2026 stattfinden.");
    assertThatThrownBy(() -> pruefe(HEUTE, "25:00", "Kassel", List.of("gk1", "rp1"), null))
        .hasMessage("„25:00“ ist keine Uhrzeit (bitte SS:MM, z. B. 10:00).");
    assertThatThrownBy(() -> pruefe(HEUTE, "zehn", "Kassel", List.of("gk1", "rp1"), null)).hasMessageContaining("ist keine Uhrzeit");
    assertThatThrownBy(() -> pruefe(HEUTE, "10:00", "x".repeat(501), List.of("gk1", "rp1"), null)).hasMessageContaining("Ort ist zu lang");
    assertThatThrownBy(() -> pruefe(HEUTE, "10:00", "Kassel", List.of("gk1", "rp1"), "x".repeat(4001))).hasMessageContaining("Tagesordnung ist zu lang");
  }

  @Test
  void nurAngeboteneUndVonJederSeiteJemand() {
    assertThatThrownBy(() -> pruefe(HEUTE, "10:00", "Kassel", List.of("gk1", "rp1", "fremd.06412"), null))
        .hasMessage("„fremd.06412“ kann zu dieser Umsetzungsbesprechung nicht eingeladen werden.");
    assertThatThrownBy(() -> pruefe(HEUTE, "10:00", "Kassel", List.of("gk1", "hmsi1"), null))
        .hasMessage("Bitte mindestens eine Person des Regierungspräsidiums Kassel einladen.");
    assertThatThrownBy(() -> pruefe(HEUTE, "10:00", "Kassel", List.of("rp1"), null))
        .hasMessage("Bitte mindestens eine Person der Gebietskörperschaft einladen.");
  }
}

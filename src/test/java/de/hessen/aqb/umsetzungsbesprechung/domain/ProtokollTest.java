package de.hessen.aqb.umsetzungsbesprechung.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What recording a meeting needs: minutes, attendance of the invited, follow-ups with owner and date. */
class ProtokollTest {

  static final LocalDate TERMIN = LocalDate.of(2026, 9, 15);
  static final Set<String> EINGELADEN = Set.of("gk1", "rp1");

  private static Protokoll.Ergebnis pruefe(String text, List<String> anwesend, List<Protokoll.VereinbarungEingabe> v, LocalDate heute) {
    return Protokoll.pruefe(new Protokoll.Eingabe(text, anwesend, v), EINGELADEN, TERMIN, heute);
  }

  private static Protokoll.VereinbarungEingabe v(String was, String wer, String bis) {
    return new Protokoll.VereinbarungEingabe(was, wer, bis);
  }

  @Test
  void protokollMitZweiVereinbarungen() {
    var ergebnis = pruefe(" Stand besprochen. ", List.of("gk1"), List.of(v("Teilnehmerzahlen melden", "gebietskoerperschaft", "2026-10-31"),
        v("Mittelabruf prüfen", "regierungspraesidium", "2026-11-15T00:00:00")), TERMIN);
    assertThat(ergebnis.text()).isEqualTo("Stand besprochen.");
    assertThat(ergebnis.anwesend()).containsExactly("gk1");
    assertThat(ergebnis.vereinbarungen()).containsExactly(
        new Protokoll.Vereinbarung(1, "Teilnehmerzahlen melden", Partei.GEBIETSKOERPERSCHAFT, LocalDate.of(2026, 10, 31)),
        new Protokoll.Vereinbarung(2, "Mittelabruf prüfen", Partei.REGIERUNGSPRAESIDIUM, LocalDate.of(2026, 11, 15)));
    assertThat(pruefe("Kurz.", List.of("gk1", "rp1"), null, TERMIN.plusDays(3)).vereinbarungen()).as("keine Vereinbarung").isEmpty();
  }

  @Test
  void vorDemTerminUndOhneInhaltAbgewiesen() {
    assertThatThrownBy(() -> pruefe("", List.of(), List.of(), TERMIN.minusDays(1))).isInstanceOf(UngueltigeEingabe.class)
        .hasMessage("Das Protokoll kann erst ab dem Tag der Besprechung (15.09.2026) erfasst werden. "
            + "Bitte das Protokoll der Besprechung eingeben. Bitte angeben, wer an der Besprechung teilgenommen hat.");
    assertThatThrownBy(() -> pruefe("x".repeat(20_001), List.of("gk1"), List.of(), TERMIN)).hasMessageContaining("Protokoll ist zu lang");
    assertThatThrownBy(() -> pruefe("Text", List.of("gk1", "hmsi9"), List.of(), TERMIN))
        .hasMessage("„hmsi9“ war zu dieser Besprechung nicht eingeladen.");
  }

  @Test
  void jedeFalscheVereinbarungHatIhreMeldung() {
    assertThatThrownBy(() -> pruefe("Text", List.of("gk1"), List.of(v(" ", "landrat", ""), v("x".repeat(1001), "ministerium", "morgen"),
        v("Bericht", "ministerium", "2026-09-14")), TERMIN))
        .hasMessage("Vereinbarung 1: Bitte angeben, was vereinbart wurde. "
            + "Vereinbarung 1: Bitte wählen, wer zuständig ist (Gebietskörperschaft, Regierungspräsidium oder Ministerium). "
            + "Vereinbarung 1: Bitte das Datum angeben, bis zu dem sie erledigt sein soll. "
            + "Vereinbarung 2: Der Text ist zu lang (höchstens 1000 Zeichen). Vereinbarung 2: „morgen“ ist kein gültiges Datum. "
            + "Vereinbarung 3: Das Datum 14.09.2026 liegt in der Vergangenheit.");
    assertThatThrownBy(() -> pruefe("Text", List.of("gk1"), Collections.nCopies(51, v("a", "ministerium", "2026-12-01")), TERMIN))
        .hasMessage("Höchstens 50 Vereinbarungen sind möglich.");
  }
}

package de.hessen.aqb.akte.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** The case file's ZIP is reproducible: same files and time give the same bytes, in any input order, at any hour. */
class AktenZipTest {

  static final LocalDateTime STAND = LocalDateTime.of(2026, 11, 30, 14, 5, 37);

  static List<Aktenstueck> stuecke() {
    return List.of(new Aktenstueck("09-Mails/001-a.txt", "Mail", "Hallo".getBytes(StandardCharsets.UTF_8)),
        new Aktenstueck("00-Deckblatt.pdf", "Deckblatt", new byte[] {1, 2, 3}),
        new Aktenstueck("03-Bescheide/1-Bescheid.pdf", "Bescheid", "PDF".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void gleicheDateienUndGleicherStandGebenGleicheBytesAuchInAndererReihenfolge() throws Exception {
    byte[] erste = AktenZip.schreibe(stuecke(), STAND);
    Thread.sleep(1100);
    List<Aktenstueck> umgekehrt = new ArrayList<>(stuecke());
    java.util.Collections.reverse(umgekehrt);
    assertThat(AktenZip.schreibe(umgekehrt, STAND)).isEqualTo(erste);
    // a different time is a different archive (so the comparison above can fail)
    assertThat(AktenZip.schreibe(stuecke(), STAND.plusMinutes(1))).isNotEqualTo(erste);
  }

  @Test
  void eintraegeSortiertMitDemStandAlsZeitUndUnveraendertemInhalt() throws IOException {
    byte[] zip = AktenZip.schreibe(stuecke(), STAND);
    List<String> namen = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        namen.add(e.getName());
        // DOS time: two-second resolution, rounded down (37 s → 36 s)
        assertThat(e.getTimeLocal()).isEqualTo(LocalDateTime.of(2026, 11, 30, 14, 5, 36));
        if (e.getName().equals("09-Mails/001-a.txt")) {
          assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("Hallo");
        }
      }
    }
    assertThat(namen).containsExactly("00-Deckblatt.pdf", "03-Bescheide/1-Bescheid.pdf", "09-Mails/001-a.txt");
  }

  @Test
  void doppelterOderUnsichererPfadWirdAbgewiesen() {
    var a = new Aktenstueck("01-Zielvereinbarung/x.pdf", "x", new byte[0]);
    assertThatThrownBy(() -> AktenZip.schreibe(List.of(a, a), STAND)).hasMessageContaining("zweimal");
    assertThatThrownBy(() -> new Aktenstueck("../x.pdf", "x", new byte[0])).hasMessageContaining("Ungültiger Pfad");
    assertThatThrownBy(() -> new Aktenstueck("/x.pdf", "x", new byte[0])).hasMessageContaining("Ungültiger Pfad");
  }

  @Test
  void dateinamenOhneUmlauteUndSonderzeichen() {
    assertThat(Aktenstueck.dateiname("Schlussbescheid AQB 2025 – Rückforderung, Aktenzeichen 57 AQB 2025-06414"))
        // 60 characters end on a dash after "AQB", which is dropped
        .isEqualTo("Schlussbescheid-AQB-2025-Rueckforderung-Aktenzeichen-57-AQB");
  }

  @Test
  void zugriffMinisteriumUndRpAlleKoerperschaftNurEigeneTraegerNie() {
    var zugriff = new Aktenzugriff(Set.of("hmsi", "rp-kassel"));
    assertThat(zugriff.darf(List.of("hmsi"), "kommune-06414")).isTrue();
    assertThat(zugriff.darf(List.of("rp-kassel"), "kommune-06414")).isTrue();
    assertThat(zugriff.darf(List.of("kommune-06414", "zeichnungsberechtigte"), "kommune-06414")).isTrue();
    assertThat(zugriff.darf(List.of("kommune-06437"), "kommune-06414")).isFalse();
    assertThat(zugriff.darf(List.of("traeger-gab-limburg"), "kommune-06414")).isFalse();
    assertThat(zugriff.darf(List.of(), "kommune-06414")).isFalse();
  }
}

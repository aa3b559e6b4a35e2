package de.hessen.aqb.zuverlaessigkeit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The logs of the whole test run contain no password, no Authorization header and no mail address (issue 14, point 4).
 * Runs in the surefire execution {@code log-pruefung}, after every other test of {@code ./mvnw verify} (H2 and
 * PostgreSQL alike), over the outputs Surefire kept in {@code target/surefire-reports}.
 */
@Tag("log-pruefung")
class TestlaufLogTest {

  @Test
  void dieLogsDesTestlaufsEnthaltenKeinePasswoerterUndKeineMailadressen() throws IOException {
    Path berichte = Path.of("target", "surefire-reports");
    List<Path> logs;
    try (var dateien = Files.list(berichte)) {
      logs = dateien.filter(p -> p.getFileName().toString().endsWith("-output.txt")).sorted().toList();
    }
    assertThat(logs).as("Logs des Testlaufs in " + berichte + " (läuft nach den anderen Tests)").hasSizeGreaterThanOrEqualTo(20);
    List<String> funde = new ArrayList<>();
    long zeilen = 0;
    for (Path log : logs) {
      funde.addAll(LogPruefung.funde(log));
      try (var z = Files.lines(log, java.nio.charset.StandardCharsets.ISO_8859_1)) {
        zeilen += z.count();
      }
    }
    System.out.printf("Log-Prüfung: %d Logs, %d Zeilen, %d Funde%n", logs.size(), zeilen, funde.size());
    assertThat(funde).as("Passwörter, Authorization-Header oder Mailadressen in den Logs").isEmpty();
  }
}

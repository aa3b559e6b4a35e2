package de.hessen.aqb.architektur;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Small classes: a Camunda adapter at most 60 lines, any class of the application at most 200. */
class KlassengroesseTest {

  static final Path QUELLEN = Path.of("src/main/java");

  @Test
  void adapterHoechstens60Zeilen() throws IOException {
    assertThat(zuLang(QUELLEN, 60, true)).as("adapters (*/camunda/*) over 60 lines").isEmpty();
  }

  @Test
  void klassenHoechstens200Zeilen() throws IOException {
    assertThat(zuLang(QUELLEN, 200, false)).as("classes over 200 lines").isEmpty();
  }

  static List<String> zuLang(Path wurzel, int grenze, boolean nurAdapter) throws IOException {
    try (Stream<Path> dateien = Files.walk(wurzel)) {
      return dateien.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !nurAdapter || p.getParent().getFileName().toString().equals("camunda"))
          .map(p -> p + ": " + zeilen(p)).filter(z -> Integer.parseInt(z.substring(z.lastIndexOf(' ') + 1)) > grenze)
          .sorted().toList();
    }
  }

  private static int zeilen(Path datei) {
    try {
      return Files.readAllLines(datei).size();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

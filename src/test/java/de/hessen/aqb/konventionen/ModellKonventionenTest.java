package de.hessen.aqb.konventionen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Holds every model in {@code processes/} to the conventions; runs from the Maven module root. */
class ModellKonventionenTest {

    private static final Path PROZESSE = Path.of("processes");
    private static final Path FORMULARE = Path.of("forms");

    @Test
    void prozessOrdnerExistiert() {
        assertThat(PROZESSE).as("models live in processes/ at the project root").isDirectory();
    }

    @TestFactory
    Stream<DynamicTest> jedesModellHaeltDieKonventionenEin() {
        ModellKonventionen konventionen = new ModellKonventionen(ModellKonventionen.formIds(FORMULARE));
        return ModellKonventionen.modelle(PROZESSE).stream()
                .map(modell -> DynamicTest.dynamicTest(modell.toString(), () -> {
                    List<Befund> befunde = konventionen.pruefe(modell);
                    assertTrue(befunde.isEmpty(), () -> "convention findings:\n" + zeilen(befunde));
                }));
    }

    private static String zeilen(List<Befund> befunde) {
        return String.join("\n", befunde.stream().map(b -> "  - " + b).toList());
    }
}

package de.hessen.aqb.konventionen;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;

/**
 * The model conventions checker: takes a BPMN or DMN file and returns what it violates, as {@link Befund}s.
 * An empty list means the model follows every {@link Regel}.
 */
final class ModellKonventionen {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Set<String> formIds;

    /** @param formIds the ids declared by the Camunda Forms a camunda:formRef may point to */
    ModellKonventionen(Set<String> formIds) {
        this.formIds = Set.copyOf(formIds);
    }

    List<Befund> pruefe(Path datei) {
        String name = datei.toString().replace('\\', '/');
        if (name.endsWith(".bpmn")) {
            return pruefeBpmn(datei, name);
        }
        if (name.endsWith(".dmn")) {
            return pruefeDmn(datei, name);
        }
        throw new IllegalArgumentException("neither BPMN nor DMN: " + datei);
    }

    private List<Befund> pruefeBpmn(Path datei, String name) {
        BpmnModelInstance modell;
        try (InputStream in = Files.newInputStream(datei)) {
            modell = Bpmn.readModelFromStream(in);
        } catch (IOException | RuntimeException e) {
            return List.of(new Befund(name, "-", Regel.LESBAR, "does not parse: " + e.getMessage()));
        }
        return new BpmnPruefung(name, modell, formIds).pruefe();
    }

    private List<Befund> pruefeDmn(Path datei, String name) {
        DmnModelInstance modell;
        try (InputStream in = Files.newInputStream(datei)) {
            modell = Dmn.readModelFromStream(in);
        } catch (IOException | RuntimeException e) {
            return List.of(new Befund(name, "-", Regel.LESBAR, "does not parse: " + e.getMessage()));
        }
        List<Befund> befunde = new ArrayList<>();
        for (Decision decision : modell.getModelElementsByType(Decision.class)) {
            if (BpmnPruefung.leer(decision.getCamundaHistoryTimeToLiveString())) {
                befunde.add(new Befund(name, decision.getId(), Regel.HISTORY_TTL,
                        "decision has no camunda:historyTimeToLive"));
            }
        }
        return befunde;
    }

    /** The ids declared by all {@code *.form} files below the folder; none if the folder does not exist. */
    static Set<String> formIds(Path formsOrdner) {
        if (!Files.isDirectory(formsOrdner)) {
            return Set.of();
        }
        try (Stream<Path> dateien = Files.walk(formsOrdner)) {
            return dateien.filter(p -> p.toString().endsWith(".form"))
                    .map(ModellKonventionen::formId)
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String formId(Path form) {
        try {
            JsonNode id = JSON.readTree(form.toFile()).path("id");
            if (!id.isTextual() || id.asText().isBlank()) {
                throw new IllegalStateException(form + " declares no id");
            }
            return id.asText();
        } catch (IOException e) {
            throw new UncheckedIOException(form + " is not valid JSON", e);
        }
    }

    /** All BPMN and DMN files below the folder, sorted; none if the folder does not exist. */
    static List<Path> modelle(Path ordner) {
        if (!Files.isDirectory(ordner)) {
            return List.of();
        }
        try (Stream<Path> dateien = Files.walk(ordner)) {
            return dateien.filter(p -> p.toString().endsWith(".bpmn") || p.toString().endsWith(".dmn"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

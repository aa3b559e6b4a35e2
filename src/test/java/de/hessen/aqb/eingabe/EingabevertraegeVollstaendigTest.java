package de.hessen.aqb.eingabe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.hessen.aqb.testsupport.AqbSpringBootTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every user task and every start form of every model has an input contract, and the contract is the form: a Camunda
 * Form's keyed fields are exactly the contract's fields; every variable an embedded form binds is in the contract, and
 * every contract field is named by its form.
 */
@AqbSpringBootTest
class EingabevertraegeVollstaendigTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern CAM_VARIABLE = Pattern.compile("cam-variable-name=\"([^\"]+)\"");

  @Autowired Eingabevertraege vertraege;

  @Test
  void jedeAufgabeUndJedesStartformularHatEinenVertragPassendZumFormular() throws IOException {
    Map<String, JsonNode> formulare = camundaFormulare();
    List<String> befunde = new ArrayList<>();
    int geprueft = 0;
    for (Path datei : dateien(Path.of("processes"), ".bpmn")) {
      BpmnModelInstance modell;
      try (InputStream in = Files.newInputStream(datei)) {
        modell = Bpmn.readModelFromStream(in);
      }
      for (Process prozess : modell.getModelElementsByType(Process.class)) {
        for (UserTask aufgabe : prozess.getChildElementsByType(UserTask.class)) {
          geprueft++;
          pruefe(prozess.getId() + "/" + aufgabe.getId(), vertraege.fuerAufgabe(prozess.getId(), aufgabe.getId()),
              aufgabe.getCamundaFormRef(), aufgabe.getCamundaFormKey(), formulare, befunde);
        }
        for (StartEvent start : prozess.getChildElementsByType(StartEvent.class)) {
          if (start.getCamundaFormRef() != null || start.getCamundaFormKey() != null) {
            geprueft++;
            pruefe(prozess.getId() + "/start", vertraege.fuerStart(prozess.getId()), start.getCamundaFormRef(),
                start.getCamundaFormKey(), formulare, befunde);
          }
        }
      }
    }
    assertThat(geprueft).as("user tasks and start forms found").isGreaterThan(15);
    assertThat(befunde).isEmpty();
  }

  private static void pruefe(String wo, Optional<Eingabevertrag> vertrag, String formRef, String formKey,
      Map<String, JsonNode> formulare, List<String> befunde) throws IOException {
    if (vertrag.isEmpty()) {
      befunde.add(wo + ": no input contract");
      return;
    }
    Set<String> felder = new TreeSet<>(vertrag.get().felder().keySet());
    if (formRef != null) {
      JsonNode formular = formulare.get(formRef);
      if (formular == null) {
        befunde.add(wo + ": form " + formRef + " not found");
        return;
      }
      Set<String> schluessel = new TreeSet<>();
      sammle(formular.path("components"), schluessel);
      if (!schluessel.equals(felder)) {
        befunde.add(wo + ": form " + formRef + " sends " + schluessel + " but the contract has " + felder);
      }
    } else if (formKey != null && formKey.startsWith("embedded:/formulare/")) {
      String html = Files.readString(Path.of("forms/embedded", formKey.substring("embedded:/formulare/".length())));
      Matcher treffer = CAM_VARIABLE.matcher(html);
      while (treffer.find()) {
        if (!felder.contains(treffer.group(1))) {
          befunde.add(wo + ": " + formKey + " binds " + treffer.group(1) + ", which the contract does not accept");
        }
      }
      felder.stream().filter(f -> !html.contains(f))
          .forEach(f -> befunde.add(wo + ": contract field " + f + " is named nowhere in " + formKey));
    }
  }

  /** Keys a Camunda Form submits: keyed fields, dynamic lists and groups with a path as one value each. */
  private static void sammle(JsonNode komponenten, Set<String> schluessel) {
    for (JsonNode k : komponenten) {
      String typ = k.path("type").asText();
      if (k.hasNonNull("key") && !typ.equals("table")) {
        schluessel.add(k.get("key").asText());
      } else if ((typ.equals("dynamiclist") || typ.equals("group")) && k.hasNonNull("path") && !k.get("path").asText().isEmpty()) {
        schluessel.add(k.get("path").asText());
      } else if (k.has("components")) {
        sammle(k.get("components"), schluessel);
      }
    }
  }

  private static Map<String, JsonNode> camundaFormulare() throws IOException {
    Map<String, JsonNode> formulare = new HashMap<>();
    for (Path datei : dateien(Path.of("forms"), ".form")) {
      JsonNode formular = JSON.readTree(datei.toFile());
      formulare.put(formular.path("id").asText(), formular);
    }
    return formulare;
  }

  private static List<Path> dateien(Path wurzel, String endung) throws IOException {
    try (Stream<Path> alle = Files.walk(wurzel)) {
      return alle.filter(p -> p.toString().endsWith(endung)).sorted().toList();
    }
  }
}

package de.hessen.aqb.foerderfall;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.hessen.aqb.referenz.Gebietskoerperschaft;
import de.hessen.aqb.referenz.Referenzdaten;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Forms list exactly the reference data (forms cannot load it at run time, so a test keeps them in step). */
class StartformularTest {

  @Test
  void antragsformularKenntJedenTraeger() throws Exception {
    String formular = java.nio.file.Files.readString(Path.of("forms/embedded/antrag.html"));
    for (var traeger : Referenzdaten.ausKlassenpfad().traeger()) {
      assertThat(formular).as(traeger.id()).contains(traeger.id()).contains(traeger.name());
    }
  }

  @Test
  void auswahlEntsprichtDenReferenzdaten() throws Exception {
    JsonNode formular = new ObjectMapper().readTree(Path.of("forms/form-foerderfall-start.form").toFile());
    Map<String, String> optionen = new HashMap<>();
    for (JsonNode feld : formular.path("components")) {
      if ("gebietskoerperschaft".equals(feld.path("key").asText())) {
        feld.path("values").forEach(o -> optionen.put(o.path("value").asText(), o.path("label").asText()));
      }
    }
    Referenzdaten referenzdaten = Referenzdaten.ausKlassenpfad();
    assertThat(optionen).hasSameSizeAs(referenzdaten.alle());
    for (Gebietskoerperschaft gk : referenzdaten.alle()) {
      assertThat(optionen.get(gk.kreisschluessel())).as(gk.kreisschluessel()).startsWith(gk.bezeichnung());
    }
  }
}

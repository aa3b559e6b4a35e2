package de.hessen.aqb.antrag.camunda;

import static de.hessen.aqb.antrag.camunda.AntragVariablen.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.hessen.aqb.antrag.domain.AntragRegeln;
import de.hessen.aqb.antrag.domain.MassnahmeEingabe;
import de.hessen.aqb.plattform.ProzessVariable;
import de.hessen.aqb.referenz.Referenzdaten;
import de.hessen.aqb.referenz.Traeger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * The measures list as the forms hold it (variable {@code massnahmen}, JSON: one object per measure with
 * id, name, massnahmenart "1".."4", traeger (provider id) / traegerName, beginn, ende, plaetze, kosten,
 * foerderung, eigenmittel, drittmittel, hj1..hj4, herkunft, entfaellt, aenderungsgrund, zweckbindung),
 * and the provider's share of it. Also used in the model as {@code ${antragMassnahmen...}}.
 */
@Component("antragMassnahmen")
public class AntragMassnahmen {

  private final Referenzdaten referenzdaten;

  AntragMassnahmen(Referenzdaten referenzdaten) {
    this.referenzdaten = referenzdaten;
  }

  public List<MassnahmeEingabe> eingaben(JsonNode liste) {
    List<MassnahmeEingabe> eingaben = new ArrayList<>();
    if (liste == null || !liste.isArray()) {
      return eingaben;
    }
    for (JsonNode m : liste) {
      List<String> jahre = new ArrayList<>();
      for (int j = 1; j <= AntragRegeln.PLANUNGSJAHRE; j++) {
        jahre.add(text(m, "hj" + j));
      }
      eingaben.add(new MassnahmeEingabe(text(m, "id"), text(m, "name"), text(m, "massnahmenart"), text(m, "traeger"),
          text(m, "traegerName"), text(m, "beginn"), text(m, "ende"), text(m, "plaetze"), text(m, "kosten"),
          text(m, "foerderung"), text(m, "eigenmittel"), text(m, "drittmittel"), jahre, text(m, "herkunft"),
          m.path("entfaellt").asBoolean(false), text(m, "aenderungsgrund"), text(m, "zweckbindung")));
    }
    return eingaben;
  }

  /** Name of a provider of the reference data, null if unknown. */
  public String traegerName(String id) {
    return referenzdaten.traeger(id).map(Traeger::name).orElse(null);
  }

  /** Groups of the providers with own login that run one of the active measures (collection of the multi-instance). */
  public List<String> traegerGruppen(VariableScope scope) {
    Set<String> gruppen = new LinkedHashSet<>();
    JsonNode liste = MASSNAHMEN.von(scope);
    if (liste != null) {
      for (JsonNode m : liste) {
        String id = text(m, "traeger");
        if (id != null && !m.path("entfaellt").asBoolean(false)) {
          referenzdaten.traeger(id).ifPresent(t -> gruppen.add(t.gruppenId()));
        }
      }
    }
    return new ArrayList<>(gruppen);
  }

  /** The measures run by the provider of this group: all the provider is allowed to see. */
  public TypedValue fuerTraeger(VariableScope scope, String gruppe) {
    ArrayNode eigene = JsonNodeFactory.instance.arrayNode();
    for (JsonNode m : MASSNAHMEN.von(scope)) {
      String id = text(m, "traeger");
      if (id != null && referenzdaten.traeger(id).map(t -> t.gruppenId().equals(gruppe)).orElse(false)
          && !m.path("entfaellt").asBoolean(false)) {
        eigene.add(m.deepCopy());
      }
    }
    return ProzessVariable.alsJson(eigene);
  }

  /** Takes the provider's edited measures back into the Antrag (matched by id; the provider cannot add or drop). */
  public void uebernimm(VariableScope scope, JsonNode traegerMassnahmen) {
    ArrayNode alle = (ArrayNode) MASSNAHMEN.von(scope);
    for (JsonNode neu : traegerMassnahmen) {
      for (int i = 0; i < alle.size(); i++) {
        ObjectNode alt = (ObjectNode) alle.get(i);
        if (alt.path("id").asText().equals(neu.path("id").asText())) {
          for (String feld : List.of("beginn", "ende", "plaetze", "kosten", "foerderung", "eigenmittel", "drittmittel",
              "hj1", "hj2", "hj3", "hj4")) {
            if (neu.has(feld)) {
              alt.set(feld, neu.get(feld));
            }
          }
        }
      }
    }
    scope.setVariable(MASSNAHMEN.name(), ProzessVariable.alsJson(alle));
  }

  static String text(JsonNode m, String feld) {
    JsonNode wert = m.get(feld);
    return wert == null || wert.isNull() ? null : wert.asText();
  }
}

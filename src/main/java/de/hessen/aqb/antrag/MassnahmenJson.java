package de.hessen.aqb.antrag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import de.hessen.aqb.antrag.domain.AntragRegeln;
import de.hessen.aqb.antrag.domain.MassnahmeEingabe;
import java.util.ArrayList;
import java.util.List;

/**
 * The measures list as stored and shown (JSON: one object per measure with id, name, massnahmenart "1".."4", traeger
 * (provider id) / traegerName, beginn, ende, plaetze, kosten, foerderung, eigenmittel, drittmittel, hj1..hj4, herkunft,
 * entfaellt, aenderungsgrund, zweckbindung; amounts as typed).
 */
public final class MassnahmenJson {

  static final ObjectMapper JSON = new ObjectMapper();

  /** What the body edits: everything but the origin (which only the stored Antrag knows). */
  public static final List<String> FELDER_GEBIETSKOERPERSCHAFT = List.of("id", "name", "massnahmenart", "traeger", "traegerName",
      "beginn", "ende", "plaetze", "kosten", "foerderung", "eigenmittel", "drittmittel", "hj1", "hj2", "hj3", "hj4",
      "entfaellt", "aenderungsgrund", "zweckbindung");

  /** What a provider edits of its own measures. */
  public static final List<String> FELDER_TRAEGER = List.of("beginn", "ende", "plaetze", "kosten", "foerderung", "eigenmittel",
      "drittmittel", "hj1", "hj2", "hj3", "hj4");

  private MassnahmenJson() {}

  static List<MassnahmeEingabe> eingaben(JsonNode liste) {
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

  static String text(JsonNode m, String feld) {
    JsonNode wert = m.get(feld);
    return wert == null || wert.isNull() ? null : wert.asText();
  }

  static ArrayNode lies(String json) {
    try {
      return (ArrayNode) JSON.readTree(json);
    } catch (Exception e) {
      throw new IllegalStateException("Gespeicherte Liste nicht lesbar", e);
    }
  }

  static String schreibe(JsonNode liste) {
    return liste.toString();
  }
}

package de.hessen.aqb.aenderungsantrag.camunda;

import com.fasterxml.jackson.databind.JsonNode;
import de.hessen.aqb.aenderungsantrag.domain.Antragseingabe;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the lists the embedded forms send (values as typed) into what the services take. */
final class Formularlisten {

  private Formularlisten() {}

  /** The body's inputs as the rules read them. */
  static Antragseingabe eingabe(JsonNode posten, JsonNode neue, LocalDate ende, String begruendung) {
    List<Antragseingabe.PostenEingabe> p = new ArrayList<>();
    if (posten != null && posten.isArray()) {
      posten.forEach(e -> p.add(new Antragseingabe.PostenEingabe(e.path("id").asText(""), feld(e, "betrag"),
          e.path("entfaellt").asBoolean(false), feld(e, "traeger"))));
    }
    List<Antragseingabe.NeueEingabe> n = new ArrayList<>();
    if (neue != null && neue.isArray()) {
      neue.forEach(e -> n.add(new Antragseingabe.NeueEingabe(feld(e, "name"), feld(e, "art"), feld(e, "traeger"),
          feld(e, "betrag"))));
    }
    return new Antragseingabe(p, n, ende == null ? null : ende.toString(), begruendung);
  }

  /** The amounts of a form list [{id, betrag}] by measure id, as typed. */
  static Map<String, String> betraege(JsonNode liste) {
    Map<String, String> betraege = new LinkedHashMap<>();
    if (liste != null && liste.isArray()) {
      liste.forEach(e -> betraege.put(e.path("id").asText(""), feld(e, "betrag")));
    }
    return betraege;
  }

  private static String feld(JsonNode e, String feld) {
    return e.path(feld).isNull() || e.path(feld).isMissingNode() ? null : e.path(feld).asText();
  }
}

package de.hessen.aqb.umsetzungsbesprechung.camunda;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.StreamSupport;

/** Submitted lists (already checked against the task's input contract) as the services read them. */
final class Listen {

  private Listen() {}

  /** The entries of a submitted list; empty when absent. */
  static List<JsonNode> eintraege(JsonNode liste) {
    return liste == null || !liste.isArray() ? List.of() : StreamSupport.stream(liste.spliterator(), false).toList();
  }

  /** One key of every entry, as text (null values as empty text). */
  static List<String> werte(JsonNode liste, String schluessel) {
    return eintraege(liste).stream().map(e -> e.path(schluessel).asText("")).toList();
  }
}

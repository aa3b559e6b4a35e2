package de.hessen.aqb.eingabe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;

/** Read-only fields come back from the form as the form received them; this decides whether they are unchanged. */
final class AnzeigeVergleich {

  private static final ObjectMapper JSON = new ObjectMapper();

  private AnzeigeVergleich() {}

  /** Whether a submitted value equals the value the process holds (numbers by value, JSON by structure, text as is). */
  static boolean gleich(JsonNode gesendet, Object vorhanden) {
    boolean leer = gesendet == null || gesendet.isNull() || (gesendet.isTextual() && gesendet.asText().isEmpty());
    if (vorhanden == null) {
      return leer;
    }
    if (leer) {
      return vorhanden.toString().isEmpty();
    }
    if (vorhanden instanceof Number zahl && gesendet.isNumber()) {
      return new BigDecimal(zahl.toString()).compareTo(gesendet.decimalValue()) == 0;
    }
    if (vorhanden instanceof Boolean b) {
      return gesendet.isBoolean() ? gesendet.asBoolean() == b : gesendet.asText().equals(b.toString());
    }
    String text = vorhanden.toString();
    String gesendetText = gesendet.isTextual() ? gesendet.asText() : gesendet.toString();
    if (text.equals(gesendetText)) {
      return true;
    }
    try {
      JsonNode a = JSON.readTree(text);
      JsonNode b = gesendet.isTextual() ? JSON.readTree(gesendetText) : gesendet;
      return a != null && a.equals(b);
    } catch (Exception e) {
      return false;
    }
  }

}

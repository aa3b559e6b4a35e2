package de.hessen.aqb.altvereinbarung.domain;

import java.util.List;
import java.util.Map;

/**
 * What the reader made of an agreement's text. Every field has a confidence in {@code konfidenz} (0–1, keyed by the
 * field's path: "partner", "jahr", "budgetCent", "massnahmen.3[1]", "unterzeichnungen[0].name", …); the fields below
 * {@link #SCHWELLE} — and every field that could not be read (null) — are listed in {@code unsicher}, in reading order.
 * Projects: Maßnahmenart number "1"–"4" → names in document order.
 */
public record Lesung(String partner, String kreisschluessel, Integer jahr, Long budgetCent,
    Map<String, List<String>> massnahmen, List<Unterschrift> unterzeichnungen, Map<String, Double> konfidenz,
    List<String> unsicher) {

  /** Below this confidence a field is named as uncertain. */
  public static final double SCHWELLE = 0.8;
}

package de.hessen.aqb.altvereinbarung.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects the confidence of each field while reading; names the uncertain ones. */
final class Befund {

  private final Map<String, Double> konfidenz = new LinkedHashMap<>();

  /** Records a field; a value that could not be read gets confidence 0. */
  <T> T feld(String pfad, T wert, double sicherheit) {
    konfidenz.put(pfad, wert == null ? 0.0 : Math.round(Math.max(0, Math.min(1, sicherheit)) * 100) / 100.0);
    return wert;
  }

  Map<String, Double> konfidenz() {
    return Map.copyOf(konfidenz);
  }

  List<String> unsicher() {
    List<String> felder = new ArrayList<>();
    konfidenz.forEach((pfad, wert) -> {
      if (wert < Lesung.SCHWELLE) {
        felder.add(pfad);
      }
    });
    return felder;
  }

  Map<String, Double> geordnet() {
    return new LinkedHashMap<>(konfidenz);
  }
}

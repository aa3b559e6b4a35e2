package de.hessen.aqb.nachweis.domain;

import java.util.Arrays;
import java.util.Optional;

/** Why the rechnerische Prüfung does not recognise a single Beleg (the reasons of ANBest practice). */
public enum Einwandgrund {
  NICHT_FOERDERFAEHIG("nicht förderfähig"),
  AUSSERHALB_ZEITRAUM("außerhalb des Bewilligungszeitraums"),
  ANDERE_MASSNAHME("nicht der Maßnahme zuzuordnen"),
  DOPPELTE_BELEGNUMMER("doppelte Belegnummer");

  private final String text;

  Einwandgrund(String text) {
    this.text = text;
  }

  /** The German label (form, Schlussbescheid). */
  public String text() {
    return text;
  }

  /** The reason a form sends (the constant's name), or empty. */
  public static Optional<Einwandgrund> von(String code) {
    return Arrays.stream(values()).filter(g -> g.name().equals(code)).findFirst();
  }
}

package de.hessen.aqb.umsetzungsbesprechung.domain;

import java.util.Arrays;
import java.util.Optional;

/** The three sides of an Umsetzungsbesprechung: who takes part, and who owns an agreed follow-up. */
public enum Partei {
  GEBIETSKOERPERSCHAFT("gebietskoerperschaft", "Gebietskörperschaft"),
  REGIERUNGSPRAESIDIUM("regierungspraesidium", "Regierungspräsidium Kassel"),
  MINISTERIUM("ministerium", "Ministerium");

  private final String wert;
  private final String bezeichnung;

  Partei(String wert, String bezeichnung) {
    this.wert = wert;
    this.bezeichnung = bezeichnung;
  }

  /** The value a form sends ("gebietskoerperschaft", …). */
  public String wert() {
    return wert;
  }

  /** How clerks and the minutes name it. */
  public String bezeichnung() {
    return bezeichnung;
  }

  public static Optional<Partei> von(String wert) {
    return Arrays.stream(values()).filter(p -> p.wert.equals(wert) || p.name().equals(wert)).findFirst();
  }
}

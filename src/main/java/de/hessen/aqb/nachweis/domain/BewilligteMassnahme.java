package de.hessen.aqb.nachweis.domain;

import java.util.Locale;

/** A measure as granted by the Bescheid (sum over all Haushaltsjahre of the ledger). */
public record BewilligteMassnahme(String id, String name, long bewilligtCent) {

  /** True when a Belegliste cell names this measure: its id ("M3") or its name as in the Bescheid, case and blanks ignored. */
  public boolean heisst(String angabe) {
    String a = normalisiert(angabe);
    return !a.isEmpty() && (a.equals(normalisiert(id)) || a.equals(normalisiert(name)));
  }

  private static String normalisiert(String text) {
    return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.GERMAN);
  }
}

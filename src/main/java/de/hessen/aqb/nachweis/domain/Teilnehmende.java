package de.hessen.aqb.nachweis.domain;

import de.hessen.aqb.gemeinsam.Fehlerliste;

/** The participants of a Sachbericht (body or provider): a whole number, required, never negative. */
public final class Teilnehmende {

  private Teilnehmende() {}

  /** The number reached, or null with a German message in {@code fehler} when it is missing, no whole number or negative. */
  public static Integer erreicht(String eingabe, String feld, Fehlerliste fehler) {
    String text = eingabe == null ? "" : eingabe.strip();
    if (text.isEmpty()) {
      fehler.add(feld + ": Bitte die Zahl der erreichten Teilnehmenden angeben (0, wenn niemand teilgenommen hat).");
      return null;
    }
    int zahl;
    try {
      zahl = Integer.parseInt(text);
    } catch (NumberFormatException e) {
      fehler.add(feld + ": „" + text + "“ ist keine ganze Zahl.");
      return null;
    }
    if (zahl < 0) {
      fehler.add(feld + ": Die Zahl der Teilnehmenden darf nicht negativ sein.");
      return null;
    }
    return zahl;
  }
}

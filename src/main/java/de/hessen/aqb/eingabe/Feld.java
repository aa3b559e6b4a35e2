package de.hessen.aqb.eingabe;

import de.hessen.aqb.gemeinsam.Geld;
import java.util.Set;

/**
 * One field a form may submit: its variable name, its kind and its limits. A field marked {@link #nurAnzeige()} is
 * shown read-only by the form and sent back by it; it is accepted only with the value the process already holds.
 */
public record Feld(String name, Art art, int maxLaenge, Set<String> werte, boolean nurAnzeige) {

  /** Longest free text of any field unless a field says otherwise (a Sachbericht). */
  public static final int LANGER_TEXT = 20_000;

  public enum Art {
    TEXT, BETRAG, DATUM, GANZZAHL, WAHRHEITSWERT, AUSWAHL, LISTE, DATEI, ANZEIGE
  }

  /** A text of at most {@code maxLaenge} characters. */
  public static Feld text(String name, int maxLaenge) {
    return new Feld(name, Art.TEXT, maxLaenge, Set.of(), false);
  }

  /** A euro amount as typed ("1.234,50") or as a number; at most {@code Geld.HOECHSTBETRAG_CENT}. */
  public static Feld betrag(String name) {
    return new Feld(name, Art.BETRAG, 30, Set.of(), false);
  }

  /** A calendar date ("yyyy-MM-dd", also with a time part, as date pickers send it). */
  public static Feld datum(String name) {
    return new Feld(name, Art.DATUM, 30, Set.of(), false);
  }

  public static Feld ganzzahl(String name) {
    return new Feld(name, Art.GANZZAHL, 12, Set.of(), false);
  }

  public static Feld jaNein(String name) {
    return new Feld(name, Art.WAHRHEITSWERT, 5, Set.of(), false);
  }

  /** One of the given values (a select or radio group). */
  public static Feld auswahl(String name, String... werte) {
    return new Feld(name, Art.AUSWAHL, 200, Set.of(werte), false);
  }

  /**
   * A JSON list of objects (an embedded form's table) whose entries carry only the given keys; at most
   * {@code maxEintraege} entries. What an entry may change is the stage service's decision, not the contract's.
   */
  public static Feld liste(String name, int maxEintraege, String... schluessel) {
    return new Feld(name, Art.LISTE, maxEintraege, Set.of(schluessel), false);
  }

  /** A file upload of at most {@code maxKilobyte} KB whose content (magic bytes) is one of the given types. */
  public static Feld datei(String name, int maxKilobyte, Dateityp... typen) {
    if (typen.length == 0) {
      throw new IllegalArgumentException("Eine Datei braucht mindestens einen zugelassenen Dateityp: " + name);
    }
    return new Feld(name, Art.DATEI, maxKilobyte,
        java.util.Arrays.stream(typen).map(Dateityp::name).collect(java.util.stream.Collectors.toUnmodifiableSet()), false);
  }

  /** A value the form only shows and sends back; accepted only unchanged. */
  public static Feld anzeige(String name) {
    return new Feld(name, Art.ANZEIGE, 0, Set.of(), true);
  }
}

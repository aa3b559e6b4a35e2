package de.hessen.aqb.akte.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * What one kind of document contributes to a case file: files, decisions from the ledger tables and completed tasks from
 * the engine's history.
 */
public record Beitrag(List<Aktenstueck> stuecke, List<Eintrag> entscheidungen, List<Eintrag> aufgaben) {

  public Beitrag {
    stuecke = List.copyOf(stuecke);
    entscheidungen = List.copyOf(entscheidungen);
    aufgaben = List.copyOf(aufgaben);
  }

  public static Beitrag leer() {
    return new Beitrag(List.of(), List.of(), List.of());
  }

  public static Beitrag aus(List<Aktenstueck> stuecke, List<Eintrag> entscheidungen) {
    return new Beitrag(stuecke, entscheidungen, List.of());
  }

  public Beitrag plus(Beitrag weiterer) {
    List<Aktenstueck> s = new ArrayList<>(stuecke);
    s.addAll(weiterer.stuecke);
    List<Eintrag> e = new ArrayList<>(entscheidungen);
    e.addAll(weiterer.entscheidungen);
    List<Eintrag> a = new ArrayList<>(aufgaben);
    a.addAll(weiterer.aufgaben);
    return new Beitrag(s, e, a);
  }
}

package de.hessen.aqb.eingabe;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a party may submit when it completes one user task ({@code aufgabe} = the task's id in the model) or starts a
 * process through its start form ({@code aufgabe} = null). Declared as a Spring bean by the stage that owns the model;
 * {@link Eingabevertraege} finds it. A completion that sends anything else is refused before the engine sees it.
 */
public record Eingabevertrag(String prozess, String aufgabe, Map<String, Feld> felder) {

  public static Eingabevertrag fuerAufgabe(String prozess, String aufgabe, Feld... felder) {
    return new Eingabevertrag(prozess, aufgabe, alsMap(felder));
  }

  public static Eingabevertrag fuerStart(String prozess, Feld... felder) {
    return new Eingabevertrag(prozess, null, alsMap(felder));
  }

  public Optional<Feld> feld(String name) {
    return Optional.ofNullable(felder.get(name));
  }

  public List<String> namen() {
    return List.copyOf(felder.keySet());
  }

  public String schluessel() {
    return schluessel(prozess, aufgabe);
  }

  static String schluessel(String prozess, String aufgabe) {
    return prozess + "/" + (aufgabe == null ? "start" : aufgabe);
  }

  private static Map<String, Feld> alsMap(Feld... felder) {
    Map<String, Feld> map = new LinkedHashMap<>();
    for (Feld feld : felder) {
      if (map.put(feld.name(), feld) != null) {
        throw new IllegalArgumentException("Feld doppelt im Eingabevertrag: " + feld.name());
      }
    }
    return java.util.Collections.unmodifiableMap(map);
  }
}

package de.hessen.aqb.eingabe;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** All input contracts of the application, by process and task id. */
@Component
public class Eingabevertraege {

  private final Map<String, Eingabevertrag> vertraege = new HashMap<>();

  public Eingabevertraege(List<Eingabevertrag> alle) {
    for (Eingabevertrag vertrag : alle) {
      if (vertraege.put(vertrag.schluessel(), vertrag) != null) {
        throw new IllegalStateException("Zwei Eingabeverträge für " + vertrag.schluessel());
      }
    }
  }

  public Optional<Eingabevertrag> fuerAufgabe(String prozess, String aufgabe) {
    return Optional.ofNullable(vertraege.get(Eingabevertrag.schluessel(prozess, aufgabe)));
  }

  public Optional<Eingabevertrag> fuerStart(String prozess) {
    return Optional.ofNullable(vertraege.get(Eingabevertrag.schluessel(prozess, null)));
  }

  public List<Eingabevertrag> alle() {
    return List.copyOf(vertraege.values());
  }
}

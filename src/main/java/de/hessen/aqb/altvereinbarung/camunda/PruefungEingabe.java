package de.hessen.aqb.altvereinbarung.camunda;

import static de.hessen.aqb.altvereinbarung.camunda.AltvereinbarungVariablen.*;

import de.hessen.aqb.altvereinbarung.domain.Bestaetigung;
import de.hessen.aqb.altvereinbarung.domain.Unterschrift;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads the clerk's confirmed values of "Altvereinbarung prüfen" (unchecked; the domain checks them). */
final class PruefungEingabe {

  private PruefungEingabe() {}

  static Bestaetigung von(VariableScope aufgabe) {
    Map<String, String> projekte = new LinkedHashMap<>();
    for (int art = 1; art <= 4; art++) {
      projekte.put(String.valueOf(art), projekteText(art).von(aufgabe));
    }
    List<Unterschrift> unterschriften = new ArrayList<>();
    for (int p = 0; p < 2; p++) {
      unterschriften.add(new Unterschrift(unterschrift(p, "Titel").von(aufgabe), unterschrift(p, "Name").von(aufgabe),
          unterschrift(p, "Ort").von(aufgabe), unterschriftDatum(p).von(aufgabe)));
    }
    return new Bestaetigung(KREISSCHLUESSEL.von(aufgabe), JAHR.von(aufgabe), BUDGET.von(aufgabe), projekte, unterschriften);
  }
}

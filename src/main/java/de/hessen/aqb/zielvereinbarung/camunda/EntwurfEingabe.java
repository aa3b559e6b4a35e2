package de.hessen.aqb.zielvereinbarung.camunda;

import static de.hessen.aqb.zielvereinbarung.camunda.ZielvereinbarungVariablen.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import de.hessen.aqb.plattform.ProzessVariable;
import de.hessen.aqb.zielvereinbarung.domain.Entwurf;
import de.hessen.aqb.zielvereinbarung.domain.Massnahmenart;
import de.hessen.aqb.zielvereinbarung.domain.Projekt;
import de.hessen.aqb.zielvereinbarung.domain.ZielvereinbarungRegeln;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.value.TypedValue;

/** Reads the ministry's form "Entwurf erstellen" (projects as text, one per line, or as the form's derived lists). */
final class EntwurfEingabe {

  private EntwurfEingabe() {}

  static Entwurf.Eingabe von(DelegateTask aufgabe) {
    return new Entwurf.Eingabe(BUDGET.von(aufgabe), projektnamen(aufgabe), PARAGRAPH2_JAHRESTEXT.von(aufgabe),
        BUENDNIS_ZEITRAUM.von(aufgabe), UNTERZEICHNER_MINISTERIUM_NAME.von(aufgabe), UNTERZEICHNER_MINISTERIUM_TITEL.von(aufgabe),
        UNTERZEICHNER_PARTNER_NAME.von(aufgabe), UNTERZEICHNER_PARTNER_TITEL.von(aufgabe));
  }

  private static Map<Massnahmenart, List<String>> projektnamen(DelegateTask aufgabe) {
    Map<Massnahmenart, List<String>> namen = new EnumMap<>(Massnahmenart.class);
    for (Massnahmenart art : Massnahmenart.values()) {
      Object text = aufgabe.getVariable(projekteText(art.nummer()).name());
      if (text != null) {
        namen.put(art, ZielvereinbarungRegeln.projektnamenAusText(text.toString()));
        continue;
      }
      List<String> liste = new ArrayList<>();
      JsonNode zeilen = projekte(art.nummer()).von(aufgabe);
      if (zeilen != null && zeilen.isArray()) {
        for (JsonNode zeile : zeilen) {
          JsonNode name = zeile.isTextual() ? zeile : zeile.get("name");
          liste.add(name == null || name.isNull() ? null : name.asText());
        }
      }
      namen.put(art, liste);
    }
    return namen;
  }

  /** The stored projects as the forms' table and the Antrag read them: [{"name": …}, …]. */
  static TypedValue alsListe(List<Projekt> projekte) {
    ArrayNode liste = JsonNodeFactory.instance.arrayNode();
    projekte.forEach(projekt -> liste.addObject().put("name", projekt.name()));
    return ProzessVariable.alsJson(liste);
  }
}

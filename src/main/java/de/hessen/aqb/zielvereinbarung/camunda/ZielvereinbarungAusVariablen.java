package de.hessen.aqb.zielvereinbarung.camunda;

import static de.hessen.aqb.zielvereinbarung.camunda.ZielvereinbarungVariablen.*;

import com.fasterxml.jackson.databind.JsonNode;
import de.hessen.aqb.referenz.Gebietskoerperschaft;
import de.hessen.aqb.referenz.Referenzdaten;
import de.hessen.aqb.zielvereinbarung.domain.Massnahmenart;
import de.hessen.aqb.zielvereinbarung.domain.Partner;
import de.hessen.aqb.zielvereinbarung.domain.Projekt;
import de.hessen.aqb.zielvereinbarung.domain.Unterzeichnung;
import de.hessen.aqb.zielvereinbarung.domain.ZielvereinbarungDaten;
import de.hessen.aqb.zielvereinbarung.domain.ZielvereinbarungRegeln;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** Reads the agreement's data from the process variables (the form values of "Entwurf erstellen" and the signatures). */
@Component
public class ZielvereinbarungAusVariablen {

  private final Referenzdaten referenzdaten;

  ZielvereinbarungAusVariablen(Referenzdaten referenzdaten) {
    this.referenzdaten = referenzdaten;
  }

  public ZielvereinbarungDaten lies(VariableScope scope) {
    return new ZielvereinbarungDaten(
        JAHR.von(scope),
        partner(GEBIETSKOERPERSCHAFT.von(scope)),
        BUDGET_CENT.von(scope),
        ZielvereinbarungRegeln.projekte(projektnamen(scope)),
        PARAGRAPH2_JAHRESTEXT.von(scope),
        BUENDNIS_ZEITRAUM.von(scope),
        unterzeichnung(scope, "ministerium", UNTERZEICHNER_MINISTERIUM_NAME.von(scope), UNTERZEICHNER_MINISTERIUM_TITEL.von(scope)),
        unterzeichnung(scope, "gebietskoerperschaft", UNTERZEICHNER_PARTNER_NAME.von(scope), UNTERZEICHNER_PARTNER_TITEL.von(scope)));
  }

  /** Project names per Maßnahmenart as entered in the dynamic lists (rows without name as null). */
  public Map<Massnahmenart, List<String>> projektnamen(VariableScope scope) {
    Map<Massnahmenart, List<String>> namen = new EnumMap<>(Massnahmenart.class);
    for (Massnahmenart art : Massnahmenart.values()) {
      List<String> liste = new ArrayList<>();
      JsonNode zeilen = projekte(art.nummer()).von(scope);
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

  public Partner partner(String kreisschluessel) {
    Gebietskoerperschaft gk = referenzdaten.nachKreisschluessel(kreisschluessel)
        .orElseThrow(() -> new IllegalStateException("Unbekannte Gebietskörperschaft " + kreisschluessel));
    var f = gk.formen();
    return new Partner(gk.bezeichnung(), f.nominativ(), f.genitiv(), f.dativ(), f.akkusativ());
  }

  private static Unterzeichnung unterzeichnung(VariableScope scope, String partei, String name, String titel) {
    return new Unterzeichnung(name, titel, ort(partei).von(scope), datumDerUnterzeichnung(partei).von(scope));
  }
}

package de.hessen.aqb.zielvereinbarung.camunda;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import de.hessen.aqb.plattform.ProzessVariable;
import de.hessen.aqb.zielvereinbarung.domain.Massnahmenart;
import de.hessen.aqb.zielvereinbarung.domain.Projekt;
import de.hessen.aqb.zielvereinbarung.domain.ZielvereinbarungDaten;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/** The values of the form "Entwurf erstellen" for given agreement data, as Tasklist would submit them (demo data, tests). */
public final class EntwurfFormularwerte {

  private EntwurfFormularwerte() {}

  public static Map<String, Object> aus(ZielvereinbarungDaten daten) {
    Map<String, Object> werte = new HashMap<>();
    werte.put("budget", new BigDecimal(daten.budgetCent()).movePointLeft(2).toPlainString());
    for (Massnahmenart art : Massnahmenart.values()) {
      ArrayNode liste = JsonNodeFactory.instance.arrayNode();
      for (Projekt projekt : daten.projekte(art)) {
        liste.addObject().put("name", projekt.name());
      }
      werte.put(ZielvereinbarungVariablen.projekte(art.nummer()).name(), ProzessVariable.alsJson(liste));
      // the form edits the projects as text, one per line, and derives the list from it
      werte.put("projekteText" + art.nummer(),
          String.join("\n", daten.projekte(art).stream().map(Projekt::name).toList()));
    }
    werte.put("paragraph2Jahrestext", daten.paragraph2Jahrestext());
    werte.put("buendnisZeitraum", daten.buendnisZeitraum());
    werte.put("unterzeichnerMinisteriumName", daten.ministerium().name());
    werte.put("unterzeichnerMinisteriumTitel", daten.ministerium().titel());
    werte.put("unterzeichnerPartnerName", daten.partnerUnterzeichnung().name());
    werte.put("unterzeichnerPartnerTitel", daten.partnerUnterzeichnung().titel());
    werte.put("entwurfAktion", "senden");
    return werte;
  }
}

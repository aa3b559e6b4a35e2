package de.hessen.aqb.nachweis.camunda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.hessen.aqb.gemeinsam.Geld;
import de.hessen.aqb.nachweis.Traegeranteile.Anteile;
import de.hessen.aqb.nachweis.Traegerberichte.Bericht;
import de.hessen.aqb.nachweis.domain.Beleg;
import de.hessen.aqb.nachweis.domain.Traegeranteil.Teil;
import de.hessen.aqb.plattform.ProzessVariable;
import org.camunda.bpm.engine.variable.value.TypedValue;

/** The providers' parts as the body's and the RP's forms show them (formatting only). */
final class TraegerberichtAnzeige {

  private TraegerberichtAnzeige() {}

  static TypedValue berichte(Anteile anteile) {
    ArrayNode liste = JsonNodeFactory.instance.arrayNode();
    for (Bericht b : anteile.berichte()) {
      ObjectNode bericht = liste.addObject().put("traeger", b.traegerName()).put("eingereichtVon", b.eingereichtVon())
          .put("belege", b.belege().size()).put("belegeSumme", Geld.alsWaehrung(b.belege().stream().mapToLong(Beleg::betragCent).sum()));
      ArrayNode massnahmen = bericht.putArray("massnahmen");
      for (Teil t : b.teile()) {
        massnahmen.addObject().put("id", t.massnahmeId()).put("name", t.name()).put("bewilligt", Geld.alsWaehrung(t.bewilligtCent()))
            .put("teilnehmendeGeplant", t.teilnehmendeGeplant() == null ? "–" : t.teilnehmendeGeplant().toString())
            .put("teilnehmendeErreicht", t.teilnehmendeErreicht()).put("ergebnisse", t.ergebnisse())
            .put("abweichungen", t.abweichungen() == null ? "" : t.abweichungen())
            .put("ausgaben", Geld.alsWaehrung(t.ausgabenCent())).put("einnahmen", Geld.alsWaehrung(t.einnahmenCent()));
      }
    }
    return ProzessVariable.alsJson(liste);
  }

  /** The body's table: a provider measure's row shows the provider and its figures (read-only in the form). */
  static TypedValue zeilen(JsonNode zeilen, Anteile anteile) {
    ArrayNode neu = JsonNodeFactory.instance.arrayNode();
    var teile = anteile.teilJeMassnahme();
    var traeger = anteile.traegerJeMassnahme();
    for (JsonNode z : Eingabewerte.eintraege(zeilen)) {
      ObjectNode zeile = ((ObjectNode) z.deepCopy());
      Teil t = teile.get(z.path("id").asText());
      if (t != null) {
        zeile.put("traeger", traeger.get(t.massnahmeId())).put("ausgaben", "").put("einnahmen", "")
            .put("ausgabenAnzeige", Geld.alsWaehrung(t.ausgabenCent())).put("einnahmenAnzeige", Geld.alsWaehrung(t.einnahmenCent()));
      }
      neu.add(zeile);
    }
    return ProzessVariable.alsJson(neu);
  }
}

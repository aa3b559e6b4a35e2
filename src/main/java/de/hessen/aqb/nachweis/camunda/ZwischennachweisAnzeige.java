package de.hessen.aqb.nachweis.camunda;

import static de.hessen.aqb.gemeinsam.Datumsanzeige.TT_MM_JJJJ;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import de.hessen.aqb.gemeinsam.Geld;
import de.hessen.aqb.nachweis.Vorjahresnachweise;
import de.hessen.aqb.nachweis.Zwischennachweise;
import de.hessen.aqb.plattform.ProzessVariable;
import java.util.List;
import org.camunda.bpm.engine.variable.value.TypedValue;

/** The display lists of the Zwischennachweis forms, built from the records (formatting only, no decisions). */
final class ZwischennachweisAnzeige {

  private ZwischennachweisAnzeige() {}

  /** One row per measure: planned and paid in the year; after a submission also the body's actual figure. */
  static TypedValue zahlen(List<Zwischennachweise.Position> positionen, boolean mitIst) {
    ArrayNode liste = JsonNodeFactory.instance.arrayNode();
    positionen.forEach(p -> {
      var z = liste.addObject().put("id", p.massnahmeId()).put("name", p.name()).put("geplant", Geld.alsWaehrung(p.geplantCent()))
          .put("ausgezahlt", Geld.alsWaehrung(p.ausgezahltCent()));
      if (mitIst) {
        z.put("ausgaben", Geld.alsWaehrung(p.ausgabenCent())).put("abweichung", Geld.alsWaehrung(p.ausgabenCent() - p.geplantCent()));
      }
    });
    return ProzessVariable.alsJson(liste);
  }

  static TypedValue nachforderungen(List<Zwischennachweise.Nachforderung> runden) {
    ArrayNode liste = JsonNodeFactory.instance.arrayNode();
    runden.forEach(n -> liste.addObject().put("runde", n.runde()).put("text", n.text()).put("von", n.von())
        .put("am", n.am().toLocalDate().format(TT_MM_JJJJ)));
    return ProzessVariable.alsJson(liste);
  }

  /** For the final Verwendungsnachweis: the accepted years per measure. */
  static TypedValue vorjahre(List<Vorjahresnachweise.Zeile> zeilen) {
    ArrayNode liste = JsonNodeFactory.instance.arrayNode();
    zeilen.forEach(z -> liste.addObject().put("jahr", z.jahr()).put("id", z.position().massnahmeId()).put("name", z.position().name())
        .put("geplant", Geld.alsWaehrung(z.position().geplantCent())).put("ausgaben", Geld.alsWaehrung(z.position().ausgabenCent()))
        .put("ausgezahlt", Geld.alsWaehrung(z.position().ausgezahltCent())));
    return ProzessVariable.alsJson(liste);
  }
}

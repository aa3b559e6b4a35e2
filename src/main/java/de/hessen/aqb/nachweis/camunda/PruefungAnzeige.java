package de.hessen.aqb.nachweis.camunda;

import static de.hessen.aqb.gemeinsam.Datumsanzeige.TT_MM_JJJJ;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import de.hessen.aqb.gemeinsam.Geld;
import de.hessen.aqb.nachweis.NachweisPruefungen;
import de.hessen.aqb.nachweis.domain.Anerkennung;
import de.hessen.aqb.plattform.ProzessVariable;
import java.util.List;
import org.camunda.bpm.engine.variable.value.TypedValue;

/** The display lists of the RP's forms, built from the records (formatting only, no decisions). */
final class PruefungAnzeige {

  private PruefungAnzeige() {}

  static TypedValue nachforderungen(List<NachweisPruefungen.Nachforderung> runden) {
    ArrayNode liste = JsonNodeFactory.instance.arrayNode();
    runden.forEach(n -> liste.addObject().put("runde", n.runde()).put("text", n.text()).put("frist", n.frist().format(TT_MM_JJJJ))
        .put("von", n.von()).put("am", n.am().toLocalDate().format(TT_MM_JJJJ)));
    return ProzessVariable.alsJson(liste);
  }

  /** The second clerk's table per measure: the figures the rule computes from the stored Fassung (and, after completion, the result). */
  static TypedValue anerkennung(List<Anerkennung.Zeile> zeilen) {
    ArrayNode liste = JsonNodeFactory.instance.arrayNode();
    zeilen.forEach(z -> liste.addObject().put("id", z.massnahmeId()).put("name", z.name()).put("bewilligt", Geld.alsWaehrung(z.bewilligtCent()))
        .put("ausgaben", Geld.alsWaehrung(z.ausgabenCent())).put("einnahmen", Geld.alsWaehrung(z.einnahmenCent()))
        .put("beanstandet", Geld.alsWaehrung(z.beanstandetCent())).put("anerkannt", Geld.alsWaehrung(z.anerkanntCent()))
        .put("anerkanntCent", z.anerkanntCent()).put("nichtAnerkannt", Geld.alsWaehrung(z.nichtAnerkanntCent()))
        .put("grund", z.grund() == null ? "" : z.grund()).put("ueberBewilligung", z.ausgabenCent() > z.bewilligtCent()));
    return ProzessVariable.alsJson(liste);
  }
}

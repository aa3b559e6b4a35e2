package de.hessen.aqb.nachweis.camunda;

import static de.hessen.aqb.gemeinsam.Datumsanzeige.TT_MM_JJJJ;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import de.hessen.aqb.gemeinsam.Geld;
import de.hessen.aqb.nachweis.NachweisPruefungen;
import de.hessen.aqb.nachweis.RechnerischePruefung;
import de.hessen.aqb.plattform.ProzessVariable;
import java.math.BigDecimal;
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

  /** The second clerk's table: everything claimed is proposed. */
  static TypedValue anerkennung(List<RechnerischePruefung.Zeile> zeilen) {
    ArrayNode liste = JsonNodeFactory.instance.arrayNode();
    zeilen.forEach(z -> liste.addObject().put("id", z.massnahmeId()).put("name", z.name()).put("bewilligt", Geld.alsWaehrung(z.bewilligtCent()))
        .put("ausgaben", Geld.alsWaehrung(z.ausgabenCent()))
        .put("anerkannt", new BigDecimal(z.ausgabenCent()).movePointLeft(2).toPlainString()).put("grund", "")
        .put("ueberBewilligung", z.ausgabenCent() > z.bewilligtCent()));
    return ProzessVariable.alsJson(liste);
  }
}

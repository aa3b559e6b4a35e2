package de.hessen.aqb.nachweis.camunda;

import static de.hessen.aqb.gemeinsam.Datumsanzeige.TT_MM_JJJJ;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import de.hessen.aqb.gemeinsam.Geld;
import de.hessen.aqb.nachweis.domain.Beleg;
import de.hessen.aqb.nachweis.domain.BewilligteMassnahme;
import de.hessen.aqb.nachweis.domain.NachweisPosition;
import de.hessen.aqb.nachweis.domain.ZahlenmaessigerNachweis.Angabe;
import de.hessen.aqb.plattform.ProzessVariable;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.value.TypedValue;

/** The display lists of the body's form and the submitted values as the services read them (formatting only, no decisions). */
final class NachweisAnzeige {

  private NachweisAnzeige() {}

  /** The body's table before anything is typed. */
  static TypedValue zeilen(List<BewilligteMassnahme> massnahmen) {
    ArrayNode zeilen = JsonNodeFactory.instance.arrayNode();
    massnahmen.forEach(m -> zeilen.addObject().put("id", m.id()).put("name", m.name()).put("bewilligt", Geld.alsWaehrung(m.bewilligtCent()))
        .put("ausgaben", "").put("einnahmen", ""));
    return ProzessVariable.alsJson(zeilen);
  }

  /** The stored positions, with what the body typed (kept for a Nachforderung round) and the Belegliste's sums. */
  static TypedValue zeilen(List<NachweisPosition> positionen, List<Angabe> getippt, Map<String, Long> belegt) {
    ArrayNode zeilen = JsonNodeFactory.instance.arrayNode();
    for (NachweisPosition p : positionen) {
      Angabe eingabe = getippt.stream().filter(a -> p.massnahmeId().equals(a.massnahmeId())).findFirst()
          .orElse(new Angabe(p.massnahmeId(), "", ""));
      zeilen.addObject().put("id", p.massnahmeId()).put("name", p.name()).put("bewilligt", Geld.alsWaehrung(p.bewilligtCent()))
          .put("ausgaben", eingabe.ausgaben()).put("einnahmen", eingabe.einnahmen())
          .put("ausgabenAnzeige", Geld.alsWaehrung(p.ausgabenCent())).put("einnahmenAnzeige", Geld.alsWaehrung(p.einnahmenCent()))
          .put("belegt", Geld.alsWaehrung(belegt.getOrDefault(p.massnahmeId(), 0L)))
          .put("ueberBewilligung", p.ausgabenCent() > p.bewilligtCent());
    }
    return ProzessVariable.alsJson(zeilen);
  }

  static TypedValue belege(List<Beleg> belege) {
    ArrayNode liste = JsonNodeFactory.instance.arrayNode();
    belege.forEach(b -> liste.addObject().put("zeile", b.zeile()).put("belegnummer", b.belegnummer() == null ? "" : b.belegnummer())
        .put("datum", b.datum().format(TT_MM_JJJJ))
        .put("zahlungsempfaenger", b.zahlungsempfaenger()).put("verwendungszweck", b.verwendungszweck())
        .put("betragCent", b.betragCent()).put("betrag", Geld.alsWaehrung(b.betragCent())).put("massnahme", b.massnahmeId()));
    return ProzessVariable.alsJson(liste);
  }
}

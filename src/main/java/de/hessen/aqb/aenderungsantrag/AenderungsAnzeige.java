package de.hessen.aqb.aenderungsantrag;

import static de.hessen.aqb.gemeinsam.Datumsanzeige.TT_MM_JJJJ;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import de.hessen.aqb.aenderungsantrag.Aenderungen.Vorgang;
import de.hessen.aqb.aenderungsantrag.domain.Aenderung;
import de.hessen.aqb.aenderungsantrag.domain.Einstufung;
import de.hessen.aqb.gemeinsam.Geld;
import de.hessen.aqb.referenz.Referenzdaten;
import org.springframework.stereotype.Service;

/** How the forms show a stored request and its decision (German currency and dates), and the providers to choose from. */
@Service
public class AenderungsAnzeige {

  /** The request for the RP's forms. */
  public record Uebersicht(ArrayNode posten, String einstufung, String zeitraum, String begruendung, String entscheidung,
      String freigabeBemerkung, String gestelltVon, String verfasser) {}

  private final Aenderungen aenderungen;
  private final Referenzdaten referenz;

  AenderungsAnzeige(Aenderungen aenderungen, Referenzdaten referenz) {
    this.aenderungen = aenderungen;
    this.referenz = referenz;
  }

  public Uebersicht uebersicht(String fall, int nummer) {
    Vorgang v = aenderungen.vorgang(fall, nummer);
    ArrayNode posten = JsonNodeFactory.instance.arrayNode();
    for (Aenderung.Posten p : v.aenderung().posten()) {
      Long entschieden = v.entschieden().get(p.id());
      posten.addObject().put("id", p.id()).put("name", p.name()).put("traeger", p.traegerName() == null ? "" : p.traegerName())
          .put("bisher", Geld.alsWaehrung(p.bisherCent())).put("beantragt", Geld.alsWaehrung(p.neuCent()))
          .put("entschieden", entschieden == null ? "" : Geld.alsWaehrung(entschieden))
          .put("hinweis", p.neu() ? "neue Maßnahme" : p.entfaellt() ? "entfällt" : p.traegerGeaendert() ? "Trägerwechsel" : "");
    }
    Aenderung a = v.aenderung();
    String zeitraum = a.verlaengert() ? "Verlängerung bis " + TT_MM_JJJJ.format(a.neuesEnde()) + " (bisher bis "
        + TT_MM_JJJJ.format(a.bisherigesEnde()) + ")" : "unverändert bis " + TT_MM_JJJJ.format(a.bisherigesEnde());
    String einstufung = v.art() == Einstufung.ANZEIGE ? "Änderungsanzeige (innerhalb der zulässigen Abweichung)"
        : "Änderungsantrag (Entscheidung durch Änderungsbescheid)";
    String entscheidung = v.entscheidung() == null ? "" : v.entscheidung().text()
        + (v.entscheidungBegruendung() == null ? "" : ": " + v.entscheidungBegruendung());
    return new Uebersicht(posten, einstufung + "; Summe " + Geld.alsWaehrung(a.summeBisherCent()) + " → "
        + Geld.alsWaehrung(a.summeNeuCent()), zeitraum, a.begruendung(), entscheidung,
        v.freigabeBemerkung() == null ? "" : v.freigabeBemerkung(), v.gestelltVon(), v.verfasser() == null ? "" : v.verfasser());
  }

  /** The providers a measure may be given to: {id, name}. */
  public ArrayNode traeger() {
    ArrayNode liste = JsonNodeFactory.instance.arrayNode();
    referenz.traeger().forEach(t -> liste.addObject().put("id", t.id()).put("name", t.name()));
    return liste;
  }
}

package de.hessen.aqb.antrag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.hessen.aqb.antrag.domain.Antrag;
import de.hessen.aqb.antrag.domain.AntragRegeln;
import de.hessen.aqb.antrag.domain.BescheidDaten;
import de.hessen.aqb.antrag.domain.BescheidDaten.Bescheidart;
import de.hessen.aqb.antrag.domain.BescheidRegeln;
import de.hessen.aqb.antrag.domain.Massnahme;
import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.foerderbudget.Foerderbudget;
import de.hessen.aqb.gemeinsam.Fehlerliste;
import de.hessen.aqb.gemeinsam.Geld;
import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Bescheid entwerfen": the RP drafter's input (decision, granted amounts per measure and Haushaltsjahr, period,
 * deadlines, reasons) checked against the stored Antrag and the agreement's budget, and stored with the drafter
 * (the logged-in user) and the time. Requested amounts, names and providers come from the stored Antrag only.
 */
@Service
public class BescheidEntwurf {

  /** The drafter's input as the form sends it (amounts in euros as typed, one line per measure: id, bewilligt, hj1..hj4). */
  public record Eingabe(String entscheidungsart, JsonNode bewilligungen, String begruendung, String aktenzeichen,
      LocalDate bewilligungVon, LocalDate bewilligungBis, LocalDate verwendungsnachweisFrist, String zwischennachweisFrist,
      String mittelabrufRegel, String nebenbestimmungen) {}

  /** The stored draft as the release form shows it. */
  public record Gespeichert(String art, String summeAnzeige, ArrayNode bewilligungen) {}

  private final AntragAblage antraege;
  private final BescheidEntwurfAblage entwuerfe;
  private final Vereinbarung vereinbarung;
  private final Foerderbudget budget;
  private final Bescheidgrundlage grundlage;
  private final AntragErfassung erfassung;
  private final Clock uhr;

  BescheidEntwurf(AntragAblage antraege, BescheidEntwurfAblage entwuerfe, Vereinbarung vereinbarung, Foerderbudget budget,
      Bescheidgrundlage grundlage, AntragErfassung erfassung, Clock uhr) {
    this.antraege = antraege;
    this.entwuerfe = entwuerfe;
    this.vereinbarung = vereinbarung;
    this.budget = budget;
    this.grundlage = grundlage;
    this.erfassung = erfassung;
    this.uhr = uhr;
  }

  /** Whether a draft exists already (returned by the second clerk: the form keeps its values). */
  public boolean vorhanden(Fallkopf fall) {
    return entwuerfe.entwurf(fall.nummer()).isPresent();
  }

  Antrag antrag(Fallkopf fall) {
    return AntragRegeln.lies(MassnahmenJson.eingaben(antraege.massnahmen(fall.nummer())), fall.jahr(), erfassung::traegerName,
        new Fehlerliste());
  }

  @Transactional
  public Gespeichert speichere(Fallkopf fall, Eingabe e, String verfasser) {
    Bescheidart art = art(e.entscheidungsart());
    Map<String, JsonNode> zeilen = new LinkedHashMap<>();
    if (e.bewilligungen() != null) {
      e.bewilligungen().forEach(z -> zeilen.put(z.path("id").asText(), z));
    }
    Antrag antrag = antrag(fall);
    ArrayNode anzeige = JsonNodeFactory.instance.arrayNode();
    List<BescheidDaten.Position> positionen = new java.util.ArrayList<>();
    for (Massnahme m : antrag.aktive()) {
      JsonNode z = zeilen.remove(m.id());
      long beantragt = m.foerderungCent() == null ? 0 : m.foerderungCent();
      ObjectNode zeile = anzeige.addObject().put("id", m.id()).put("name", m.name()).put("beantragtCent", beantragt)
          .put("beantragt", Geld.alsWaehrung(beantragt));
      Map<Integer, Long> jeJahr = new LinkedHashMap<>();
      for (int j = 1; j <= AntragRegeln.PLANUNGSJAHRE; j++) {
        String text = z == null ? null : MassnahmenJson.text(z, "hj" + j);
        zeile.put("hj" + j, text == null ? "" : text);
        Long cent = Geld.centNichtNegativ(text, m.name() + ", Haushaltsjahr " + (fall.jahr() + j - 1));
        if (cent != null) {
          zeile.put("hj" + j, Geld.alsEingabe(cent));
        }
        if (cent != null && cent > 0) {
          jeJahr.put(fall.jahr() + j - 1, cent);
        }
      }
      String bewilligtText = z == null ? null : MassnahmenJson.text(z, "bewilligt");
      Long bewilligt = Geld.centNichtNegativ(bewilligtText, m.name() + ", bewilligt");
      zeile.put("bewilligt", bewilligt == null ? "" : Geld.alsEingabe(bewilligt));
      zeile.put("bewilligtAnzeige", bewilligt == null ? "" : Geld.alsWaehrung(bewilligt));
      positionen.add(new BescheidDaten.Position(m.id(), m.name(), m.art() == null ? "" : m.art().bezeichnung(),
          m.traegerName() == null ? "" : m.traegerName(), beantragt, bewilligt == null ? 0 : bewilligt, jeJahr));
    }
    if (!zeilen.isEmpty()) {
      throw new UngueltigeEingabe("Die Maßnahme „" + zeilen.keySet().iterator().next() + "“ gehört nicht zum Antrag.");
    }
    if (art == Bescheidart.ABLEHNUNG) {
      positionen = BescheidRegeln.abgelehnt(positionen);
    }
    List<String> begruendung = e.begruendung() == null ? List.of()
        : Arrays.stream(e.begruendung().split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    var entwurf = new BescheidEntwurfAblage.Entwurf(e.aktenzeichen(), art, positionen, e.bewilligungVon(),
        e.bewilligungBis(), e.verwendungsnachweisFrist(), e.zwischennachweisFrist(), e.mittelabrufRegel(),
        e.nebenbestimmungen(), begruendung, verfasser, uhr.instant(), null, null);
    BescheidDaten daten = grundlage.daten(fall, entwurf, LocalDate.now(uhr), null);
    Fehlerliste fehler = new Fehlerliste();
    fehler.wenn(e.aktenzeichen() != null && budget.bescheid(e.aktenzeichen()).isPresent(),
        "Das Aktenzeichen „" + e.aktenzeichen() + "“ ist bereits vergeben.");
    BescheidRegeln.pruefe(daten, vereinbarung.budgetCent(fall.nummer()), fehler);
    fehler.pruefe();
    entwuerfe.speichere(fall.nummer(), entwurf);
    return new Gespeichert(art.name(), Geld.alsWaehrung(daten.summeBewilligtCent()), anzeige);
  }

  static Bescheidart art(String entscheidungsart) {
    return switch (entscheidungsart == null ? "" : entscheidungsart) {
      case "voll" -> Bescheidart.VOLLBEWILLIGUNG;
      case "teil" -> Bescheidart.TEILBEWILLIGUNG;
      case "ablehnung" -> Bescheidart.ABLEHNUNG;
      default -> throw new UngueltigeEingabe("Bitte die Entscheidung wählen: Vollbewilligung, Teilbewilligung oder Ablehnung.");
    };
  }
}

package de.hessen.aqb.durchfuehrung;

import static de.hessen.aqb.gemeinsam.Datumsanzeige.TT_MM_JJJJ;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.hessen.aqb.durchfuehrung.domain.Mittelstand;
import de.hessen.aqb.foerderbudget.Foerderbudget;
import de.hessen.aqb.foerderbudget.Mittelabrufe;
import de.hessen.aqb.gemeinsam.Geld;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Where the money of a case stands, from the ledgers, per measure and in total, and how every task of the
 * Durchführung shows it: granted (with the history of Bescheide), requested and undecided, paid, remaining — German
 * currency throughout.
 */
@Service
public class Mittelanzeige {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  /** The figures of the forms (formatted) and their tables as JSON. */
  public record Anzeige(String bewilligt, String ausgezahlt, String offen, String verfuegbar, long verfuegbarCent,
      long nochNichtAusgezahltCent, JsonNode massnahmen, JsonNode bescheide, JsonNode abrufe) {}

  private final Foerderbudget budget;
  private final Mittelabrufe mittelabrufe;

  Mittelanzeige(Foerderbudget budget, Mittelabrufe mittelabrufe) {
    this.budget = budget;
    this.mittelabrufe = mittelabrufe;
  }

  /** The figures now: the measures granted by the Bescheide in force, with their payments and open requests. */
  public Mittelstand stand(String foerderfallNummer) {
    Map<String, Long> ausgezahlt = mittelabrufe.ausgezahltJeMassnahme(foerderfallNummer);
    Map<String, Long> offen = mittelabrufe.offenJeMassnahme(foerderfallNummer);
    List<Mittelstand.Massnahme> massnahmen = budget.bewilligtJeMassnahme(foerderfallNummer).stream()
        .map(m -> new Mittelstand.Massnahme(m.massnahmeId(), m.massnahmeName(), m.betragCent(),
            ausgezahlt.getOrDefault(m.massnahmeId(), 0L), offen.getOrDefault(m.massnahmeId(), 0L)))
        .toList();
    return new Mittelstand(massnahmen, budget.summeBewilligtCent(foerderfallNummer),
        mittelabrufe.summeAusgezahltCent(foerderfallNummer), mittelabrufe.summeOffenCent(foerderfallNummer));
  }

  public Anzeige anzeige(String foerderfallNummer) {
    Mittelstand stand = stand(foerderfallNummer);
    ArrayNode massnahmen = JsonNodeFactory.instance.arrayNode();
    for (Mittelstand.Massnahme m : stand.massnahmen()) {
      massnahmen.addObject().put("id", m.id()).put("name", m.name()).put("bewilligt", Geld.alsWaehrung(m.bewilligtCent()))
          .put("offen", Geld.alsWaehrung(m.offenCent())).put("ausgezahlt", Geld.alsWaehrung(m.ausgezahltCent()))
          .put("verfuegbar", Geld.alsWaehrung(m.verfuegbarCent()));
    }
    ArrayNode bescheide = JsonNodeFactory.instance.arrayNode();
    for (Foerderbudget.Bescheideintrag b : budget.bescheide(foerderfallNummer)) {
      bescheide.addObject().put("aktenzeichen", b.aktenzeichen()).put("art", bescheidart(b.art()))
          .put("datum", b.bescheidDatum() == null ? "" : TT_MM_JJJJ.format(b.bescheidDatum()))
          .put("bewilligt", Geld.alsWaehrung(b.summeBewilligtCent()));
    }
    return new Anzeige(Geld.alsWaehrung(stand.bewilligtCent()), Geld.alsWaehrung(stand.ausgezahltCent()),
        Geld.alsWaehrung(stand.offenCent()), Geld.alsWaehrung(stand.verfuegbarCent()), stand.verfuegbarCent(),
        stand.nochNichtAusgezahltCent(), massnahmen, bescheide, abrufe(foerderfallNummer));
  }

  private ArrayNode abrufe(String foerderfallNummer) {
    ArrayNode liste = JsonNodeFactory.instance.arrayNode();
    for (Mittelabrufe.Mittelabruf a : mittelabrufe.alle(foerderfallNummer)) {
      ObjectNode z = liste.addObject();
      z.put("nummer", a.nummer());
      z.put("datum", TT_MM_JJJJ.format(a.angefordertAm().atZone(BERLIN)));
      z.put("angefordert", Geld.alsWaehrung(a.angefordertCent()));
      z.put("benoetigtBis", TT_MM_JJJJ.format(a.bedarfBis()));
      z.put("ausgezahlt", a.status() == Mittelabrufe.Status.OFFEN ? "" : Geld.alsWaehrung(a.ausgezahltCent()));
      z.put("status", status(a.status()));
    }
    return liste;
  }

  /** German name of a Bescheid's kind as the ledger stores it (VOLLBEWILLIGUNG, ÄNDERUNGSBESCHEID …). */
  static String bescheidart(String art) {
    return switch (art == null ? "" : art) {
      case "VOLLBEWILLIGUNG" -> "Bescheid (Vollbewilligung)";
      case "TEILBEWILLIGUNG" -> "Bescheid (Teilbewilligung)";
      case "ABLEHNUNG" -> "Ablehnungsbescheid";
      case "AENDERUNGSBESCHEID", "ÄNDERUNGSBESCHEID" -> "Änderungsbescheid";
      case "AENDERUNGSANZEIGE", "ÄNDERUNGSANZEIGE" -> "Änderungsanzeige (zur Kenntnis genommen)";
      default -> art;
    };
  }

  static String status(Mittelabrufe.Status status) {
    return switch (status) {
      case OFFEN -> "in Prüfung";
      case AUSGEZAHLT -> "ausgezahlt";
      case GEKUERZT -> "gekürzt ausgezahlt";
      case ABGELEHNT -> "abgelehnt";
    };
  }
}

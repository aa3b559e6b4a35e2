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
import org.springframework.stereotype.Service;

/** Where the money of a case stands, from the ledgers, and how the forms show it (amounts and statuses in German). */
@Service
public class Mittelanzeige {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  /** The figures of the forms: granted, paid, still available (formatted), and the table of earlier requests. */
  public record Anzeige(String bewilligt, String ausgezahlt, String verfuegbar, long verfuegbarCent, JsonNode abrufe) {}

  private final Foerderbudget budget;
  private final Mittelabrufe mittelabrufe;

  Mittelanzeige(Foerderbudget budget, Mittelabrufe mittelabrufe) {
    this.budget = budget;
    this.mittelabrufe = mittelabrufe;
  }

  public Mittelstand stand(String foerderfallNummer) {
    return new Mittelstand(budget.summeBewilligtCent(foerderfallNummer), mittelabrufe.summeAusgezahltCent(foerderfallNummer),
        mittelabrufe.summeOffenCent(foerderfallNummer));
  }

  public Anzeige anzeige(String foerderfallNummer) {
    Mittelstand stand = stand(foerderfallNummer);
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
    return new Anzeige(Geld.alsWaehrung(stand.bewilligtCent()), Geld.alsWaehrung(stand.ausgezahltCent()),
        Geld.alsWaehrung(stand.verfuegbarCent()), stand.verfuegbarCent(), liste);
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

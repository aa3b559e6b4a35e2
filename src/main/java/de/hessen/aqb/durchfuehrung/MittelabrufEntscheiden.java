package de.hessen.aqb.durchfuehrung;

import de.hessen.aqb.durchfuehrung.domain.Entscheidung;
import de.hessen.aqb.durchfuehrung.domain.MittelabrufRegeln;
import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.foerderbudget.Foerderbudget;
import de.hessen.aqb.foerderbudget.Mittelabrufe;
import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use case "Mittelabruf entscheiden": the RP decides on a filed request — the amounts requested come from the ledger,
 * the decider is the authenticated user — and the decision is booked at once, under the case's lock, against the
 * amounts granted at that moment (an Änderungsbescheid issued meanwhile counts).
 */
@Service
public class MittelabrufEntscheiden {

  private final Mittelabrufe mittelabrufe;
  private final Foerderbudget budget;

  MittelabrufEntscheiden(Mittelabrufe mittelabrufe, Foerderbudget budget) {
    this.mittelabrufe = mittelabrufe;
    this.budget = budget;
  }

  /** The measures of request {@code nummer} with their names, as the RP decides on them. */
  public List<MittelabrufRegeln.Anforderung> anforderungen(String foerderfallNummer, int nummer) {
    Map<String, String> namen = new java.util.HashMap<>();
    budget.bewilligungen(foerderfallNummer).forEach(b -> namen.put(b.massnahmeId(), b.massnahmeName()));
    return mittelabrufe.posten(foerderfallNummer, nummer).stream()
        .map(p -> new MittelabrufRegeln.Anforderung(p.massnahmeId(), namen.getOrDefault(p.massnahmeId(), p.massnahmeId()),
            p.angefordertCent()))
        .toList();
  }

  /**
   * Checks and books the decision.
   *
   * @param art the form's choice (auszahlen, kuerzen, ablehnen)
   * @param auszahlungen the reduced amounts per measure as typed (only for kuerzen)
   * @param von the authenticated user
   */
  @Transactional
  public Entscheidung entscheide(Fallkopf fall, int nummer, String art, Map<String, String> auszahlungen,
      String begruendung, String von) {
    mittelabrufe.sperre(fall.nummer());
    Mittelabrufe.Mittelabruf abruf = mittelabrufe.abruf(fall.nummer(), nummer)
        .orElseThrow(() -> new IllegalStateException("Mittelabruf " + nummer + " des Förderfalls " + fall.nummer() + " fehlt."));
    if (abruf.status() != Mittelabrufe.Status.OFFEN) {
      throw new UngueltigeEingabe("Über den Mittelabruf Nr. " + nummer + " ist bereits entschieden.");
    }
    Entscheidung entscheidung = MittelabrufRegeln.pruefeEntscheidung(art, auszahlungen, begruendung,
        anforderungen(fall.nummer(), nummer));
    mittelabrufe.entscheide(fall.nummer(), nummer, status(entscheidung.art()), entscheidung.auszahlungCent(), von,
        entscheidung.begruendung());
    return entscheidung;
  }

  static Mittelabrufe.Status status(Entscheidung.Art art) {
    return switch (art) {
      case AUSZAHLEN -> Mittelabrufe.Status.AUSGEZAHLT;
      case KUERZEN -> Mittelabrufe.Status.GEKUERZT;
      case ABLEHNEN -> Mittelabrufe.Status.ABGELEHNT;
    };
  }
}

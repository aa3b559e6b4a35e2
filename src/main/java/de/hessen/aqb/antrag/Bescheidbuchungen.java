package de.hessen.aqb.antrag;

import de.hessen.aqb.antrag.domain.BescheidDaten;
import de.hessen.aqb.foerderbudget.Foerderbudget.Bescheidbuchung;

/** Maps the Antrag stage's Bescheid onto what the ledger records of it. */
public final class Bescheidbuchungen {

  private Bescheidbuchungen() {}

  public static Bescheidbuchung aus(BescheidDaten b) {
    return new Bescheidbuchung(b.aktenzeichen(), b.art().name(), b.bescheidDatum(), b.bewilligungVon(), b.bewilligungBis(),
        b.verwendungsnachweisFrist(), b.zwischennachweisFrist(), b.mittelabrufRegel(), b.nebenbestimmungen(),
        b.summeBeantragtCent(), b.summeBewilligtCent(), b.positionen().stream()
            .map(p -> new Bescheidbuchung.Posten(p.massnahmeId(), p.name(), p.bewilligtJeHaushaltsjahrCent())).toList());
  }
}

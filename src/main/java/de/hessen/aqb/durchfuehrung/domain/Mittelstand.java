package de.hessen.aqb.durchfuehrung.domain;

import java.util.List;
import java.util.Optional;

/**
 * Where the money of a case stands, per measure and in total: granted (the ledger, i.e. the Bescheide in force), paid
 * so far, requested and not yet decided. Measures a Bescheid dropped are not listed.
 */
public record Mittelstand(List<Massnahme> massnahmen, long bewilligtCent, long ausgezahltCent, long offenCent) {

  /** One granted measure. */
  public record Massnahme(String id, String name, long bewilligtCent, long ausgezahltCent, long offenCent) {

    /** What may still be requested for the measure: granted − paid − open requests, never negative. */
    public long verfuegbarCent() {
      return Math.max(0, bewilligtCent - ausgezahltCent - offenCent);
    }
  }

  /** What may still be requested: granted − paid − open requests, never negative. */
  public long verfuegbarCent() {
    return Math.max(0, bewilligtCent - ausgezahltCent - offenCent);
  }

  /** Granted and not yet paid (open requests included): 0 means everything granted has been paid. */
  public long nochNichtAusgezahltCent() {
    return Math.max(0, bewilligtCent - ausgezahltCent);
  }

  public Optional<Massnahme> massnahme(String id) {
    return massnahmen.stream().filter(m -> m.id().equals(id)).findFirst();
  }
}

package de.hessen.aqb.durchfuehrung.domain;

/** Where the money of a case stands: granted (ledger), paid so far, requested and not yet decided. */
public record Mittelstand(long bewilligtCent, long ausgezahltCent, long offenCent) {

  /** What may still be requested: granted − paid − open requests, never negative. */
  public long verfuegbarCent() {
    return Math.max(0, bewilligtCent - ausgezahltCent - offenCent);
  }
}

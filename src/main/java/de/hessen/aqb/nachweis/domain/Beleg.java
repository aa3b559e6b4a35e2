package de.hessen.aqb.nachweis.domain;

import java.time.LocalDate;

/**
 * One payment of the Belegliste; {@code zeile} is the row in the uploaded file (header = row 1), {@code belegnummer} the
 * body's receipt number (null in lists written with the earlier template, which had no such column).
 */
public record Beleg(int zeile, LocalDate datum, String zahlungsempfaenger, String verwendungszweck, long betragCent,
    String massnahmeId, String belegnummer) {

  /** A payment without receipt number (the earlier template's five columns). */
  public Beleg(int zeile, LocalDate datum, String zahlungsempfaenger, String verwendungszweck, long betragCent, String massnahmeId) {
    this(zeile, datum, zahlungsempfaenger, verwendungszweck, betragCent, massnahmeId, null);
  }
}

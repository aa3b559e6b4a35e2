package de.hessen.aqb.nachweis.domain;

import java.time.LocalDate;

/** One payment of the Belegliste; {@code zeile} is the row in the uploaded file (header = row 1). */
public record Beleg(int zeile, LocalDate datum, String zahlungsempfaenger, String verwendungszweck, long betragCent,
    String massnahmeId) {}

package de.hessen.aqb.nachweis.domain;

/**
 * One line of the zahlenmäßiger Nachweis: a granted measure with what the body reports as actually spent (Ausgaben,
 * Ist) and as income or own funds used (Einnahmen/Eigenmittel, Ist). Amounts in euro cents.
 */
public record NachweisPosition(String massnahmeId, String name, long bewilligtCent, long ausgabenCent, long einnahmenCent) {}

package de.hessen.aqb.antrag.domain;

/** One line of the Detailplanung: the AQB money a measure needs in one Haushaltsjahr (euro cents). */
public record Detailplanung(String massnahmeId, int haushaltsjahr, long betragCent) {}

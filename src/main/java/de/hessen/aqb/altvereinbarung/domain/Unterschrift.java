package de.hessen.aqb.altvereinbarung.domain;

import java.time.LocalDate;

/** One signature block as read: title, name, place and date; null where not legible. */
public record Unterschrift(String titel, String name, String ort, LocalDate datum) {}

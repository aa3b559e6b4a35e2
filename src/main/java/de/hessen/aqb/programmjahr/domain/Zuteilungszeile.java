package de.hessen.aqb.programmjahr.domain;

/**
 * One line of an allocation as the clerk wrote it (form text, CSV or XLSX row): the body by AGS, Kreisschlüssel or
 * name, the amount and the earmarked part of it, both as typed. {@code zeile} is the line number shown in messages.
 */
public record Zuteilungszeile(int zeile, String koerperschaft, String betrag, String zweckgebunden) {}

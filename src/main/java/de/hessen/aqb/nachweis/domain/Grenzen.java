package de.hessen.aqb.nachweis.domain;

/**
 * Limits of an uploaded Belegliste: its size in bytes and its number of rows (both stated in the form and in
 * application.yml, {@code aqb.nachweis.belegliste-hoechstgroesse} and {@code belegliste-hoechstzeilen}).
 */
public record Grenzen(long hoechstBytes, int hoechstZeilen) {

  /** 5 MB and 20.000 rows: a year's Belegliste of a large body has some thousand rows (ADR 9a). */
  public static final Grenzen STANDARD = new Grenzen(5L * 1024 * 1024, 20_000);

  public Grenzen {
    if (hoechstBytes <= 0 || hoechstZeilen <= 0) {
      throw new IllegalArgumentException("Grenzen der Belegliste müssen positiv sein: " + hoechstBytes + " Bytes, " + hoechstZeilen + " Zeilen");
    }
  }
}

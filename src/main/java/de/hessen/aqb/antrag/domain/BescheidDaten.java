package de.hessen.aqb.antrag.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything the Zuwendungsbescheid (or Ablehnungsbescheid) prints. Amounts in euro cents.
 *
 * @param aktenzeichen            the RP's file number, e.g. "57 AQB 2025-06414"
 * @param empfaengerBezeichnung   e.g. "Landeshauptstadt Wiesbaden"
 * @param empfaengerDativ         e.g. "der Landeshauptstadt Wiesbaden" ("… wird … bewilligt")
 * @param positionen              one line per measure (dropped measures are not listed)
 * @param mittelabrufRegel        e.g. "Die Mittel dürfen nur angefordert werden, soweit sie voraussichtlich innerhalb von zwei Monaten nach der Auszahlung benötigt werden."
 * @param zwischennachweisFrist   e.g. "jeweils bis zum 30. April des Folgejahres" (multi-year grants), may be null
 * @param verwendungsnachweisFrist due date of the final Verwendungsnachweis
 * @param nebenbestimmungen       reference to the Nebenbestimmungen, e.g. "ANBest-GK"
 * @param begruendung             reasons for a partial grant or refusal; empty for a full grant
 */
public record BescheidDaten(
    String aktenzeichen,
    LocalDate bescheidDatum,
    Bescheidart art,
    String empfaengerBezeichnung,
    String empfaengerDativ,
    int programmjahr,
    LocalDate antragDatum,
    List<Position> positionen,
    LocalDate bewilligungVon,
    LocalDate bewilligungBis,
    String mittelabrufRegel,
    String zwischennachweisFrist,
    LocalDate verwendungsnachweisFrist,
    String nebenbestimmungen,
    List<String> begruendung,
    String verfasser,
    String freigabe) {

  /** Kind of decision. */
  public enum Bescheidart { VOLLBEWILLIGUNG, TEILBEWILLIGUNG, ABLEHNUNG }

  /** One measure in the Bescheid: requested and granted, granted split by Haushaltsjahr. */
  public record Position(String massnahmeId, String name, String massnahmenart, String traeger, long beantragtCent,
      long bewilligtCent, Map<Integer, Long> bewilligtJeHaushaltsjahrCent) {}

  public long summeBeantragtCent() {
    return positionen.stream().mapToLong(Position::beantragtCent).sum();
  }

  public long summeBewilligtCent() {
    return positionen.stream().mapToLong(Position::bewilligtCent).sum();
  }
}

package de.hessen.aqb.umsetzungsbesprechung.domain;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;

/**
 * When the next autumn Umsetzungsbesprechung of a case falls due (§ 6 of the Zielvereinbarung: "im Herbst"): the
 * configured day of the year (e.g. 15 September) of the first year whose date lies after today, not after the end of
 * the Bewilligungszeitraum, and for which no meeting of the case exists yet.
 */
public final class Herbsttermin {

  private Herbsttermin() {}

  /** Reads the configured day "MM-dd" (e.g. "09-15"). */
  public static MonthDay tag(String monatTag) {
    try {
      return MonthDay.parse("--" + monatTag.strip());
    } catch (DateTimeParseException | NullPointerException e) {
      throw new IllegalArgumentException("aqb.umsetzungsbesprechung.termin muss die Form MM-TT haben (z. B. 09-15): " + monatTag, e);
    }
  }

  /**
   * @param tag             the configured day of the year
   * @param heute           today (the application's clock)
   * @param bewilligungBis  the end of the Bewilligungszeitraum of the Bescheid in force; null: no Bescheid, no meeting
   * @param vorhandeneJahre years for which the case already has a meeting
   * @return the next date, or empty when none is left before the period ends
   */
  public static Optional<LocalDate> naechster(MonthDay tag, LocalDate heute, LocalDate bewilligungBis, Set<Integer> vorhandeneJahre) {
    if (bewilligungBis == null) {
      return Optional.empty();
    }
    for (int jahr = heute.getYear(); jahr <= bewilligungBis.getYear(); jahr++) {
      LocalDate datum = tag.atYear(jahr);
      if (datum.isAfter(heute) && !datum.isAfter(bewilligungBis) && !vorhandeneJahre.contains(jahr)) {
        return Optional.of(datum);
      }
    }
    return Optional.empty();
  }
}

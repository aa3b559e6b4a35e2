package de.hessen.aqb.umsetzungsbesprechung;

import de.hessen.aqb.foerderbudget.Foerderbudget;
import de.hessen.aqb.umsetzungsbesprechung.domain.Herbsttermin;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When the next autumn meeting of a case falls due (from the Bescheid in force and the meetings already set), and the
 * record that one was set for a year — so that a retried job never sets a second one.
 */
@Service
public class UmsetzungsbesprechungPlanung {

  private final Foerderbudget budget;
  private final Umsetzungsbesprechungen besprechungen;
  private final UmsetzungsbesprechungEigenschaften eigenschaften;
  private final Clock uhr;

  UmsetzungsbesprechungPlanung(Foerderbudget budget, Umsetzungsbesprechungen besprechungen,
      UmsetzungsbesprechungEigenschaften eigenschaften, Clock uhr) {
    this.budget = budget;
    this.besprechungen = besprechungen;
    this.eigenschaften = eigenschaften;
    this.uhr = uhr;
  }

  /** The start of the day the next meeting falls due, or empty when no autumn date is left in the Bewilligungszeitraum. */
  @Transactional(readOnly = true)
  public Optional<LocalDateTime> naechsterTermin(String nummer) {
    LocalDate bis = budget.erlassenerBescheid(nummer).map(Foerderbudget.ErlassenerBescheid::bewilligungBis).orElse(null);
    return Herbsttermin.naechster(eigenschaften.tag(), LocalDate.now(uhr), bis, besprechungen.jahre(nummer))
        .map(LocalDate::atStartOfDay);
  }

  /** The year of the meeting to set: that of the planned date (ISO date-time) or, without one, this year. */
  public int jahr(String faellig) {
    return faellig == null || faellig.isBlank() ? LocalDate.now(uhr).getYear() : LocalDateTime.parse(faellig).getYear();
  }

  public boolean istAngesetzt(String nummer, int jahr) {
    return besprechungen.besprechung(nummer, jahr).isPresent();
  }

  /** Records the meeting of the year and the process instance that runs it (unique per case and year). */
  @Transactional
  public void vermerke(String nummer, int jahr, String prozessInstanz) {
    besprechungen.legeAn(nummer, jahr, prozessInstanz, uhr.instant());
  }
}

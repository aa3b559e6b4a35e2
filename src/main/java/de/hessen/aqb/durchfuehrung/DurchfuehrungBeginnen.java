package de.hessen.aqb.durchfuehrung;

import de.hessen.aqb.durchfuehrung.domain.MittelabrufRegeln;
import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.foerderbudget.Foerderbudget;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use case "Durchführung beginnen": fixes the request period from the Bescheid in force (end of the
 * Bewilligungszeitraum plus the configured run-out, never before the run-out after today) and stores it; moves it when
 * an Änderungsbescheid extends the Bewilligungszeitraum.
 */
@Service
public class DurchfuehrungBeginnen {

  /** The case's request period and the Bescheid it comes from. */
  public record Beginn(String bescheidAktenzeichen, LocalDate letzterAbruftag) {

    /** The moment the request period ends (start of the day after the last day), for the timer and the due date. */
    public LocalDateTime schluss() {
      return letzterAbruftag.plusDays(1).atStartOfDay();
    }
  }

  private final Foerderbudget budget;
  private final Abrufzeitraeume zeitraeume;
  private final DurchfuehrungEigenschaften eigenschaften;
  private final Clock uhr;

  DurchfuehrungBeginnen(Foerderbudget budget, Abrufzeitraeume zeitraeume, DurchfuehrungEigenschaften eigenschaften, Clock uhr) {
    this.budget = budget;
    this.zeitraeume = zeitraeume;
    this.eigenschaften = eigenschaften;
    this.uhr = uhr;
  }

  @Transactional
  public Beginn beginne(Fallkopf fall) {
    Foerderbudget.ErlassenerBescheid bescheid = bescheid(fall);
    zeitraeume.lege(fall.nummer(), bescheid.aktenzeichen(), letzterTag(bescheid), uhr.instant());
    return new Beginn(bescheid.aktenzeichen(), zeitraeume.letzterAbruftag(fall.nummer()).orElseThrow());
  }

  /** Reads the request period again from the Bescheid in force (after an Änderungsbescheid); it only ever grows. */
  @Transactional
  public Beginn bestimmeNeu(Fallkopf fall) {
    Foerderbudget.ErlassenerBescheid bescheid = bescheid(fall);
    zeitraeume.verlaengere(fall.nummer(), bescheid.aktenzeichen(), letzterTag(bescheid));
    return new Beginn(bescheid.aktenzeichen(), zeitraeume.letzterAbruftag(fall.nummer()).orElseThrow());
  }

  private Foerderbudget.ErlassenerBescheid bescheid(Fallkopf fall) {
    Foerderbudget.ErlassenerBescheid bescheid = budget.erlassenerBescheid(fall.nummer())
        .orElseThrow(() -> new IllegalStateException("Der Förderfall " + fall.nummer() + " hat keinen erlassenen Bescheid."));
    if (bescheid.bewilligungBis() == null) {
      throw new IllegalStateException("Der Bescheid " + bescheid.aktenzeichen() + " hat kein Ende des Bewilligungszeitraums.");
    }
    return bescheid;
  }

  private LocalDate letzterTag(Foerderbudget.ErlassenerBescheid bescheid) {
    return MittelabrufRegeln.letzterAbruftag(bescheid.bewilligungBis(), LocalDate.now(uhr), eigenschaften.abrufNachlauf());
  }
}

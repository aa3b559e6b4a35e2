package de.hessen.aqb.nachweis.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Interest on a Rückforderung per § 49a Abs. 3 HVwVfG: {@code aufschlag} percentage points above the Basiszinssatz
 * per year. Computed piecewise for every Basiszinssatz period the interest period touches, day-exact (every calendar
 * day from {@code von} to {@code bis}, both included, at 1/365 of the yearly rate, also in leap years), each part
 * rounded to cents half-up; the total is the sum of the rounded parts, so the printed table adds up.
 * A configured rate applies until the next configured change, the last one only until the end of its half-year (the
 * Bundesbank publishes the Basiszinssatz for every 1 January and 1 July). Days after that are computed with the last
 * rate but marked: {@link Ergebnis#warnung()} names the period, so no old rate is ever used silently.
 */
public final class Zinsberechnung {

  static final BigDecimal TAGE_JE_JAHR = BigDecimal.valueOf(365);

  /** One part of the interest period with one rate. */
  public record Abschnitt(LocalDate von, LocalDate bis, long tage, BigDecimal basiszinssatz, BigDecimal zinssatz, long zinsenCent,
      boolean satzHinterlegt) {}

  /** The interest on {@code hauptforderungCent} from {@code von} to {@code bis}. */
  public record Ergebnis(long hauptforderungCent, LocalDate von, LocalDate bis, List<Abschnitt> abschnitte) {

    public long zinsenCent() {
      return abschnitte.stream().mapToLong(Abschnitt::zinsenCent).sum();
    }

    public long tage() {
      return abschnitte.stream().mapToLong(Abschnitt::tage).sum();
    }

    /** Empty when every day had a published rate; otherwise a German warning naming the uncovered period. */
    public java.util.Optional<String> warnung() {
      return abschnitte.stream().filter(a -> !a.satzHinterlegt()).findFirst().map(a -> "Für die Zeit ab "
          + a.von().format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"))
          + " ist kein Basiszinssatz hinterlegt; vorläufig gerechnet mit dem zuletzt hinterlegten Satz von "
          + a.basiszinssatz().toPlainString().replace('.', ',') + " %. Bitte den Basiszinssatz pflegen"
          + " (aqb.nachweis.basiszinssatz) und die Zinsen neu berechnen.");
    }
  }

  private final List<Basiszinssatz> saetze;
  private final BigDecimal aufschlagProzentpunkte;
  private final LocalDate gedecktBis;

  public Zinsberechnung(List<Basiszinssatz> saetze, BigDecimal aufschlagProzentpunkte) {
    if (saetze == null || saetze.isEmpty()) {
      throw new IllegalArgumentException("Keine Basiszinssätze konfiguriert (aqb.nachweis.basiszinssatz).");
    }
    this.saetze = saetze.stream().sorted(Comparator.comparing(Basiszinssatz::ab)).toList();
    this.aufschlagProzentpunkte = aufschlagProzentpunkte;
    LocalDate letzte = this.saetze.get(this.saetze.size() - 1).ab();
    this.gedecktBis = letzte.getMonthValue() <= 6 ? LocalDate.of(letzte.getYear(), 6, 30) : LocalDate.of(letzte.getYear(), 12, 31);
  }

  /** The last day with a published rate: the end of the half-year of the last configured entry. */
  public LocalDate gedecktBis() {
    return gedecktBis;
  }

  /**
   * Interest start and end of a Rückforderung (the rule of this application, see ADR 9): from the day after the end of
   * the Bewilligungszeitraum — or after the last payment, when money was paid later — until the day the Rückforderung
   * is due. Empty when the due day is not after the start.
   */
  public static LocalDate zinsbeginn(LocalDate bewilligungBis, LocalDate letzteAuszahlung) {
    LocalDate beginn = bewilligungBis.plusDays(1);
    return letzteAuszahlung != null && !letzteAuszahlung.isBefore(beginn) ? letzteAuszahlung.plusDays(1) : beginn;
  }

  public Ergebnis berechne(long hauptforderungCent, LocalDate von, LocalDate bis) {
    List<Abschnitt> abschnitte = new ArrayList<>();
    if (hauptforderungCent <= 0 || bis.isBefore(von)) {
      return new Ergebnis(hauptforderungCent, von, bis, abschnitte);
    }
    LocalDate tag = von;
    while (!tag.isAfter(bis)) {
      Basiszinssatz satz = gueltig(tag);
      LocalDate naechsterWechsel = naechsterWechselNach(tag);
      boolean hinterlegt = !tag.isAfter(gedecktBis);
      if (hinterlegt && (naechsterWechsel == null || naechsterWechsel.isAfter(gedecktBis))) {
        naechsterWechsel = gedecktBis.plusDays(1);
      }
      LocalDate ende = naechsterWechsel == null || naechsterWechsel.isAfter(bis) ? bis : naechsterWechsel.minusDays(1);
      long tage = ChronoUnit.DAYS.between(tag, ende) + 1;
      BigDecimal zinssatz = satz.prozent().add(aufschlagProzentpunkte).max(BigDecimal.ZERO);
      BigDecimal zinsen = BigDecimal.valueOf(hauptforderungCent)
          .multiply(zinssatz).multiply(BigDecimal.valueOf(tage))
          .divide(TAGE_JE_JAHR.multiply(BigDecimal.valueOf(100)), MathContext.DECIMAL128)
          .setScale(0, RoundingMode.HALF_UP);
      abschnitte.add(new Abschnitt(tag, ende, tage, satz.prozent(), zinssatz, zinsen.longValueExact(), hinterlegt));
      tag = ende.plusDays(1);
    }
    return new Ergebnis(hauptforderungCent, von, bis, abschnitte);
  }

  private Basiszinssatz gueltig(LocalDate tag) {
    Basiszinssatz gefunden = null;
    for (Basiszinssatz s : saetze) {
      if (!s.ab().isAfter(tag)) {
        gefunden = s;
      }
    }
    if (gefunden == null) {
      throw new IllegalStateException("Kein Basiszinssatz für " + tag + " konfiguriert (aqb.nachweis.basiszinssatz).");
    }
    return gefunden;
  }

  private LocalDate naechsterWechselNach(LocalDate tag) {
    return saetze.stream().map(Basiszinssatz::ab).filter(ab -> ab.isAfter(tag)).findFirst().orElse(null);
  }
}

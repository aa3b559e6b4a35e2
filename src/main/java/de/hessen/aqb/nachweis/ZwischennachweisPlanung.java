package de.hessen.aqb.nachweis;

import de.hessen.aqb.foerderbudget.Foerderbudget;
import de.hessen.aqb.nachweis.domain.ZwischennachweisRegeln;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When the next Zwischennachweis of a case is requested (1 January after a finished Haushaltsjahr of the Bescheid in
 * force, only when the Bescheid asks for Zwischennachweise) and when it is due (the day of the Bescheid's text, else
 * {@code aqb.zwischennachweis.frist}; after a Nachforderung at least {@code nachforderung-frist} later). From the records
 * alone; a retried job finds the request recorded and requests nothing twice.
 */
@Service
public class ZwischennachweisPlanung {

  private final Foerderbudget budget;
  private final Zwischennachweise zwischennachweise;
  private final ZwischennachweisEigenschaften eigenschaften;
  private final Clock uhr;

  ZwischennachweisPlanung(Foerderbudget budget, Zwischennachweise zwischennachweise, ZwischennachweisEigenschaften eigenschaften,
      Clock uhr) {
    this.budget = budget;
    this.zwischennachweise = zwischennachweise;
    this.eigenschaften = eigenschaften;
    this.uhr = uhr;
  }

  /** The start of the day the next Zwischennachweis is requested, or empty when no finished year is left. */
  @Transactional(readOnly = true)
  public Optional<LocalDateTime> naechsteAnforderung(String nummer) {
    if (budget.zwischennachweisFrist(nummer).isEmpty()) {
      return Optional.empty();
    }
    return budget.erlassenerBescheid(nummer)
        .flatMap(b -> ZwischennachweisRegeln.naechstesJahr(b.bewilligungVon(), b.bewilligungBis(), zwischennachweise.jahre(nummer)))
        .map(j -> ZwischennachweisRegeln.angefordertAm(j).atStartOfDay());
  }

  /** The Haushaltsjahr whose Zwischennachweis a request at {@code anforderung} (ISO date-time) asks for. */
  public int jahr(String anforderung) {
    return LocalDateTime.parse(anforderung).getYear() - 1;
  }

  /** The Haushaltsjahr of the Zwischennachweis this process instance runs (from the record, not a variable). */
  public int jahrDerInstanz(String prozessInstanz) {
    return zwischennachweise.jahrDerInstanz(prozessInstanz);
  }

  public boolean istAngefordert(String nummer, int jahr) {
    return zwischennachweise.eintrag(nummer, jahr).isPresent();
  }

  /** Records the request with its due date and the process instance that runs it (unique per case and year). */
  @Transactional
  public void vermerke(String nummer, int jahr, String prozessInstanz) {
    MonthDay tag = ZwischennachweisRegeln.faelligkeit(budget.zwischennachweisFrist(nummer).orElse(null), standard());
    zwischennachweise.legeAn(nummer, jahr, prozessInstanz, ZwischennachweisRegeln.faelligAm(jahr, tag));
  }

  /** The due date: the recorded one, moved after a Nachforderung to at least {@code nachforderung-frist} from it. */
  public LocalDate frist(String nummer, int jahr) {
    LocalDate frist = zwischennachweise.eintrag(nummer, jahr).orElseThrow(() -> new IllegalStateException(
        "Für den Förderfall " + nummer + " ist kein Zwischennachweis " + jahr + " angefordert.")).frist();
    List<Zwischennachweise.Nachforderung> runden = zwischennachweise.nachforderungen(nummer, jahr);
    if (!runden.isEmpty()) {
      LocalDate neu = runden.get(runden.size() - 1).am().toLocalDate().plus(eigenschaften.nachforderungFrist());
      return neu.isAfter(frist) ? neu : frist;
    }
    return frist;
  }

  /** Due at the end of the day (ISO date-time, as the engine reads it). */
  public String faelligAm(String nummer, int jahr) {
    return frist(nummer, jahr).atTime(LocalTime.of(23, 59)).toString();
  }

  /** The reminder before: never in the past (then one hour from now, so it is still sent once). */
  public String erinnerungAm(String nummer, int jahr) {
    return nichtVorbei(frist(nummer, jahr).minus(eigenschaften.erinnerungVorher()).atTime(8, 0)).toString();
  }

  /** The reminder on the due date, in the morning. */
  public String amFristtag(String nummer, int jahr) {
    return nichtVorbei(frist(nummer, jahr).atTime(8, 0)).toString();
  }

  /** The overdue reminder with the RP in copy. */
  public String mahnungAm(String nummer, int jahr) {
    return nichtVorbei(frist(nummer, jahr).plus(eigenschaften.mahnungNach()).atTime(8, 0)).toString();
  }

  private LocalDateTime nichtVorbei(LocalDateTime zeit) {
    LocalDateTime fruehestens = LocalDateTime.now(uhr).plusHours(1);
    return zeit.isBefore(fruehestens) ? fruehestens : zeit;
  }

  private MonthDay standard() {
    return ZwischennachweisRegeln.faelligkeit(eigenschaften.frist(), MonthDay.of(4, 30));
  }
}

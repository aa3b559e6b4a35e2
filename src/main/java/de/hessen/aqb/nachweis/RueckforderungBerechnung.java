package de.hessen.aqb.nachweis;

import static de.hessen.aqb.gemeinsam.Datumsanzeige.TT_MM_JJJJ;

import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.foerderbudget.Mittelabrufe;
import de.hessen.aqb.gemeinsam.Geld;
import de.hessen.aqb.nachweis.domain.Beleg;
import de.hessen.aqb.nachweis.domain.Rueckforderung;
import de.hessen.aqb.nachweis.domain.Zinsberechnung;
import de.hessen.aqb.nachweis.domain.ZinsenNachAbsatz4;
import java.util.ArrayList;
import java.util.Comparator;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rückforderung = Σ paid (ledger of Mittelabrufe) − Σ recognised (the second clerk's record), never negative; interest
 * from the day after the Bewilligungszeitraum of the Bescheid in force (or the last payment) until the Rückforderung is
 * due; interest on money used later than two months after its payment (§ 49a Abs. 4, {@link ZinsenNachAbsatz4}) from the
 * payment days of the ledger and the dates of the recognised Belege. Recorded on the Verwendungsnachweis.
 */
@Service
public class RueckforderungBerechnung {

  private final Mittelabrufe mittelabrufe;
  private final Verwendungsnachweise verwendungsnachweise;
  private final NachweisPruefungen pruefungen;
  private final NachweisVorbereitung vorbereitung;
  private final NachweisEigenschaften eigenschaften;
  private final NachweisFristen fristen;

  RueckforderungBerechnung(Mittelabrufe mittelabrufe, Verwendungsnachweise verwendungsnachweise, NachweisPruefungen pruefungen,
      NachweisVorbereitung vorbereitung, NachweisEigenschaften eigenschaften, NachweisFristen fristen) {
    this.mittelabrufe = mittelabrufe;
    this.verwendungsnachweise = verwendungsnachweise;
    this.pruefungen = pruefungen;
    this.vorbereitung = vorbereitung;
    this.eigenschaften = eigenschaften;
    this.fristen = fristen;
  }

  @Transactional
  public NachweisPruefungen.Ergebnis berechne(Fallkopf kopf) {
    String nummer = kopf.nummer();
    long ausgezahlt = mittelabrufe.summeAusgezahltCent(nummer);
    List<Verwendungsnachweise.Position> positionen = verwendungsnachweise.positionenDerFassung(nummer);
    if (positionen.isEmpty() || positionen.stream().anyMatch(p -> p.anerkanntCent() == null)) {
      throw new IllegalStateException("Der Verwendungsnachweis " + nummer + " ist noch nicht rechnerisch geprüft.");
    }
    Rueckforderung rueckforderung = Rueckforderung.berechne(ausgezahlt,
        positionen.stream().map(Verwendungsnachweise.Position::anerkanntCent).toList());
    LocalDate heute = fristen.heute();
    LocalDate faellig = fristen.rueckforderungFaellig(heute);
    Optional<LocalDate> letzteAuszahlung = mittelabrufe.alle(nummer).stream().map(Mittelabrufe.Mittelabruf::auszahlungstag)
        .flatMap(Optional::stream).max(LocalDate::compareTo);
    LocalDate zinsbeginn = Zinsberechnung.zinsbeginn(vorbereitung.bescheid(nummer).bewilligungBis(), letzteAuszahlung.orElse(null));
    Zinsberechnung.Ergebnis zinsen = eigenschaften.zinsberechnung().berechne(rueckforderung.betragCent(), zinsbeginn, faellig);
    ZinsenNachAbsatz4.Ergebnis absatz4 = zinsenNachAbsatz4(nummer, rueckforderung.anerkanntCent(), zinsbeginn, faellig);
    String warnung = zinsen.warnung().or(absatz4::warnung).orElse(null);
    var ergebnis = new NachweisPruefungen.Ergebnis(ausgezahlt, rueckforderung.anerkanntCent(), rueckforderung.betragCent(),
        zinsen.zinsenCent(), zinsbeginn, faellig, faellig, heute, absatz4.zinsenCent(), warnung);
    pruefungen.speichereErgebnis(nummer, ergebnis);
    return ergebnis;
  }

  /**
   * § 49a Abs. 4 for this case: the payments of the ledger (day of the RP's decision) against the Belege of the newest
   * Fassung in date order, counted up to the recognised total (a Beleg beyond it counts only in part, later ones not).
   * Money never used bears Abs. 4 interest at most until the Rückforderung is due: when the Nachweis is checked before
   * the Bewilligungszeitraum ends, the reclaim ends the holding of the money, not the end of the period.
   */
  @Transactional(readOnly = true)
  public ZinsenNachAbsatz4.Ergebnis zinsenNachAbsatz4(String nummer, long anerkanntCent, LocalDate zinsbeginnAbsatz3,
      LocalDate faellig) {
    LocalDate endeDerHaltung = zinsbeginnAbsatz3.isAfter(faellig) ? faellig.plusDays(1) : zinsbeginnAbsatz3;
    List<ZinsenNachAbsatz4.Auszahlung> auszahlungen = mittelabrufe.alle(nummer).stream()
        .filter(m -> m.ausgezahltCent() > 0 && m.auszahlungstag().isPresent())
        .map(m -> new ZinsenNachAbsatz4.Auszahlung(m.auszahlungstag().get(), m.ausgezahltCent())).toList();
    List<ZinsenNachAbsatz4.Verwendung> verwendungen = new ArrayList<>();
    long rest = anerkanntCent;
    for (Beleg b : verwendungsnachweise.belege(nummer).stream().sorted(Comparator.comparing(Beleg::datum)).toList()) {
      long teil = Math.min(rest, b.betragCent());
      if (teil > 0) {
        verwendungen.add(new ZinsenNachAbsatz4.Verwendung(b.datum(), teil));
      }
      rest -= teil;
    }
    return new ZinsenNachAbsatz4(eigenschaften.zinsberechnung()).berechne(auszahlungen, verwendungen, endeDerHaltung);
  }

  /** The result in one sentence (shown in the Förderfall). */
  public static String alsText(NachweisPruefungen.Ergebnis e) {
    return e.forderungCent() > 0
        ? "Verwendungsnachweis geprüft: Rückforderung " + Geld.alsWaehrung(e.rueckforderungCent()) + " zuzüglich Zinsen "
            + Geld.alsWaehrung(e.zinsenCent() + e.zinsenAbs4Cent()) + ", fällig am " + e.faelligAm().format(TT_MM_JJJJ) + "."
        : "Verwendungsnachweis geprüft – keine Rückforderung (ausgezahlt " + Geld.alsWaehrung(e.ausgezahltCent()) + ", anerkannt "
            + Geld.alsWaehrung(e.anerkanntCent()) + ").";
  }
}

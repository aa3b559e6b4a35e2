package de.hessen.aqb.nachweis;

import static de.hessen.aqb.gemeinsam.Datumsanzeige.TT_MM_JJJJ;

import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.foerderbudget.Mittelabrufe;
import de.hessen.aqb.gemeinsam.Geld;
import de.hessen.aqb.nachweis.domain.Rueckforderung;
import de.hessen.aqb.nachweis.domain.Zinsberechnung;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rückforderung = Σ paid (ledger of Mittelabrufe) − Σ recognised (the second clerk's record), never negative; interest
 * from the day after the Bewilligungszeitraum of the Bescheid in force (or the last payment) until the Rückforderung is
 * due. Recorded on the Verwendungsnachweis.
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
    var ergebnis = new NachweisPruefungen.Ergebnis(ausgezahlt, rueckforderung.anerkanntCent(), rueckforderung.betragCent(),
        zinsen.zinsenCent(), zinsbeginn, faellig, faellig, heute);
    pruefungen.speichereErgebnis(nummer, ergebnis);
    return ergebnis;
  }

  /** The result in one sentence (shown in the Förderfall). */
  public static String alsText(NachweisPruefungen.Ergebnis e) {
    return e.rueckforderungCent() > 0
        ? "Verwendungsnachweis geprüft: Rückforderung " + Geld.alsWaehrung(e.rueckforderungCent()) + " zuzüglich Zinsen "
            + Geld.alsWaehrung(e.zinsenCent()) + ", fällig am " + e.faelligAm().format(TT_MM_JJJJ) + "."
        : "Verwendungsnachweis geprüft – keine Rückforderung (ausgezahlt " + Geld.alsWaehrung(e.ausgezahltCent()) + ", anerkannt "
            + Geld.alsWaehrung(e.anerkanntCent()) + ").";
  }
}

package de.hessen.aqb.durchfuehrung;

import de.hessen.aqb.durchfuehrung.domain.Entscheidung;
import de.hessen.aqb.durchfuehrung.domain.MittelabrufRegeln;
import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.foerderbudget.Mittelabrufe;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use case "Mittelabruf entscheiden": the RP decides on the case's open request — the amount requested comes from the
 * ledger, the decider is the authenticated user — and the payment step books the recorded decision (Σ paid ≤ Σ
 * granted checked again under the case's lock).
 */
@Service
public class MittelabrufEntscheiden {

  private final Mittelabrufe mittelabrufe;

  MittelabrufEntscheiden(Mittelabrufe mittelabrufe) {
    this.mittelabrufe = mittelabrufe;
  }

  /**
   * Checks and records the decision; pays nothing yet.
   *
   * @param art the form's choice (auszahlen, kuerzen, ablehnen)
   * @param auszahlung the reduced amount as typed (only for kuerzen)
   * @param von the authenticated user
   */
  @Transactional
  public Entscheidung entscheide(Fallkopf fall, String art, String auszahlung, String begruendung, String von) {
    Mittelabrufe.Mittelabruf offen = mittelabrufe.offenerAbruf(fall.nummer())
        .orElseThrow(() -> new IllegalStateException("Der Förderfall " + fall.nummer() + " hat keinen offenen Mittelabruf."));
    Entscheidung entscheidung = MittelabrufRegeln.pruefeEntscheidung(art, auszahlung, begruendung, offen.angefordertCent());
    mittelabrufe.halteEntscheidungFest(fall.nummer(), offen.nummer(), status(entscheidung.art()), entscheidung.auszahlungCent(),
        von, entscheidung.begruendung());
    return entscheidung;
  }

  /** Books the recorded decision of the case's open request (idempotent: nothing left to book, nothing happens). */
  @Transactional
  public void bucheAuszahlung(Fallkopf fall) {
    mittelabrufe.festgehalteneEntscheidung(fall.nummer())
        .ifPresent(e -> mittelabrufe.bucheEntscheidung(fall.nummer(), e.abrufNummer()));
  }

  static Mittelabrufe.Status status(Entscheidung.Art art) {
    return switch (art) {
      case AUSZAHLEN -> Mittelabrufe.Status.AUSGEZAHLT;
      case KUERZEN -> Mittelabrufe.Status.GEKUERZT;
      case ABLEHNEN -> Mittelabrufe.Status.ABGELEHNT;
    };
  }
}

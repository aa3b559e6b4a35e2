package de.hessen.aqb.antrag;

import de.hessen.aqb.antrag.domain.BescheidDaten;
import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.foerderbudget.Foerderbudget;
import de.hessen.aqb.gemeinsam.Geld;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Bescheid from the stored draft: the draft PDF for the release, then the issue — PDF, booking in the ledger and
 * the mail to the body — with the drafter and the releasing clerk as recorded, never as a variable names them.
 */
@Service
public class BescheidErlass {

  /** A generated letter. */
  public record Dokument(String dateiname, byte[] pdf) {}

  /** The issued Bescheid as the later stages and the Förderfall see it. */
  public record Erlassen(String aktenzeichen, String art, LocalDate datum, String summeAnzeige, LocalDate bewilligungVon,
      LocalDate bewilligungBis, LocalDate verwendungsnachweisFrist, Dokument dokument) {}

  private final BescheidEntwurfAblage entwuerfe;
  private final Bescheidgrundlage grundlage;
  private final BescheidDokument dokument;
  private final Foerderbudget budget;
  private final AntragMails mails;
  private final Clock uhr;

  BescheidErlass(BescheidEntwurfAblage entwuerfe, Bescheidgrundlage grundlage, BescheidDokument dokument,
      Foerderbudget budget, AntragMails mails, Clock uhr) {
    this.entwuerfe = entwuerfe;
    this.grundlage = grundlage;
    this.dokument = dokument;
    this.budget = budget;
    this.mails = mails;
    this.uhr = uhr;
  }

  public Dokument entwurfPdf(Fallkopf fall) {
    BescheidDaten daten = grundlage.daten(fall, entwurf(fall), LocalDate.now(uhr), null);
    return pdf(daten, "Entwurf");
  }

  /** Issues and books the released draft. Idempotent per Aktenzeichen (a retried job books once). */
  @Transactional
  public Erlassen erlasse(Fallkopf fall) {
    BescheidEntwurfAblage.Entwurf entwurf = entwurf(fall);
    if (!"freigeben".equals(entwurf.freigabeEntscheidung()) || entwurf.freigabeVon() == null) {
      throw new IllegalStateException("Der Bescheidentwurf zum Förderfall " + fall.nummer() + " ist nicht freigegeben.");
    }
    BescheidDaten daten = grundlage.daten(fall, entwurf, LocalDate.now(uhr), entwurf.freigabeVon());
    Dokument pdf = pdf(daten, "erlassen");
    budget.bucheBescheid(fall.nummer(), Bescheidbuchungen.aus(daten), entwurf.verfasser(), entwurf.freigabeVon(), pdf.pdf());
    var erlassen = budget.erlassenerBescheid(fall.nummer()).orElseThrow();
    return new Erlassen(erlassen.aktenzeichen(), erlassen.art(), erlassen.bescheidDatum(),
        Geld.alsWaehrung(erlassen.summeBewilligtCent()), erlassen.bewilligungVon(), erlassen.bewilligungBis(),
        erlassen.verwendungsnachweisFrist(), pdf);
  }

  /** Sends the issued Bescheid (from the ledger) to the body's clerks. */
  public void versende(Fallkopf fall) {
    var erlassen = budget.erlassenerBescheid(fall.nummer()).orElseThrow();
    byte[] pdf = budget.bescheidPdf(erlassen.aktenzeichen()).orElseThrow();
    mails.bescheidVersenden(fall, erlassen.aktenzeichen(), Geld.alsWaehrung(erlassen.summeBewilligtCent()),
        dateiname(erlassen.aktenzeichen(), "erlassen"), pdf);
  }

  private Dokument pdf(BescheidDaten daten, String zusatz) {
    return new Dokument(dateiname(daten.aktenzeichen(), zusatz), dokument.erzeugePdf(daten));
  }

  private static String dateiname(String aktenzeichen, String zusatz) {
    return ("Bescheid-" + aktenzeichen + "-" + zusatz + ".pdf").replaceAll("[^A-Za-z0-9.-]+", "-");
  }

  private BescheidEntwurfAblage.Entwurf entwurf(Fallkopf fall) {
    return entwuerfe.entwurf(fall.nummer())
        .orElseThrow(() -> new IllegalStateException("Zum Förderfall " + fall.nummer() + " gibt es keinen Bescheidentwurf."));
  }
}

package de.hessen.aqb.antrag;

import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import de.hessen.aqb.gemeinsam.VierAugen;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Bescheid freigeben": the Vier-Augen-Prinzip against the drafter recorded with the stored draft, and the second
 * clerk's decision (release or return with a remark) recorded on that draft. Nothing else of the draft can change here.
 */
@Service
public class BescheidFreigabe {

  static final String VIER_AUGEN = "Sie haben diesen Bescheid entworfen. Nach dem Vier-Augen-Prinzip muss ihn eine andere "
      + "Person des Regierungspräsidiums freigeben.";

  private final BescheidEntwurfAblage entwuerfe;
  private final Clock uhr;

  BescheidFreigabe(BescheidEntwurfAblage entwuerfe, Clock uhr) {
    this.entwuerfe = entwuerfe;
    this.uhr = uhr;
  }

  /** Refuses the drafter (on claim and on completion). */
  public void pruefeVierAugen(Fallkopf fall, String benutzer) {
    VierAugen.pruefe(entwurf(fall).verfasser(), benutzer, VIER_AUGEN);
  }

  /** Records the decision; true if released. */
  @Transactional
  public boolean entscheide(Fallkopf fall, String entscheidung, String bemerkung, String benutzer) {
    if (!"freigeben".equals(entscheidung) && !"zurueck".equals(entscheidung)) {
      throw new UngueltigeEingabe("Bitte wählen: Bescheid freigeben oder zur Überarbeitung zurückgeben.");
    }
    if ("zurueck".equals(entscheidung) && (bemerkung == null || bemerkung.isBlank())) {
      throw new UngueltigeEingabe("Bitte angeben, was am Bescheidentwurf zu ändern ist.");
    }
    pruefeVierAugen(fall, benutzer);
    entwuerfe.gibFrei(fall.nummer(), entscheidung, bemerkung, benutzer, uhr.instant());
    return "freigeben".equals(entscheidung);
  }

  private BescheidEntwurfAblage.Entwurf entwurf(Fallkopf fall) {
    return entwuerfe.entwurf(fall.nummer())
        .orElseThrow(() -> new IllegalStateException("Zum Förderfall " + fall.nummer() + " gibt es keinen Bescheidentwurf."));
  }
}

package de.hessen.aqb.programmjahr;

import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import de.hessen.aqb.gemeinsam.VierAugen;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Zuteilung freigeben": a second person of the ministry releases the stored allocation or rejects it (then the year
 * can be entered anew). The drafter is read from the stored record, never from a form.
 */
@Service
public class ProgrammjahrFreigabe {

  static final String VIER_AUGEN = "Sie haben diese Zuteilung erfasst. Nach dem Vier-Augen-Prinzip muss sie eine andere "
      + "Person des Ministeriums freigeben.";

  private final ProgrammjahrTabelle tabelle;
  private final Clock uhr;

  ProgrammjahrFreigabe(ProgrammjahrTabelle tabelle, Clock uhr) {
    this.tabelle = tabelle;
    this.uhr = uhr;
  }

  public void pruefeVierAugen(long id, String benutzer) {
    VierAugen.pruefe(kopf(id).erfasstVon(), benutzer, VIER_AUGEN);
  }

  /** Records the decision; true if released. */
  @Transactional
  public boolean entscheide(long id, String entscheidung, String bemerkung, String benutzer) {
    if (!"freigeben".equals(entscheidung) && !"verwerfen".equals(entscheidung)) {
      throw new UngueltigeEingabe("Bitte wählen: Zuteilung freigeben oder verwerfen.");
    }
    if ("verwerfen".equals(entscheidung) && (bemerkung == null || bemerkung.isBlank())) {
      throw new UngueltigeEingabe("Bitte begründen, warum die Zuteilung verworfen wird.");
    }
    if (benutzer == null) {
      throw new UngueltigeEingabe("Die Zuteilung kann nur eine angemeldete Person des Ministeriums freigeben.");
    }
    pruefeVierAugen(id, benutzer);
    if ("freigeben".equals(entscheidung)) {
      tabelle.gibFrei(id, benutzer, bemerkung, uhr.instant());
      return true;
    }
    tabelle.verwirf(id, benutzer, bemerkung.strip(), uhr.instant());
    return false;
  }

  private ProgrammjahrTabelle.Kopf kopf(long id) {
    return tabelle.kopf(id).orElseThrow(() -> new IllegalStateException("Programmjahr " + id + " ist nicht gespeichert."));
  }
}

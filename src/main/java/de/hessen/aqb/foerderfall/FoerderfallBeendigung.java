package de.hessen.aqb.foerderfall;

import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.fall.Fallregister;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every ending of a Förderfall closes its register row (issue #11): the Nachweis closes it as ABGESCHLOSSEN, the
 * Stornierung as STORNIERT; this service covers the other two — the refused Antrag and a process instance cancelled from
 * outside the model (Cockpit, REST) — so that no ended case stays AKTIV.
 */
@Service
public class FoerderfallBeendigung {

  private final Fallregister register;

  FoerderfallBeendigung(Fallregister register) {
    this.register = register;
  }

  /** End "Antrag abgelehnt": the year is decided; the body and year keep their (closed) case. */
  @Transactional
  public void antragAbgelehnt(Fallkopf kopf) {
    register.lehneAb(kopf.nummer());
  }

  /** The instance was deleted: the year becomes free for a new case, the reason is kept. */
  @Transactional
  public void abgebrochen(Fallkopf kopf, String grund) {
    register.brecheAb(kopf.nummer(), grund == null || grund.isBlank() ? "Prozessinstanz abgebrochen" : grund);
  }
}

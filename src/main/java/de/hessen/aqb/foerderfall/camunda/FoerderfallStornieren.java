package de.hessen.aqb.foerderfall.camunda;

import de.hessen.aqb.fall.Faelle;
import de.hessen.aqb.foerderfall.FoerderfallStornierung;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Förderfall stornieren": marks the case cancelled, so the body and year can get a new one. */
@Component("foerderfallStornieren")
class FoerderfallStornieren implements JavaDelegate {

  private final FoerderfallStornierung stornierung;
  private final Faelle faelle;

  FoerderfallStornieren(FoerderfallStornierung stornierung, Faelle faelle) {
    this.stornierung = stornierung;
    this.faelle = faelle;
  }

  @Override
  public void execute(DelegateExecution execution) {
    stornierung.storniere(faelle.kopf(execution));
  }
}

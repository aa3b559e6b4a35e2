package de.hessen.aqb.foerderfall.camunda;

import static de.hessen.aqb.foerderfall.camunda.FoerderfallVariablen.FOERDERFALL_NUMMER;
import static de.hessen.aqb.foerderfall.camunda.FoerderfallVariablen.STORNO_GRUND;

import de.hessen.aqb.fall.Fallregister;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Förderfall stornieren": marks the case cancelled, so the body and year can get a new one. */
@Component("foerderfallStornieren")
class FoerderfallStornieren implements JavaDelegate {

  private final Fallregister register;

  FoerderfallStornieren(Fallregister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    register.storniere(FOERDERFALL_NUMMER.von(execution), STORNO_GRUND.von(execution));
  }
}

package de.hessen.aqb.foerderfall.camunda;

import de.hessen.aqb.fall.Faelle;
import de.hessen.aqb.foerderfall.FoerderfallBeendigung;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * End listeners of the process "foerderfall": on the end event "Antrag abgelehnt" the register row becomes ABGELEHNT;
 * on the end of the whole instance, if it was cancelled from outside (Cockpit, REST delete), ABGEBROCHEN. Normal ends
 * are recorded by their own steps (Stornierung, Nachweis) and left alone here.
 */
@Component("foerderfallBeendet")
class FoerderfallBeendet implements ExecutionListener {

  private final FoerderfallBeendigung beendigung;
  private final Faelle faelle;

  FoerderfallBeendet(FoerderfallBeendigung beendigung, Faelle faelle) {
    this.beendigung = beendigung;
    this.faelle = faelle;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if ("EndEvent_AntragAbgelehnt".equals(execution.getCurrentActivityId())) {
      beendigung.antragAbgelehnt(faelle.kopf(execution));
    } else if (execution.isCanceled() && execution.getId().equals(execution.getProcessInstanceId())) {
      beendigung.abgebrochen(faelle.kopf(execution), "Prozessinstanz abgebrochen (Cockpit oder REST)");
    }
  }
}

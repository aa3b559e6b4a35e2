package de.hessen.aqb.durchfuehrung.camunda;

import static de.hessen.aqb.durchfuehrung.camunda.DurchfuehrungVariablen.*;

import de.hessen.aqb.fall.Faelle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Mittelstand aktualisieren", after every decided request: the figures on the case's tasks from the ledger, and the
 * routing value the boundary event "Mittel vollständig ausgezahlt" watches (set on the instance, so it fires there).
 */
@Component("durchfuehrungStandAktualisieren")
class StandAktualisieren implements JavaDelegate {

  private final Faelle faelle;
  private final StandZeigen stand;

  StandAktualisieren(Faelle faelle, StandZeigen stand) {
    this.faelle = faelle;
    this.stand = stand;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DelegateExecution instanz = execution.getProcessInstance();
    long rest = stand.zeige(instanz, faelle.kopf(execution)).nochNichtAusgezahltCent();
    NOCH_NICHT_AUSGEZAHLT_CENT.setze(instanz, rest);
  }
}

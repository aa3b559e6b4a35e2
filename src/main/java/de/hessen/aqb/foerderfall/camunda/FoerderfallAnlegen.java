package de.hessen.aqb.foerderfall.camunda;

import static de.hessen.aqb.foerderfall.camunda.FoerderfallVariablen.*;

import de.hessen.aqb.foerderfall.FoerderfallAnlage;
import de.hessen.aqb.foerderfall.FoerderfallAnlage.NeuerFoerderfall;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of a Förderfall: checks and registers it in the same transaction as the start, so a rejected
 * start (German message in Tasklist) leaves nothing behind. Sets the business key AQB-jahr-kreisschlüssel.
 */
@Component("foerderfallAnlegen")
class FoerderfallAnlegen implements ExecutionListener {

  private final FoerderfallAnlage anlage;

  FoerderfallAnlegen(FoerderfallAnlage anlage) {
    this.anlage = anlage;
  }

  @Override
  public void notify(DelegateExecution execution) {
    NeuerFoerderfall fall = anlage.lege(GEBIETSKOERPERSCHAFT.von(execution), JAHR.von(execution), ANGELEGT_VON.von(execution));
    execution.setProcessBusinessKey(fall.nummer());
    FOERDERFALL_NUMMER.setze(execution, fall.nummer());
    GEBIETSKOERPERSCHAFT_NAME.setze(execution, fall.gebietskoerperschaft().bezeichnung());
    JAHR.setze(execution, fall.jahr());
    anlage.verknuepfe(fall.nummer(), execution.getProcessInstanceId());
  }
}

package de.hessen.aqb.foerderfall.camunda;

import static de.hessen.aqb.foerderfall.camunda.FoerderfallVariablen.*;

import de.hessen.aqb.foerderfall.FoerderfallAnlage;
import de.hessen.aqb.foerderfall.FoerderfallAnlage.NeuerFoerderfall;
import de.hessen.aqb.plattform.Bearbeiter;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of a Förderfall: checks and registers it in the same transaction as the start, so a rejected start (German
 * message in Tasklist) leaves nothing behind. Body and year come from the start form (its contract admits nothing
 * else); who started it is the authenticated user. Sets the business key AQB-jahr-kreisschlüssel and the display
 * variables of the Tasklist filters.
 */
@Component("foerderfallAnlegen")
class FoerderfallAnlegen implements ExecutionListener {

  private final FoerderfallAnlage anlage;
  private final Bearbeiter bearbeiter;

  FoerderfallAnlegen(FoerderfallAnlage anlage, Bearbeiter bearbeiter) {
    this.anlage = anlage;
    this.bearbeiter = bearbeiter;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String benutzer = bearbeiter.angemeldet();
    NeuerFoerderfall fall = anlage.lege(GEBIETSKOERPERSCHAFT.von(execution), JAHR.von(execution), benutzer);
    execution.setProcessBusinessKey(fall.nummer());
    FOERDERFALL_NUMMER.setze(execution, fall.nummer());
    GEBIETSKOERPERSCHAFT_NAME.setze(execution, fall.gebietskoerperschaft().bezeichnung());
    JAHR.setze(execution, fall.jahr());
    anlage.verknuepfe(fall.nummer(), execution.getProcessInstanceId());
  }
}

package de.hessen.aqb.foerderfall.camunda;

import de.hessen.aqb.fall.Faelle;
import de.hessen.aqb.fall.Fallregister;
import de.hessen.aqb.foerderfall.FoerderfallBeendigung;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The safety net behind {@link FoerderfallBeendet}: an instance cancelled with "skip custom listeners" (Cockpit's
 * default) runs no listener, so at every start the register's active cases are compared with the engine's history —
 * a Förderfall whose instance was terminated becomes ABGEBROCHEN, one that ended at "Antrag abgelehnt" ABGELEHNT.
 */
@Component
public class FallregisterAbgleich {

  private static final Logger LOG = LoggerFactory.getLogger(FallregisterAbgleich.class);

  private final Fallregister register;
  private final HistoryService historie;
  private final FoerderfallBeendigung beendigung;
  private final Faelle faelle;

  FallregisterAbgleich(Fallregister register, HistoryService historie, FoerderfallBeendigung beendigung, Faelle faelle) {
    this.register = register;
    this.historie = historie;
    this.beendigung = beendigung;
    this.faelle = faelle;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void beimStart() {
    int korrigiert = gleicheAb();
    if (korrigiert > 0) {
      LOG.warn("Fallregister: {} beendete Förderfälle standen noch auf AKTIV und wurden nachgetragen.", korrigiert);
    }
  }

  /** Corrects the register rows of ended instances and returns how many were corrected. */
  public int gleicheAb() {
    int korrigiert = 0;
    for (Map.Entry<String, String> fall : register.aktiveMitProzessinstanz().entrySet()) {
      HistoricProcessInstance instanz = historie.createHistoricProcessInstanceQuery().processInstanceId(fall.getValue())
          .singleResult();
      if (instanz == null || instanz.getEndTime() == null) {
        continue;
      }
      if (HistoricProcessInstance.STATE_COMPLETED.equals(instanz.getState())
          && "EndEvent_AntragAbgelehnt".equals(instanz.getEndActivityId())) {
        beendigung.antragAbgelehnt(faelle.kopf(fall.getKey()));
        korrigiert++;
      } else if (!HistoricProcessInstance.STATE_COMPLETED.equals(instanz.getState())) {
        beendigung.abgebrochen(faelle.kopf(fall.getKey()), "Prozessinstanz abgebrochen"
            + (instanz.getDeleteReason() == null ? "" : ": " + instanz.getDeleteReason()));
        korrigiert++;
      }
    }
    return korrigiert;
  }
}

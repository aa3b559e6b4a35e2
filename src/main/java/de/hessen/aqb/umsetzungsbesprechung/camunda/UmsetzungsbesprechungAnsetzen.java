package de.hessen.aqb.umsetzungsbesprechung.camunda;

import static de.hessen.aqb.umsetzungsbesprechung.camunda.UmsetzungsbesprechungVariablen.*;

import de.hessen.aqb.fall.Faelle;
import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.plattform.MandantZuordnung;
import de.hessen.aqb.umsetzungsbesprechung.UmsetzungsbesprechungPlanung;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * In the Durchführung, "Umsetzungsbesprechung ansetzen": starts an own instance of "umsetzungsbesprechung" for the case
 * (same business key, the body's tenant), not a call activity, so its follow-ups never hold the Durchführung open.
 * Once per case and year: a retried job finds the meeting recorded and starts nothing.
 */
@Component("umsetzungsbesprechungAnsetzen")
public class UmsetzungsbesprechungAnsetzen implements JavaDelegate {

  public static final String PROZESS = "umsetzungsbesprechung";

  private final Faelle faelle;
  private final UmsetzungsbesprechungPlanung planung;
  private final RuntimeService runtimeService;

  UmsetzungsbesprechungAnsetzen(Faelle faelle, UmsetzungsbesprechungPlanung planung, RuntimeService runtimeService) {
    this.faelle = faelle;
    this.planung = planung;
    this.runtimeService = runtimeService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Fallkopf kopf = faelle.kopf(execution);
    int jahr = planung.jahr(FAELLIG.von(execution));
    if (planung.istAngesetzt(kopf.nummer(), jahr)) {
      return;
    }
    String instanz = runtimeService.startProcessInstanceByKey(PROZESS, kopf.nummer(), startVariablen(kopf, jahr)).getId();
    planung.vermerke(kopf.nummer(), jahr, instanz);
  }

  /** The start variables: the tenant's Kreisschlüssel, display copies of the case head, the meeting's year. */
  public static Map<String, Object> startVariablen(Fallkopf kopf, int jahr) {
    return Map.of(MandantZuordnung.START_VARIABLE, kopf.kreisschluessel(), FOERDERFALL_NUMMER.name(), kopf.nummer(),
        GEBIETSKOERPERSCHAFT_NAME.name(), kopf.gebietskoerperschaftName(), JAHR.name(), kopf.jahr(), BESPRECHUNG_JAHR.name(), jahr);
  }
}

package de.hessen.aqb.programmjahr.camunda;

import static de.hessen.aqb.programmjahr.camunda.ProgrammjahrVariablen.*;

import de.hessen.aqb.foerderfall.camunda.FoerderfallVariablen;
import de.hessen.aqb.programmjahr.ProgrammjahrFaelle;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Förderfälle starten": one Förderfall per body of the released allocation, in one transaction (a failure rolls all
 * back and the job is retried). Idempotent: bodies with a recorded case are skipped, a body whose case of the year
 * exists already (started singly) is linked instead of started twice.
 */
@Component("programmjahrFaelleStarten")
class FoerderfaelleStarten implements JavaDelegate {

  private final ProgrammjahrFaelle faelle;
  private final RuntimeService runtimeService;

  FoerderfaelleStarten(ProgrammjahrFaelle faelle, RuntimeService runtimeService) {
    this.faelle = faelle;
    this.runtimeService = runtimeService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = PROGRAMMJAHR_ID.von(execution);
    int jahr = faelle.kopf(id).jahr();
    for (String ks : faelle.ohneFall(id)) {
      String nummer = faelle.vorhandenerFall(ks, jahr).orElseGet(() -> {
        runtimeService.startProcessInstanceByKey("foerderfall", Map.of(
            FoerderfallVariablen.GEBIETSKOERPERSCHAFT.name(), ks, FoerderfallVariablen.JAHR.name(), jahr));
        return faelle.vorhandenerFall(ks, jahr).orElseThrow();
      });
      faelle.vermerke(id, ks, nummer);
    }
    ANZAHL_FAELLE.setze(execution, faelle.anzahl(id));
  }
}

package de.hessen.aqb.aenderungsantrag.camunda;

import static de.hessen.aqb.aenderungsantrag.camunda.AenderungsantragVariablen.*;

import de.hessen.aqb.aenderungsantrag.AenderungsantragStellen;
import de.hessen.aqb.fall.Faelle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The request begins: the body's task ends with the Bewilligungszeitraum of the Bescheid in force (its timer reads
 * {@code aenderungSchluss}), and the Durchführung gets "not changed" back unless an issued change moves the period.
 */
@Component("aenderungsantragBeginnen")
class AntragBeginnen implements ExecutionListener {

  private final Faelle faelle;
  private final AenderungsantragStellen stellen;

  AntragBeginnen(Faelle faelle, AenderungsantragStellen stellen) {
    this.faelle = faelle;
    this.stellen = stellen;
  }

  @Override
  public void notify(DelegateExecution execution) {
    SCHLUSS.setze(execution, stellen.schluss(faelle.kopf(execution)).toString());
    ZEITRAUM_GEAENDERT.setze(execution, false);
  }
}

package de.hessen.aqb.nachweis.camunda;

import de.hessen.aqb.fall.Faelle;
import de.hessen.aqb.nachweis.NachweisTermine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The deadline of the body's task in the model's expressions ({@code ${nachweisFrist.faelligAm(execution)}}): from the
 * Bescheid in force or the RP's last Nachforderung, never from a variable.
 */
@Component("nachweisFrist")
public class NachweisFrist {

  private final Faelle faelle;
  private final NachweisTermine termine;

  NachweisFrist(Faelle faelle, NachweisTermine termine) {
    this.faelle = faelle;
    this.termine = termine;
  }

  public String faelligAm(DelegateExecution execution) {
    return termine.faelligAm(faelle.kopf(execution).nummer());
  }

  public String erinnerungAm(DelegateExecution execution) {
    return termine.erinnerungAm(faelle.kopf(execution).nummer());
  }
}

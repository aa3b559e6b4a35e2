package de.hessen.aqb.durchfuehrung.camunda;

import de.hessen.aqb.durchfuehrung.MittelabrufEntscheiden;
import de.hessen.aqb.fall.Faelle;
import de.hessen.aqb.fall.Fallkopf;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Entscheidung buchen und Auszahlung anweisen": books the decision recorded in the ledger (not a variable) and
 * refreshes what is still available for the gateway.
 */
@Component("mittelabrufBuchen")
class AuszahlungBuchen implements JavaDelegate {

  private final Faelle faelle;
  private final MittelabrufEntscheiden entscheiden;
  private final StandZeigen stand;

  AuszahlungBuchen(Faelle faelle, MittelabrufEntscheiden entscheiden, StandZeigen stand) {
    this.faelle = faelle;
    this.entscheiden = entscheiden;
    this.stand = stand;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Fallkopf fall = faelle.kopf(execution);
    entscheiden.bucheAuszahlung(fall);
    stand.zeige(execution, fall);
  }
}

package de.hessen.aqb.durchfuehrung.camunda;

import static de.hessen.aqb.durchfuehrung.camunda.MittelabrufVariablen.MITTELABRUF_NUMMER;

import de.hessen.aqb.durchfuehrung.DurchfuehrungMails;
import de.hessen.aqb.fall.Faelle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Entscheidung mitteilen": the booked decision, from the ledger, to the clerks of the case's body. */
@Component("mittelabrufMitteilen")
class EntscheidungMitteilen implements JavaDelegate {

  private final Faelle faelle;
  private final DurchfuehrungMails mails;

  EntscheidungMitteilen(Faelle faelle, DurchfuehrungMails mails) {
    this.faelle = faelle;
    this.mails = mails;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mails.entscheidungMitteilen(faelle.kopf(execution), MITTELABRUF_NUMMER.von(execution));
  }
}

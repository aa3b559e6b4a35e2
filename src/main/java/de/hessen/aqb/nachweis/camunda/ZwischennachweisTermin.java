package de.hessen.aqb.nachweis.camunda;

import de.hessen.aqb.fall.Faelle;
import de.hessen.aqb.nachweis.ZwischennachweisPlanung;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The deadline of the body's Zwischennachweis task in the model's expressions ({@code ${zwischennachweisTermin.faelligAm(execution)}}):
 * from the record of the request (and the RP's last Nachforderung), never from a variable.
 */
@Component("zwischennachweisTermin")
public class ZwischennachweisTermin {

  private final Faelle faelle;
  private final ZwischennachweisPlanung planung;

  ZwischennachweisTermin(Faelle faelle, ZwischennachweisPlanung planung) {
    this.faelle = faelle;
    this.planung = planung;
  }

  public String faelligAm(DelegateExecution execution) {
    return planung.faelligAm(nummer(execution), jahr(execution));
  }

  public String erinnerungAm(DelegateExecution execution) {
    return planung.erinnerungAm(nummer(execution), jahr(execution));
  }

  public String amFristtag(DelegateExecution execution) {
    return planung.amFristtag(nummer(execution), jahr(execution));
  }

  public String mahnungAm(DelegateExecution execution) {
    return planung.mahnungAm(nummer(execution), jahr(execution));
  }

  private String nummer(DelegateExecution execution) {
    return faelle.kopf(execution).nummer();
  }

  private int jahr(DelegateExecution execution) {
    return planung.jahrDerInstanz(execution.getProcessInstanceId());
  }
}

package de.hessen.aqb.umsetzungsbesprechung.camunda;

import static de.hessen.aqb.umsetzungsbesprechung.camunda.UmsetzungsbesprechungVariablen.FAELLIG;

import de.hessen.aqb.fall.Faelle;
import de.hessen.aqb.umsetzungsbesprechung.UmsetzungsbesprechungPlanung;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * In the Durchführung's autumn loop, "Nächste Umsetzungsbesprechung bestimmen": writes {@code umsetzungsbesprechungFaellig}
 * (ISO date-time of the next autumn date, the timer of the parent) or null when no date is left in the Bewilligungszeitraum.
 */
@Component("umsetzungsbesprechungPlanen")
class UmsetzungsbesprechungPlanen implements JavaDelegate {

  private final Faelle faelle;
  private final UmsetzungsbesprechungPlanung planung;

  UmsetzungsbesprechungPlanen(Faelle faelle, UmsetzungsbesprechungPlanung planung) {
    this.faelle = faelle;
    this.planung = planung;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FAELLIG.setze(execution, planung.naechsterTermin(faelle.kopf(execution).nummer()).map(LocalDateTime::toString).orElse(null));
  }
}

package de.hessen.aqb.programmjahr.camunda;

import static de.hessen.aqb.programmjahr.camunda.ProgrammjahrVariablen.*;

import de.hessen.aqb.programmjahr.ProgrammjahrFaelle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Förderfälle beendet?": asks the register whether every case of the year has ended; then the year is closed. */
@Component("programmjahrFaelleBeendet")
class FaelleBeendetPruefen implements JavaDelegate {

  private final ProgrammjahrFaelle faelle;

  FaelleBeendetPruefen(ProgrammjahrFaelle faelle) {
    this.faelle = faelle;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ALLE_BEENDET.setze(execution, faelle.schliesseWennAlleBeendet(PROGRAMMJAHR_ID.von(execution)));
  }
}

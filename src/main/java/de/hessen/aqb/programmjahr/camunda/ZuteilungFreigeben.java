package de.hessen.aqb.programmjahr.camunda;

import static de.hessen.aqb.programmjahr.camunda.ProgrammjahrVariablen.*;

import de.hessen.aqb.plattform.Bearbeiter;
import de.hessen.aqb.programmjahr.ProgrammjahrFreigabe;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Zuteilung freigeben": refuses the drafter on claim (Vier-Augen, against the stored record) and on completion records
 * the decision of the second person; the routing variable is the service's answer, not the form's.
 */
@Component("programmjahrFreigeben")
class ZuteilungFreigeben implements TaskListener {

  private final ProgrammjahrFreigabe freigabe;
  private final Bearbeiter bearbeiter;

  ZuteilungFreigeben(ProgrammjahrFreigabe freigabe, Bearbeiter bearbeiter) {
    this.freigabe = freigabe;
    this.bearbeiter = bearbeiter;
  }

  @Override
  public void notify(DelegateTask aufgabe) {
    long id = PROGRAMMJAHR_ID.von(aufgabe);
    String wer = bearbeiter.handelnd(aufgabe);
    if (EVENTNAME_ASSIGNMENT.equals(aufgabe.getEventName())) {
      freigabe.pruefeVierAugen(id, wer);
      return;
    }
    FREIGEGEBEN.setze(aufgabe.getExecution(), freigabe.entscheide(id, ENTSCHEIDUNG.von(aufgabe), BEMERKUNG.von(aufgabe), wer));
  }
}

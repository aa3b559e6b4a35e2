package de.hessen.aqb.durchfuehrung.camunda;

import static de.hessen.aqb.durchfuehrung.camunda.DurchfuehrungVariablen.*;

import de.hessen.aqb.fall.Faelle;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Mittelabruf oder Änderungsantrag stellen" is created: the choice starts empty; the figures are current. */
@Component("anliegenVorbereiten")
class AnliegenVorbereiten implements TaskListener {

  private final Faelle faelle;
  private final StandZeigen stand;

  AnliegenVorbereiten(Faelle faelle, StandZeigen stand) {
    this.faelle = faelle;
    this.stand = stand;
  }

  @Override
  public void notify(DelegateTask aufgabe) {
    ANLIEGEN.setze(aufgabe.getExecution().getProcessInstance(), null);
    stand.zeige(aufgabe.getExecution().getProcessInstance(), faelle.kopf(aufgabe));
  }
}

package de.hessen.aqb.umsetzungsbesprechung.camunda;

import de.hessen.aqb.durchfuehrung.camunda.StandZeigen;
import de.hessen.aqb.fall.Faelle;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Every task of the meeting shows the case's figures as the Durchführung does (granted, open, paid, per measure). */
@Component("umsetzungsbesprechungStand")
class StandAnzeigen implements TaskListener {

  private final Faelle faelle;
  private final StandZeigen stand;

  StandAnzeigen(Faelle faelle, StandZeigen stand) {
    this.faelle = faelle;
    this.stand = stand;
  }

  @Override
  public void notify(DelegateTask aufgabe) {
    stand.zeige(aufgabe, faelle.kopf(aufgabe));
  }
}

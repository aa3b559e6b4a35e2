package de.hessen.aqb.durchfuehrung.camunda;

import static de.hessen.aqb.durchfuehrung.camunda.DurchfuehrungVariablen.*;

import de.hessen.aqb.durchfuehrung.AnliegenWaehlen;
import de.hessen.aqb.fall.Faelle;
import de.hessen.aqb.plattform.Bearbeiter;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Mittelabruf oder Änderungsantrag stellen" is completed: the service checks the choice; the gateway routes on it. */
@Component("anliegenAbschicken")
class AnliegenAbschicken implements TaskListener {

  private final Faelle faelle;
  private final AnliegenWaehlen waehlen;
  private final Bearbeiter bearbeiter;

  AnliegenAbschicken(Faelle faelle, AnliegenWaehlen waehlen, Bearbeiter bearbeiter) {
    this.faelle = faelle;
    this.waehlen = waehlen;
    this.bearbeiter = bearbeiter;
  }

  @Override
  public void notify(DelegateTask aufgabe) {
    AnliegenWaehlen.Anliegen anliegen = waehlen.waehle(faelle.kopf(aufgabe), ANLIEGEN.von(aufgabe), bearbeiter.von(aufgabe));
    ANLIEGEN_ART.setze(aufgabe.getExecution().getProcessInstance(), anliegen.name());
  }
}

package de.hessen.aqb.zielvereinbarung.camunda;

import static de.hessen.aqb.zielvereinbarung.camunda.ZielvereinbarungVariablen.EINGANGSDATUM;

import de.hessen.aqb.fall.Faelle;
import de.hessen.aqb.plattform.Bearbeiter;
import de.hessen.aqb.zielvereinbarung.EingangsBestaetigung;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Eingang bestätigen" completed: the receipt date to the use case. */
@Component("zvEingangAbschliessen")
class EingangAbschliessen implements TaskListener {

  private final EingangsBestaetigung bestaetigung;
  private final Faelle faelle;
  private final Bearbeiter bearbeiter;

  EingangAbschliessen(EingangsBestaetigung bestaetigung, Faelle faelle, Bearbeiter bearbeiter) {
    this.bestaetigung = bestaetigung;
    this.faelle = faelle;
    this.bearbeiter = bearbeiter;
  }

  @Override
  public void notify(DelegateTask aufgabe) {
    bestaetigung.bestaetige(faelle.kopf(aufgabe), EINGANGSDATUM.von(aufgabe), bearbeiter.von(aufgabe));
  }
}

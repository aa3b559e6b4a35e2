package de.hessen.aqb.nachweis.camunda;

import static de.hessen.aqb.nachweis.camunda.NachweisVariablen.BELEGLISTE_EINGEREICHT;
import static de.hessen.aqb.nachweis.camunda.NachweisVariablen.BELEGLISTE_LINK;

import de.hessen.aqb.plattform.DokumentLinks;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Download link of the accepted Belegliste (through Tasklist's own authenticated API), task-local. */
@Component("beleglisteLink")
class BeleglisteLink implements TaskListener {

  @Override
  public void notify(DelegateTask aufgabe) {
    aufgabe.setVariableLocal(BELEGLISTE_LINK.name(), DokumentLinks.link(aufgabe.getId(), BELEGLISTE_EINGEREICHT.name()));
  }
}

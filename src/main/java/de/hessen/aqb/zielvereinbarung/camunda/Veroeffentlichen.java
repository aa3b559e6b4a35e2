package de.hessen.aqb.zielvereinbarung.camunda;

import static de.hessen.aqb.zielvereinbarung.camunda.ZielvereinbarungVariablen.*;

import de.hessen.aqb.fall.Faelle;
import de.hessen.aqb.zielvereinbarung.ZielvereinbarungAkte;
import de.hessen.aqb.zielvereinbarung.ZielvereinbarungVeroeffentlichung;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Im Portal „Arbeitswelt Hessen“ veröffentlichen": the stored, signed agreement goes to the public list. */
@Component("zvVeroeffentlichen")
class Veroeffentlichen implements JavaDelegate {

  private final ZielvereinbarungVeroeffentlichung veroeffentlichung;
  private final Faelle faelle;

  Veroeffentlichen(ZielvereinbarungVeroeffentlichung veroeffentlichung, Faelle faelle) {
    this.veroeffentlichung = veroeffentlichung;
    this.faelle = faelle;
  }

  @Override
  public void execute(DelegateExecution execution) {
    veroeffentlichung.veroeffentliche(faelle.kopf(execution));
    STATUS.setze(execution, ZielvereinbarungAkte.VEROEFFENTLICHT);
  }
}

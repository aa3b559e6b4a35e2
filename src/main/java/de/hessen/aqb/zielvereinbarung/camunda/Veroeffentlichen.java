package de.hessen.aqb.zielvereinbarung.camunda;

import static de.hessen.aqb.zielvereinbarung.camunda.ZielvereinbarungVariablen.*;

import de.hessen.aqb.zielvereinbarung.portal.Veroeffentlichungen;
import java.io.InputStream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Im Portal „Arbeitswelt Hessen“ veröffentlichen": the signed version goes to the public list. */
@Component("zvVeroeffentlichen")
class Veroeffentlichen implements JavaDelegate {

  private final ZielvereinbarungAusVariablen ausVariablen;
  private final Veroeffentlichungen veroeffentlichungen;

  Veroeffentlichen(ZielvereinbarungAusVariablen ausVariablen, Veroeffentlichungen veroeffentlichungen) {
    this.ausVariablen = ausVariablen;
    this.veroeffentlichungen = veroeffentlichungen;
  }

  @Override
  public void execute(DelegateExecution execution) throws Exception {
    try (InputStream pdf = ENDFASSUNG_PDF.von(execution).getValue()) {
      veroeffentlichungen.veroeffentliche(FOERDERFALL_NUMMER.von(execution), GEBIETSKOERPERSCHAFT.von(execution),
          ausVariablen.lies(execution), pdf.readAllBytes());
    }
    STATUS.setze(execution, Status.VEROEFFENTLICHT);
  }
}

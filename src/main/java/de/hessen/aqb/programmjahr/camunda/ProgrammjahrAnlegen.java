package de.hessen.aqb.programmjahr.camunda;

import static de.hessen.aqb.programmjahr.camunda.ProgrammjahrVariablen.*;

import de.hessen.aqb.gemeinsam.Geld;
import de.hessen.aqb.plattform.Bearbeiter;
import de.hessen.aqb.programmjahr.ProgrammjahrAnlage;
import de.hessen.aqb.programmjahr.ProgrammjahrAnlage.Erfasst;
import de.hessen.aqb.programmjahr.ProgrammjahrAnlage.Quelle;
import java.io.IOException;
import java.io.InputStream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.stereotype.Component;

/**
 * Start of a programme year: checks the allocation (form text or file) and stores it with the logged-in user in the
 * same transaction as the start, so a refused start (all problems in German) leaves nothing behind. Sets the business
 * key "Programmjahr-2027" and a one-line summary for Tasklist and Cockpit.
 */
@Component("programmjahrAnlegen")
class ProgrammjahrAnlegen implements ExecutionListener {

  private final ProgrammjahrAnlage anlage;
  private final Bearbeiter bearbeiter;

  ProgrammjahrAnlegen(ProgrammjahrAnlage anlage, Bearbeiter bearbeiter) {
    this.anlage = anlage;
    this.bearbeiter = bearbeiter;
  }

  @Override
  public void notify(DelegateExecution execution) throws IOException {
    FileValue datei = ZUTEILUNG_DATEI.von(execution);
    byte[] inhalt = null;
    if (datei != null) {
      try (InputStream in = datei.getValue()) {
        inhalt = in.readAllBytes();
      }
    }
    Erfasst erfasst = anlage.erfasse(JAHR.von(execution), LANDESBUDGET.von(execution),
        new Quelle(ZUTEILUNG_TEXT.von(execution), datei == null ? null : datei.getFilename(), inhalt), bearbeiter.angemeldet());
    execution.setProcessBusinessKey("Programmjahr-" + erfasst.zuteilung().jahr());
    PROGRAMMJAHR_ID.setze(execution, erfasst.id());
    JAHR.setze(execution, erfasst.zuteilung().jahr());
    ZUTEILUNG_ANZEIGE.setze(execution, erfasst.zuteilung().anteile().size() + " Gebietskörperschaften, zusammen "
        + Geld.alsWaehrung(erfasst.zuteilung().summeCent()) + " von " + Geld.alsWaehrung(erfasst.zuteilung().landesbudgetCent())
        + " Landesbudget");
    anlage.verknuepfe(erfasst.id(), execution.getProcessInstanceId());
  }
}

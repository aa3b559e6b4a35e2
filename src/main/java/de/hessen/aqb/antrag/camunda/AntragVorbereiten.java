package de.hessen.aqb.antrag.camunda;

import static de.hessen.aqb.antrag.camunda.AntragVariablen.*;

import de.hessen.aqb.antrag.AntragVorbereitung;
import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.fall.Faelle;
import de.hessen.aqb.plattform.ProzessVariable;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Antrag aus der Zielvereinbarung vorbereiten": the service prepares; the form headers and the timers get their values. */
@Component("antragVorbereiten")
class AntragVorbereiten implements JavaDelegate {

  private final AntragVorbereitung vorbereitung;
  private final Faelle faelle;

  AntragVorbereiten(AntragVorbereitung vorbereitung, Faelle faelle) {
    this.vorbereitung = vorbereitung;
    this.faelle = faelle;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Fallkopf fall = faelle.kopf(execution);
    var vorbereitet = vorbereitung.bereiteVor(fall);
    FOERDERFALL_NUMMER.setze(execution, fall.nummer());
    JAHR.setze(execution, fall.jahr());
    GEBIETSKOERPERSCHAFT_NAME.setze(execution, fall.gebietskoerperschaftName());
    BUDGET_ANZEIGE.setze(execution, vorbereitet.budgetAnzeige());
    execution.setVariable(MASSNAHMEN.name(), ProzessVariable.alsJson(vorbereitet.massnahmen()));
    ANTRAGSFRIST.setze(execution, vorbereitet.antragsfrist().toString());
    ANTRAGSFRIST_ANZEIGE.setze(execution, vorbereitet.antragsfrist().format(DateTimeFormatter.ofPattern("d.M.yyyy")));
    ANTRAG_ERINNERUNG_AM.setze(execution, vorbereitet.erinnerung().toString());
  }
}

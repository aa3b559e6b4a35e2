package de.hessen.aqb.antrag.camunda;

import static de.hessen.aqb.antrag.camunda.AntragVariablen.*;

import de.hessen.aqb.antrag.TraegerBeteiligung;
import de.hessen.aqb.fall.Faelle;
import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.plattform.Bearbeiter;
import de.hessen.aqb.plattform.ProzessVariable;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** "Maßnahmendetails ergänzen" (the provider's own measures go into the stored Antrag) and the body's view afterwards. */
@Configuration
class MassnahmendetailsSchritte {

  private final Faelle faelle;

  MassnahmendetailsSchritte(Faelle faelle) {
    this.faelle = faelle;
  }

  @Bean("massnahmendetailsAbschliessen")
  TaskListener massnahmendetailsAbschliessen(TraegerBeteiligung beteiligung, Bearbeiter bearbeiter) {
    return aufgabe -> {
      Fallkopf fall = faelle.kopf(aufgabe);
      beteiligung.uebernimm(fall.nummer(), fall.jahr(), TRAEGER_GRUPPE.von(aufgabe), TRAEGER_MASSNAHMEN.von(aufgabe),
          bearbeiter.von(aufgabe));
    };
  }

  /** After the providers: the body's form shows the stored Antrag with their details. */
  @Bean("antragAnzeigeAktualisieren")
  ExecutionListener anzeigeAktualisieren(TraegerBeteiligung beteiligung) {
    return execution -> execution.getProcessInstance().setVariable(MASSNAHMEN.name(),
        ProzessVariable.alsJson(beteiligung.antrag(faelle.kopf(execution).nummer())));
  }
}

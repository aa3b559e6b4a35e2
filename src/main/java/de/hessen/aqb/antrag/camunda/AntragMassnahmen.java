package de.hessen.aqb.antrag.camunda;

import de.hessen.aqb.antrag.TraegerBeteiligung;
import de.hessen.aqb.fall.Faelle;
import de.hessen.aqb.plattform.ProzessVariable;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * Used in the model as {@code ${antragMassnahmen...}}: the providers to involve (collection of the multi-instance and
 * the gateway "Träger mit eigenem Zugang beteiligt?") and what each provider's process receives — from the stored Antrag.
 */
@Component("antragMassnahmen")
public class AntragMassnahmen {

  private final TraegerBeteiligung beteiligung;
  private final Faelle faelle;

  AntragMassnahmen(TraegerBeteiligung beteiligung, Faelle faelle) {
    this.beteiligung = beteiligung;
    this.faelle = faelle;
  }

  public List<String> traegerGruppen(VariableScope scope) {
    return beteiligung.traegerGruppen(faelle.kopf(scope).nummer());
  }

  public TypedValue fuerTraeger(VariableScope scope, String gruppe) {
    return ProzessVariable.alsJson(beteiligung.fuerTraeger(faelle.kopf(scope).nummer(), gruppe));
  }
}

package de.hessen.aqb.durchfuehrung.camunda;

import static de.hessen.aqb.durchfuehrung.camunda.DurchfuehrungVariablen.*;

import de.hessen.aqb.durchfuehrung.Mittelanzeige;
import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.plattform.ProzessVariable;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** Writes where the money stands (from the ledgers) into the display variables of the forms and the routing variable. */
@Component
class StandZeigen {

  private final Mittelanzeige mittelanzeige;

  StandZeigen(Mittelanzeige mittelanzeige) {
    this.mittelanzeige = mittelanzeige;
  }

  void zeige(VariableScope scope, Fallkopf fall) {
    Mittelanzeige.Anzeige anzeige = mittelanzeige.anzeige(fall.nummer());
    BEWILLIGT_ANZEIGE.setze(scope, anzeige.bewilligt());
    AUSGEZAHLT_ANZEIGE.setze(scope, anzeige.ausgezahlt());
    VERFUEGBAR_ANZEIGE.setze(scope, anzeige.verfuegbar());
    VERFUEGBAR_CENT.setze(scope, anzeige.verfuegbarCent());
    scope.setVariable(MITTELABRUFE.name(), ProzessVariable.alsJson(anzeige.abrufe()));
  }
}

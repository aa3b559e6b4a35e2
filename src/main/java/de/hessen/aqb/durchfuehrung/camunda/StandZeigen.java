package de.hessen.aqb.durchfuehrung.camunda;

import static de.hessen.aqb.durchfuehrung.camunda.DurchfuehrungVariablen.*;

import de.hessen.aqb.durchfuehrung.Mittelanzeige;
import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.plattform.ProzessVariable;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Writes where the money of the case stands (from the ledgers) into the display variables every task of the
 * Durchführung shows — per measure and in total, with the history of Bescheide. Used by the stage's called requests
 * too (Mittelabruf, Änderungsantrag); returns the figures for routing.
 */
@Component
public class StandZeigen {

  private final Mittelanzeige mittelanzeige;

  StandZeigen(Mittelanzeige mittelanzeige) {
    this.mittelanzeige = mittelanzeige;
  }

  public Mittelanzeige.Anzeige zeige(VariableScope scope, Fallkopf fall) {
    Mittelanzeige.Anzeige anzeige = mittelanzeige.anzeige(fall.nummer());
    BEWILLIGT_ANZEIGE.setze(scope, anzeige.bewilligt());
    AUSGEZAHLT_ANZEIGE.setze(scope, anzeige.ausgezahlt());
    OFFEN_ANZEIGE.setze(scope, anzeige.offen());
    VERFUEGBAR_ANZEIGE.setze(scope, anzeige.verfuegbar());
    MASSNAHMEN_STAND.setze(scope, ProzessVariable.alsJson(anzeige.massnahmen()));
    BESCHEID_HISTORIE.setze(scope, ProzessVariable.alsJson(anzeige.bescheide()));
    MITTELABRUFE.setze(scope, ProzessVariable.alsJson(anzeige.abrufe()));
    return anzeige;
  }
}

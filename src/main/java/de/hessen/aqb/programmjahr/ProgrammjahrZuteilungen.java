package de.hessen.aqb.programmjahr;

import de.hessen.aqb.zielvereinbarung.Zuteilungsquelle;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The released allocation as the source of a Zielvereinbarung draft's budget (hook of the stage Zielvereinbarung). */
@Component
class ProgrammjahrZuteilungen implements Zuteilungsquelle {

  private final ProgrammjahrTabelle tabelle;

  ProgrammjahrZuteilungen(ProgrammjahrTabelle tabelle) {
    this.tabelle = tabelle;
  }

  @Override
  public Optional<Long> budgetCent(String kreisschluessel, int jahr) {
    return tabelle.freigegebenerBetrag(kreisschluessel, jahr);
  }
}

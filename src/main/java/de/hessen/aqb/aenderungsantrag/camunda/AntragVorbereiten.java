package de.hessen.aqb.aenderungsantrag.camunda;

import static de.hessen.aqb.aenderungsantrag.camunda.AenderungsantragVariablen.*;

import de.hessen.aqb.aenderungsantrag.AenderungsAnzeige;
import de.hessen.aqb.durchfuehrung.camunda.StandZeigen;
import de.hessen.aqb.fall.Faelle;
import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.plattform.ProzessVariable;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Änderungsantrag stellen" is created: the form starts empty and shows the case's figures and the providers. */
@Component("aenderungsantragVorbereiten")
class AntragVorbereiten implements TaskListener {

  private static final List<ProzessVariable<?>> EINGABEN = List.of(AKTION, POSTEN, NEUE_MASSNAHMEN, NEUES_ENDE, BEGRUENDUNG);

  private final Faelle faelle;
  private final StandZeigen stand;
  private final AenderungsAnzeige anzeige;

  AntragVorbereiten(Faelle faelle, StandZeigen stand, AenderungsAnzeige anzeige) {
    this.faelle = faelle;
    this.stand = stand;
    this.anzeige = anzeige;
  }

  @Override
  public void notify(DelegateTask aufgabe) {
    EINGABEN.forEach(e -> e.setze(aufgabe, null));
    Fallkopf fall = faelle.kopf(aufgabe);
    stand.zeige(aufgabe, fall);
    aufgabe.setVariable(TRAEGER_AUSWAHL.name(), ProzessVariable.alsJson(anzeige.traeger()));
  }
}

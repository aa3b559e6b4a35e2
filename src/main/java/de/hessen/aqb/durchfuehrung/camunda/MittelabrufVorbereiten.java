package de.hessen.aqb.durchfuehrung.camunda;

import static de.hessen.aqb.durchfuehrung.camunda.MittelabrufVariablen.*;

import de.hessen.aqb.fall.Faelle;
import de.hessen.aqb.plattform.ProzessVariable;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Mittelabruf stellen" is created: the form starts empty and shows where the money stands now, per measure. */
@Component("mittelabrufVorbereiten")
class MittelabrufVorbereiten implements TaskListener {

  private static final List<ProzessVariable<?>> EINGABEN = List.of(MITTELABRUF_AKTION, MITTELABRUF_BETRAEGE,
      MITTELABRUF_BEDARF_BIS, MITTELABRUF_ZWECK, MITTELABRUF_VERWENDUNG_BISHER);

  private final Faelle faelle;
  private final StandZeigen stand;

  MittelabrufVorbereiten(Faelle faelle, StandZeigen stand) {
    this.faelle = faelle;
    this.stand = stand;
  }

  @Override
  public void notify(DelegateTask aufgabe) {
    EINGABEN.forEach(eingabe -> eingabe.setze(aufgabe, null));
    stand.zeige(aufgabe, faelle.kopf(aufgabe));
  }
}

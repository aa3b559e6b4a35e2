package de.hessen.aqb.durchfuehrung.camunda;

import static de.hessen.aqb.durchfuehrung.camunda.MittelabrufVariablen.*;

import de.hessen.aqb.durchfuehrung.MittelabrufEntscheiden;
import de.hessen.aqb.durchfuehrung.domain.Entscheidung;
import de.hessen.aqb.fall.Faelle;
import de.hessen.aqb.plattform.Bearbeiter;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Mittelabruf prüfen" is completed: the service checks the RP's decision against the request and the amounts granted
 * now and books it, with the logged-in user as decider. The variables only show the result.
 */
@Component("mittelabrufPruefungAbschliessen")
class PruefungAbschliessen implements TaskListener {

  private final Faelle faelle;
  private final MittelabrufEntscheiden entscheiden;
  private final Bearbeiter bearbeiter;

  PruefungAbschliessen(Faelle faelle, MittelabrufEntscheiden entscheiden, Bearbeiter bearbeiter) {
    this.faelle = faelle;
    this.entscheiden = entscheiden;
    this.bearbeiter = bearbeiter;
  }

  @Override
  public void notify(DelegateTask aufgabe) {
    String von = bearbeiter.von(aufgabe);
    Entscheidung entscheidung = entscheiden.entscheide(faelle.kopf(aufgabe), MITTELABRUF_NUMMER.von(aufgabe),
        ENTSCHEIDUNG.von(aufgabe), betraege(AUSZAHLUNGEN.von(aufgabe)), BEGRUENDUNG.von(aufgabe), von);
    ENTSCHEIDUNG_ART.setze(aufgabe, entscheidung.art().name());
    AUSZAHLUNG_CENT.setze(aufgabe, entscheidung.summeCent());
    BEGRUENDUNG.setze(aufgabe, entscheidung.begruendung());
    GEPRUEFT_VON.setze(aufgabe, von);
  }
}

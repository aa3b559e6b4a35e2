package de.hessen.aqb.durchfuehrung.camunda;

import static de.hessen.aqb.durchfuehrung.camunda.MittelabrufVariablen.*;
import static de.hessen.aqb.gemeinsam.Datumsanzeige.TT_MM_JJJJ;

import de.hessen.aqb.durchfuehrung.MittelabrufStellen;
import de.hessen.aqb.fall.Faelle;
import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.gemeinsam.Geld;
import de.hessen.aqb.plattform.Bearbeiter;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Mittelabruf stellen" is completed: the service records the request (or its withdrawal); the gateway reads the result;
 * the stage's figures show the new request.
 */
@Component("mittelabrufAbschicken")
class MittelabrufAbschicken implements TaskListener {

  private final Faelle faelle;
  private final MittelabrufStellen stellen;
  private final Bearbeiter bearbeiter;
  private final StandZeigen stand;

  MittelabrufAbschicken(Faelle faelle, MittelabrufStellen stellen, Bearbeiter bearbeiter, StandZeigen stand) {
    this.faelle = faelle;
    this.stellen = stellen;
    this.bearbeiter = bearbeiter;
    this.stand = stand;
  }

  @Override
  public void notify(DelegateTask aufgabe) {
    Fallkopf fall = faelle.kopf(aufgabe);
    MittelabrufStellen.Gestellt abruf = stellen.bearbeite(fall, new MittelabrufStellen.Eingabe(MITTELABRUF_AKTION.von(aufgabe),
        betraege(MITTELABRUF_BETRAEGE.von(aufgabe)), MITTELABRUF_BEDARF_BIS.von(aufgabe), MITTELABRUF_ZWECK.von(aufgabe),
        MITTELABRUF_VERWENDUNG_BISHER.von(aufgabe)), bearbeiter.von(aufgabe));
    MITTELABRUF_GESTELLT.setze(aufgabe, abruf != null);
    if (abruf != null) {
      MITTELABRUF_NUMMER.setze(aufgabe, abruf.nummer());
      MITTELABRUF_CENT.setze(aufgabe, abruf.betragCent());
      MITTELABRUF_ANZEIGE.setze(aufgabe, Geld.alsWaehrung(abruf.betragCent()));
      MITTELABRUF_BEDARF_ANZEIGE.setze(aufgabe, TT_MM_JJJJ.format(abruf.bedarfBis()));
      MITTELABRUF_ZWECK.setze(aufgabe, abruf.zweck());
      MITTELABRUF_VON.setze(aufgabe, abruf.von());
      // the stage's standing task shows the new request as "in Prüfung" at once
      if (aufgabe.getExecution().getProcessInstance().getSuperExecution() != null) {
        stand.zeige(aufgabe.getExecution().getProcessInstance().getSuperExecution().getProcessInstance(), fall);
      }
    }
  }
}

package de.hessen.aqb.umsetzungsbesprechung.camunda;

import static de.hessen.aqb.umsetzungsbesprechung.camunda.UmsetzungsbesprechungVariablen.*;

import de.hessen.aqb.plattform.Bearbeiter;
import de.hessen.aqb.umsetzungsbesprechung.BesprechungProtokollierung;
import de.hessen.aqb.umsetzungsbesprechung.domain.Protokoll;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Umsetzungsbesprechung protokollieren" is completed: minutes, attendance and follow-ups are checked and recorded. */
@Component("umsetzungsbesprechungProtokollieren")
class Protokollieren implements TaskListener {

  private final BesprechungProtokollierung protokollierung;
  private final Bearbeiter bearbeiter;

  Protokollieren(BesprechungProtokollierung protokollierung, Bearbeiter bearbeiter) {
    this.protokollierung = protokollierung;
    this.bearbeiter = bearbeiter;
  }

  @Override
  public void notify(DelegateTask aufgabe) {
    protokollierung.protokolliere(aufgabe.getProcessInstanceId(), new Protokoll.Eingabe(PROTOKOLL.von(aufgabe),
        Listen.werte(ANWESEND.von(aufgabe), "id"),
        Listen.eintraege(VEREINBARUNGEN.von(aufgabe)).stream().map(v -> new Protokoll.VereinbarungEingabe(v.path("was").asText(""),
            v.path("zustaendig").asText(""), v.path("faelligAm").asText(""))).toList()),
        bearbeiter.von(aufgabe));
  }
}

package de.hessen.aqb.zielvereinbarung.camunda;

import static de.hessen.aqb.zielvereinbarung.camunda.ZielvereinbarungVariablen.*;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import de.hessen.aqb.fall.Faelle;
import de.hessen.aqb.plattform.Bearbeiter;
import de.hessen.aqb.plattform.ProzessVariable;
import de.hessen.aqb.zielvereinbarung.EntwurfPruefung;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Entwurf prüfen" completed: the body's answer to the use case; the routing result and the rounds for display. */
@Component("zvPruefungAbschliessen")
class PruefungAbschliessen implements TaskListener {

  private static final DateTimeFormatter ZEIT = DateTimeFormatter.ofPattern("d.M.yyyy HH:mm").withZone(ZoneId.of("Europe/Berlin"));

  private final EntwurfPruefung pruefung;
  private final Faelle faelle;
  private final Bearbeiter bearbeiter;

  PruefungAbschliessen(EntwurfPruefung pruefung, Faelle faelle, Bearbeiter bearbeiter) {
    this.pruefung = pruefung;
    this.faelle = faelle;
    this.bearbeiter = bearbeiter;
  }

  @Override
  public void notify(DelegateTask aufgabe) {
    EntwurfPruefung.Ergebnis ergebnis = pruefung.pruefe(faelle.kopf(aufgabe), PRUEFUNG_ERGEBNIS.von(aufgabe),
        AENDERUNGSWUNSCH.von(aufgabe), bearbeiter.von(aufgabe));
    ArrayNode runden = JsonNodeFactory.instance.arrayNode();
    for (EntwurfPruefung.Runde r : ergebnis.runden()) {
      runden.addObject().put("runde", r.nummer()).put("benutzer", r.benutzer()).put("bearbeiter", r.bearbeiter())
          .put("zeitpunkt", ZEIT.format(r.am())).put("ergebnis", r.zugestimmt() ? "Zustimmung" : "Änderung erbeten")
          .put("begruendung", r.zugestimmt() ? "" : r.aenderungswunsch());
    }
    aufgabe.setVariable(PRUEFRUNDEN.name(), ProzessVariable.alsJson(runden));
    ENTWURF_AKZEPTIERT.setze(aufgabe, ergebnis.zugestimmt());
    AENDERUNGSWUNSCH.setze(aufgabe, ergebnis.aenderungswunsch());
  }
}

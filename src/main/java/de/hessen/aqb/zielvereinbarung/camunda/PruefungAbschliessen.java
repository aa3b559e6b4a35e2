package de.hessen.aqb.zielvereinbarung.camunda;

import static de.hessen.aqb.zielvereinbarung.camunda.ZielvereinbarungVariablen.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import de.hessen.aqb.identity.Personen;
import de.hessen.aqb.plattform.Bearbeiter;
import de.hessen.aqb.plattform.ProzessVariable;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Entwurf prüfen" completed: checks the decision and keeps the round (who, when, what) in {@code pruefrunden}. */
@Component("zvPruefungAbschliessen")
class PruefungAbschliessen implements TaskListener {

  private static final DateTimeFormatter ZEIT = DateTimeFormatter.ofPattern("d.M.yyyy HH:mm");

  private final Bearbeiter bearbeiter;
  private final Personen personen;

  PruefungAbschliessen(Bearbeiter bearbeiter, Personen personen) {
    this.bearbeiter = bearbeiter;
    this.personen = personen;
  }

  @Override
  public void notify(DelegateTask aufgabe) {
    String ergebnis = PRUEFUNG_ERGEBNIS.von(aufgabe);
    if (!"zustimmen".equals(ergebnis) && !"aendern".equals(ergebnis)) {
      throw new UngueltigeEingabe("Bitte entscheiden: dem Entwurf zustimmen oder Änderungen erbitten.");
    }
    boolean akzeptiert = "zustimmen".equals(ergebnis);
    String wunsch = AENDERUNGSWUNSCH.von(aufgabe);
    if (!akzeptiert && wunsch == null) {
      throw new UngueltigeEingabe("Bitte beschreiben, welche Änderungen Sie erbitten.");
    }
    String benutzer = bearbeiter.von(aufgabe);
    JsonNode bisher = PRUEFRUNDEN.von(aufgabe);
    ArrayNode runden = bisher instanceof ArrayNode a ? a : JsonNodeFactory.instance.arrayNode();
    ObjectNode runde = runden.addObject();
    runde.put("runde", runden.size());
    runde.put("benutzer", benutzer);
    runde.put("bearbeiter", benutzer == null ? "" : personen.anzeigename(benutzer));
    runde.put("zeitpunkt", LocalDateTime.now().format(ZEIT));
    runde.put("ergebnis", akzeptiert ? "Zustimmung" : "Änderung erbeten");
    runde.put("begruendung", akzeptiert ? "" : wunsch);
    aufgabe.setVariable(PRUEFRUNDEN.name(), ProzessVariable.alsJson(runden));
    ENTWURF_AKZEPTIERT.setze(aufgabe, akzeptiert);
    SACHBEARBEITUNG_GEBIETSKOERPERSCHAFT.setze(aufgabe, benutzer);
    AENDERUNGSWUNSCH.setze(aufgabe, akzeptiert ? null : wunsch);
  }
}

package de.hessen.aqb.antrag.camunda;

import static de.hessen.aqb.antrag.camunda.AntragVariablen.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.hessen.aqb.antrag.AntragEigenschaften;
import de.hessen.aqb.antrag.AntragFristen;
import de.hessen.aqb.antrag.domain.Antrag;
import de.hessen.aqb.antrag.domain.AntragKennzahlen;
import de.hessen.aqb.antrag.domain.AntragRegeln;
import de.hessen.aqb.gemeinsam.Fehlerliste;
import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import de.hessen.aqb.plattform.Bearbeiter;
import de.hessen.aqb.plattform.ProzessVariable;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The RP's check: the rules of the DMN "Antragsprüfung" as a checklist, then the clerk's decision or Nachforderung. */
@Configuration
class AntragPruefung {

  static final String ENTSCHEIDUNG = "Decision_Antragspruefung";

  @Bean("antragNachRegelnPruefen")
  JavaDelegate nachRegelnPruefen(DecisionService decisionService, AntragMassnahmen massnahmen, AntragFristen fristen,
      AntragEigenschaften eigenschaften) {
    return execution -> {
      int jahr = JAHR.von(execution);
      Antrag antrag = AntragRegeln.lies(massnahmen.eingaben(MASSNAHMEN.von(execution)), jahr, massnahmen::traegerName,
          new Fehlerliste());
      AntragKennzahlen kennzahlen = AntragKennzahlen.berechne(antrag, BUDGET_CENT.von(execution), fristen.zulaessigVon(jahr),
          fristen.zulaessigBis(jahr), eigenschaften.zweckbindungen(jahr));
      DmnDecisionResult ergebnis = decisionService.evaluateDecisionByKey(ENTSCHEIDUNG)
          .variables(kennzahlen.alsVariablen()).evaluate();
      ArrayNode liste = JsonNodeFactory.instance.arrayNode();
      boolean alle = true;
      for (Map<String, Object> zeile : ergebnis.getResultList()) {
        boolean erfuellt = Boolean.TRUE.equals(zeile.get("erfuellt"));
        alle &= erfuellt;
        ObjectNode punkt = liste.addObject();
        punkt.put("nummer", ((Number) zeile.get("nummer")).intValue());
        punkt.put("pruefpunkt", String.valueOf(zeile.get("pruefpunkt")));
        punkt.put("ergebnis", erfuellt ? "erfüllt" : "NICHT erfüllt");
        punkt.put("erfuellt", erfuellt);
        punkt.put("hinweis", zeile.get("hinweis") == null ? "" : zeile.get("hinweis").toString());
      }
      execution.setVariable(PRUEFERGEBNIS.name(), ProzessVariable.alsJson(liste));
      ALLE_REGELN_ERFUELLT.setze(execution, alle);
      PRUEFENTSCHEIDUNG.setze(execution, null);
    };
  }

  @Bean("antragPruefungAbschliessen")
  TaskListener pruefungAbschliessen(Bearbeiter bearbeiter) {
    return aufgabe -> {
      String entscheidung = PRUEFENTSCHEIDUNG.von(aufgabe);
      if (!"nachfordern".equals(entscheidung) && !"entscheiden".equals(entscheidung)) {
        throw new UngueltigeEingabe("Bitte wählen: Unterlagen nachfordern oder über den Antrag entscheiden.");
      }
      if ("entscheiden".equals(entscheidung)) {
        return;
      }
      String text = NACHFORDERUNG_TEXT.von(aufgabe);
      LocalDate frist = NACHFORDERUNG_FRIST.von(aufgabe);
      new Fehlerliste()
          .wenn(text == null, "Bitte angeben, welche Unterlagen oder Korrekturen nachgefordert werden.")
          .wenn(frist == null, "Bitte eine Frist für die Nachforderung angeben.")
          .wenn(frist != null && !frist.isAfter(LocalDate.now()), "Die Frist der Nachforderung muss in der Zukunft liegen.")
          .pruefe();
      NACHFORDERUNG_FRIST_ENDE.setze(aufgabe, frist.atTime(23, 59).toString());
      JsonNode bisher = NACHFORDERUNGEN.von(aufgabe);
      ArrayNode runden = bisher instanceof ArrayNode a ? a : JsonNodeFactory.instance.arrayNode();
      ObjectNode runde = runden.addObject();
      runde.put("runde", runden.size());
      runde.put("text", text);
      runde.put("frist", frist.toString());
      runde.put("von", bearbeiter.von(aufgabe));
      runde.put("am", LocalDate.now().toString());
      aufgabe.setVariable(NACHFORDERUNGEN.name(), ProzessVariable.alsJson(runden));
    };
  }
}

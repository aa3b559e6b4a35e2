package de.hessen.aqb.antrag.camunda;

import static de.hessen.aqb.antrag.camunda.AntragVariablen.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.hessen.aqb.antrag.AntragFristen;
import de.hessen.aqb.plattform.ProzessVariable;
import de.hessen.aqb.zielvereinbarung.camunda.ZielvereinbarungVariablen;
import de.hessen.aqb.zielvereinbarung.domain.Massnahmenart;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Antrag aus der Zielvereinbarung vorbereiten": one measure per project of the agreement, and the deadlines. */
@Component("antragVorbereiten")
class AntragVorbereiten implements JavaDelegate {

  private final AntragFristen fristen;

  AntragVorbereiten(AntragFristen fristen) {
    this.fristen = fristen;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ArrayNode massnahmen = JsonNodeFactory.instance.arrayNode();
    int nummer = 0;
    for (Massnahmenart art : Massnahmenart.values()) {
      JsonNode projekte = ZielvereinbarungVariablen.projekte(art.nummer()).von(execution);
      if (projekte == null) {
        continue;
      }
      for (JsonNode projekt : projekte) {
        ObjectNode m = massnahmen.addObject();
        m.put("id", "M" + (++nummer));
        m.put("name", projekt.path("name").asText());
        m.put("massnahmenart", String.valueOf(art.nummer()));
        m.put("herkunft", "ZIELVEREINBARUNG");
        m.put("entfaellt", false);
      }
    }
    execution.setVariable(MASSNAHMEN.name(), ProzessVariable.alsJson(massnahmen));
    int jahr = JAHR.von(execution);
    LocalDateTime frist = fristen.antragsfrist(jahr);
    ANTRAGSFRIST.setze(execution, frist.toString());
    ANTRAGSFRIST_ANZEIGE.setze(execution, frist.format(DateTimeFormatter.ofPattern("d.M.yyyy")));
    ANTRAG_ERINNERUNG_AM.setze(execution, fristen.erinnerung(jahr).toString());
  }
}

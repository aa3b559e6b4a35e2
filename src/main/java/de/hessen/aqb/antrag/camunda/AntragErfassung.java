package de.hessen.aqb.antrag.camunda;

import static de.hessen.aqb.antrag.camunda.AntragVariablen.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.hessen.aqb.antrag.domain.Antrag;
import de.hessen.aqb.antrag.domain.AntragRegeln;
import de.hessen.aqb.gemeinsam.Fehlerliste;
import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import de.hessen.aqb.plattform.Bearbeiter;
import de.hessen.aqb.plattform.ProzessVariable;
import de.hessen.aqb.gemeinsam.Geld;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The body's and the provider's form steps: "Antrag erfassen" (format checks only, details may still be
 * missing), "Antrag prüfen und einreichen" and "Nachforderung beantworten" (complete and within budget),
 * "Maßnahmendetails ergänzen" (the provider's measures complete), and taking the provider's part back.
 */
@Configuration
class AntragErfassung {

  private final AntragMassnahmen massnahmen;
  private final Bearbeiter bearbeiter;

  AntragErfassung(AntragMassnahmen massnahmen, Bearbeiter bearbeiter) {
    this.massnahmen = massnahmen;
    this.bearbeiter = bearbeiter;
  }

  @Bean("antragErfassungAbschliessen")
  TaskListener erfassungAbschliessen() {
    return aufgabe -> {
      Fehlerliste fehler = new Fehlerliste();
      Antrag antrag = AntragRegeln.lies(massnahmen.eingaben(MASSNAHMEN.von(aufgabe)), JAHR.von(aufgabe),
          massnahmen::traegerName, fehler);
      fehler.pruefe();
      SACHBEARBEITUNG_GEBIETSKOERPERSCHAFT.setze(aufgabe, bearbeiter.von(aufgabe));
      ANTRAG_SUMME_ANZEIGE.setze(aufgabe, Geld.alsWaehrung(antrag.summeBeantragtCent()));
    };
  }

  @Bean("antragEinreichen")
  TaskListener einreichen() {
    return aufgabe -> {
      if (!Boolean.TRUE.equals(ANTRAG_BESTAETIGT.von(aufgabe))) {
        throw new UngueltigeEingabe("Bitte bestätigen, dass die Angaben vollständig und richtig sind.");
      }
      pruefeEinreichbar(aufgabe);
      ANTRAG_DATUM.setze(aufgabe, LocalDate.now().toString());
      SACHBEARBEITUNG_GEBIETSKOERPERSCHAFT.setze(aufgabe, bearbeiter.von(aufgabe));
    };
  }

  @Bean("antragNachforderungBeantworten")
  TaskListener nachforderungBeantworten() {
    return aufgabe -> {
      String antwort = NACHFORDERUNG_ANTWORT.von(aufgabe);
      if (antwort == null) {
        throw new UngueltigeEingabe("Bitte beantworten Sie die Nachforderung des Regierungspräsidiums.");
      }
      pruefeEinreichbar(aufgabe);
      JsonNode bisher = NACHFORDERUNGEN.von(aufgabe);
      ArrayNode runden = bisher instanceof ArrayNode a ? a : JsonNodeFactory.instance.arrayNode();
      if (!runden.isEmpty()) {
        ObjectNode letzte = (ObjectNode) runden.get(runden.size() - 1);
        letzte.put("antwort", antwort);
        letzte.put("beantwortetVon", bearbeiter.von(aufgabe));
        letzte.put("beantwortetAm", LocalDate.now().toString());
      }
      aufgabe.setVariable(NACHFORDERUNGEN.name(), ProzessVariable.alsJson(runden));
      NACHFORDERUNG_ANTWORT.setze(aufgabe, null);
    };
  }

  @Bean("massnahmendetailsAbschliessen")
  TaskListener massnahmendetailsAbschliessen() {
    return aufgabe -> {
      Fehlerliste fehler = new Fehlerliste();
      JsonNode eigene = TRAEGER_MASSNAHMEN.von(aufgabe);
      Antrag teil = AntragRegeln.lies(massnahmen.eingaben(eigene), JAHR.von(aufgabe), massnahmen::traegerName, fehler);
      fehler.pruefe();
      teil.aktive().stream().filter(m -> !m.vollstaendig()).forEach(m -> fehler.add("Maßnahme „" + m.name()
          + "“: Bitte Zeitraum, Plätze, Kosten und Finanzierung vollständig angeben."));
      fehler.pruefe();
    };
  }

  @Bean("antragTraegerbeitragUebernehmen")
  ExecutionListener traegerbeitragUebernehmen() {
    return (DelegateExecution execution) -> {
      JsonNode eigene = TRAEGER_MASSNAHMEN.von(execution);
      if (eigene != null) {
        massnahmen.uebernimm(execution.getProcessInstance(), eigene);
      }
    };
  }

  private void pruefeEinreichbar(DelegateTask aufgabe) {
    Antrag antrag = AntragRegeln.einreichbar(massnahmen.eingaben(MASSNAHMEN.von(aufgabe)), JAHR.von(aufgabe),
        BUDGET_CENT.von(aufgabe), massnahmen::traegerName);
    ANTRAG_SUMME_ANZEIGE.setze(aufgabe, Geld.alsWaehrung(antrag.summeBeantragtCent()));
  }
}

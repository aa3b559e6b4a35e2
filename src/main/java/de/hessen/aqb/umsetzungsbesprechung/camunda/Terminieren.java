package de.hessen.aqb.umsetzungsbesprechung.camunda;

import static de.hessen.aqb.gemeinsam.Datumsanzeige.TT_MM_JJJJ;
import static de.hessen.aqb.umsetzungsbesprechung.camunda.UmsetzungsbesprechungVariablen.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.hessen.aqb.fall.Faelle;
import de.hessen.aqb.plattform.Bearbeiter;
import de.hessen.aqb.plattform.ProzessVariable;
import de.hessen.aqb.umsetzungsbesprechung.BesprechungTerminierung;
import de.hessen.aqb.umsetzungsbesprechung.domain.Terminierung;
import java.util.Map;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** "Umsetzungsbesprechung terminieren": the people to choose from (create), the checked schedule (complete). */
@Configuration
class Terminieren {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Faelle faelle;
  private final BesprechungTerminierung terminierung;

  Terminieren(Faelle faelle, BesprechungTerminierung terminierung) {
    this.faelle = faelle;
    this.terminierung = terminierung;
  }

  @Bean("umsetzungsbesprechungAuswahl")
  TaskListener auswahl() {
    return aufgabe -> aufgabe.setVariable(TEILNEHMENDE_AUSWAHL.name(), ProzessVariable.alsJson(JSON.valueToTree(
        terminierung.auswahl(faelle.kopf(aufgabe)).stream()
            .map(a -> Map.of("id", a.id(), "name", a.name(), "partei", a.partei().wert(), "seite", a.partei().bezeichnung())).toList())));
  }

  @Bean("umsetzungsbesprechungTerminieren")
  TaskListener terminieren(Bearbeiter bearbeiter) {
    return aufgabe -> {
      Terminierung.Termin termin = terminierung.terminiere(aufgabe.getProcessInstanceId(), faelle.kopf(aufgabe),
          new Terminierung.Eingabe(DATUM.von(aufgabe), UHRZEIT.von(aufgabe), ORT.von(aufgabe),
              Listen.werte(TEILNEHMENDE.von(aufgabe), "id"), TAGESORDNUNG.von(aufgabe)),
          bearbeiter.von(aufgabe));
      TERMIN.setze(aufgabe, terminierung.beginn(termin));
      TERMIN_ANZEIGE.setze(aufgabe, termin.datum().format(TT_MM_JJJJ) + ", " + termin.uhrzeit() + " Uhr, " + termin.ort());
    };
  }
}

package de.hessen.aqb.aenderungsantrag.camunda;

import static de.hessen.aqb.aenderungsantrag.camunda.AenderungsantragVariablen.*;

import de.hessen.aqb.aenderungsantrag.AenderungsantragStellen;
import de.hessen.aqb.fall.Faelle;
import de.hessen.aqb.plattform.Bearbeiter;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** "Änderungsantrag stellen" is completed: the service checks and records the request (or its withdrawal). */
@Configuration
class AntragStellenSchritte {

  private final Faelle faelle;
  private final AenderungsantragStellen stellen;
  private final Bearbeiter bearbeiter;

  AntragStellenSchritte(Faelle faelle, AenderungsantragStellen stellen, Bearbeiter bearbeiter) {
    this.faelle = faelle;
    this.stellen = stellen;
    this.bearbeiter = bearbeiter;
  }

  @Bean("aenderungsantragAbschicken")
  TaskListener abschicken() {
    return aufgabe -> {
      AenderungsantragStellen.Gestellt gestellt = stellen.bearbeite(faelle.kopf(aufgabe), AKTION.von(aufgabe),
          Formularlisten.eingabe(POSTEN.von(aufgabe), NEUE_MASSNAHMEN.von(aufgabe), NEUES_ENDE.von(aufgabe), BEGRUENDUNG.von(aufgabe)),
          bearbeiter.von(aufgabe));
      GESTELLT.setze(aufgabe, gestellt != null);
      ZEITRAUM_GEAENDERT.setze(aufgabe, false);
      if (gestellt != null) {
        NUMMER.setze(aufgabe, gestellt.nummer());
        EINSTUFUNG.setze(aufgabe, gestellt.einstufung().name());
      }
    };
  }
}

package de.hessen.aqb.aenderungsantrag.camunda;

import static de.hessen.aqb.aenderungsantrag.camunda.AenderungsantragVariablen.*;

import de.hessen.aqb.aenderungsantrag.AenderungsAnzeige;
import de.hessen.aqb.aenderungsantrag.AenderungsantragStellen;
import de.hessen.aqb.durchfuehrung.camunda.StandZeigen;
import de.hessen.aqb.fall.Faelle;
import de.hessen.aqb.plattform.Bearbeiter;
import de.hessen.aqb.plattform.ProzessVariable;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** "Änderungsantrag stellen": the form starts empty with the case's figures; on completion the service checks and records. */
@Configuration
class AntragStellenSchritte {

  private static final List<ProzessVariable<?>> EINGABEN = List.of(AKTION, POSTEN, NEUE_MASSNAHMEN, NEUES_ENDE, BEGRUENDUNG);

  private final Faelle faelle;
  private final StandZeigen stand;
  private final AenderungsAnzeige anzeige;
  private final AenderungsantragStellen stellen;
  private final Bearbeiter bearbeiter;

  AntragStellenSchritte(Faelle faelle, StandZeigen stand, AenderungsAnzeige anzeige, AenderungsantragStellen stellen,
      Bearbeiter bearbeiter) {
    this.faelle = faelle;
    this.stand = stand;
    this.anzeige = anzeige;
    this.stellen = stellen;
    this.bearbeiter = bearbeiter;
  }

  @Bean("aenderungsantragVorbereiten")
  TaskListener vorbereiten() {
    return aufgabe -> {
      EINGABEN.forEach(e -> e.setze(aufgabe, null));
      stand.zeige(aufgabe, faelle.kopf(aufgabe));
      aufgabe.setVariable(TRAEGER_AUSWAHL.name(), ProzessVariable.alsJson(anzeige.traeger()));
    };
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

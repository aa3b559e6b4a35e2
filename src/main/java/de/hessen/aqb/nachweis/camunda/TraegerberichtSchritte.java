package de.hessen.aqb.nachweis.camunda;

import static de.hessen.aqb.nachweis.camunda.TraegerberichtVariablen.*;

import de.hessen.aqb.fall.Faelle;
import de.hessen.aqb.nachweis.TraegerberichtEinreichung;
import de.hessen.aqb.nachweis.Traegeranteile;
import de.hessen.aqb.nachweis.domain.Traegeranteil.Angabe;
import de.hessen.aqb.plattform.Bearbeiter;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The provider's "Sachberichtsteil erstellen" (its part into the stage's tables) and the body's view of the parts (ADR 15). */
@Configuration
class TraegerberichtSchritte {

  private final Faelle faelle;

  TraegerberichtSchritte(Faelle faelle) {
    this.faelle = faelle;
  }

  @Bean("traegerberichtAbschliessen")
  TaskListener traegerberichtAbschliessen(TraegerberichtEinreichung einreichung, Bearbeiter bearbeiter) {
    return aufgabe -> {
      var angaben = Eingabewerte.eintraege(TRAEGERBERICHT_MASSNAHMEN.von(aufgabe)).stream()
          .map(z -> new Angabe(z.path("id").asText(), z.path("teilnehmendeErreicht").asText(""), z.path("ergebnisse").asText(""),
              z.path("abweichungen").asText(""), z.path("ausgaben").asText(""), z.path("einnahmen").asText(""))).toList();
      einreichung.reicheEin(faelle.kopf(aufgabe), TRAEGER_GRUPPE.von(aufgabe), bearbeiter.von(aufgabe), angaben,
          Eingabewerte.datei(TRAEGER_BELEGLISTE.von(aufgabe)), Boolean.TRUE.equals(TRAEGERBERICHT_BESTAETIGT.von(aufgabe)));
    };
  }

  /** On "Verwendungsnachweis erstellen": the providers' parts from the tables, copied by measure id into the body's view. */
  @Bean("traegerberichteAnzeigen")
  TaskListener traegerberichteAnzeigen(Traegeranteile traegeranteile) {
    return aufgabe -> {
      var anteile = traegeranteile.anteile(faelle.kopf(aufgabe).nummer());
      if (anteile.leer()) {
        return;
      }
      TRAEGERBERICHTE.setze(aufgabe, TraegerberichtAnzeige.berichte(anteile));
      SACHBERICHT_TRAEGER.setze(aufgabe, anteile.sachbericht());
      NachweisVariablen.ZAHLENMAESSIGER_NACHWEIS.setze(aufgabe,
          TraegerberichtAnzeige.zeilen(NachweisVariablen.ZAHLENMAESSIGER_NACHWEIS.von(aufgabe), anteile));
    };
  }
}

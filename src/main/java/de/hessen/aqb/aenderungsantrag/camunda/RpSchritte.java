package de.hessen.aqb.aenderungsantrag.camunda;

import static de.hessen.aqb.aenderungsantrag.camunda.AenderungsantragVariablen.*;

import de.hessen.aqb.aenderungsantrag.AenderungEntscheiden;
import de.hessen.aqb.fall.Faelle;
import de.hessen.aqb.plattform.Bearbeiter;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The RP's tasks on completion: the service records the acknowledgement, the draft (drafter = logged-in user) or the release (Vier-Augen on claim and completion).
 */
@Configuration
class RpSchritte {

  private final Faelle faelle;
  private final AenderungEntscheiden entscheiden;
  private final Bearbeiter bearbeiter;

  RpSchritte(Faelle faelle, AenderungEntscheiden entscheiden, Bearbeiter bearbeiter) {
    this.faelle = faelle;
    this.entscheiden = entscheiden;
    this.bearbeiter = bearbeiter;
  }

  @Bean("aenderungZurKenntnisNehmen")
  TaskListener zurKenntnis() {
    return aufgabe -> entscheiden.nimmZurKenntnis(faelle.kopf(aufgabe), NUMMER.von(aufgabe), KENNTNIS_BEMERKUNG.von(aufgabe),
        bearbeiter.von(aufgabe));
  }

  @Bean("aenderungsbescheidEntworfen")
  TaskListener entworfen() {
    return aufgabe -> {
      entscheiden.entwerfe(faelle.kopf(aufgabe), NUMMER.von(aufgabe), ENTSCHEIDUNG.von(aufgabe), Formularlisten.betraege(BETRAEGE.von(aufgabe)),
          ENTSCHEIDUNG_BEGRUENDUNG.von(aufgabe), bearbeiter.von(aufgabe));
      NACHPRUEFUNG.setze(aufgabe, null);
    };
  }

  /** In the engine: the drafter can neither claim nor complete the release (Tasklist, REST, Java). */
  @Bean("aenderungVierAugen")
  TaskListener vierAugen() {
    return (DelegateTask aufgabe) -> entscheiden.pruefeVierAugen(faelle.kopf(aufgabe), NUMMER.von(aufgabe),
        bearbeiter.handelnd(aufgabe));
  }

  @Bean("aenderungsbescheidFreigabe")
  TaskListener freigabe() {
    return aufgabe -> FREIGEGEBEN.setze(aufgabe, entscheiden.gibFrei(faelle.kopf(aufgabe), NUMMER.von(aufgabe),
        FREIGABE.von(aufgabe), FREIGABE_BEMERKUNG.von(aufgabe), bearbeiter.von(aufgabe)));
  }
}

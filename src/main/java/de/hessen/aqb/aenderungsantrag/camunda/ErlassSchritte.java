package de.hessen.aqb.aenderungsantrag.camunda;

import static de.hessen.aqb.aenderungsantrag.camunda.AenderungsantragVariablen.*;

import de.hessen.aqb.aenderungsantrag.AenderungBuchen;
import de.hessen.aqb.aenderungsantrag.AenderungsantragMails;
import de.hessen.aqb.fall.Faelle;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * "Änderung erlassen und buchen" and "Änderungsschreiben versenden". A change that no longer fits the ledger at booking
 * (e.g. a Mittelabruf paid meanwhile) is booked not at all: the error "AENDERUNG_PASST_NICHT" takes it back to the RP's
 * drafting task with the reason.
 */
@Configuration
class ErlassSchritte {

  static final String PASST_NICHT = "AENDERUNG_PASST_NICHT";

  private final Faelle faelle;
  private final AenderungBuchen buchen;
  private final AenderungsantragMails mails;

  ErlassSchritte(Faelle faelle, AenderungBuchen buchen, AenderungsantragMails mails) {
    this.faelle = faelle;
    this.buchen = buchen;
    this.mails = mails;
  }

  @Bean("aenderungErlassen")
  JavaDelegate erlassen() {
    return execution -> {
      AenderungBuchen.Ergebnis ergebnis = buchen.erlasse(faelle.kopf(execution), NUMMER.von(execution));
      if (ergebnis.problem() != null) {
        throw new BpmnError(PASST_NICHT, ergebnis.problem());
      }
      AKTENZEICHEN.setze(execution, ergebnis.aktenzeichen());
      ZEITRAUM_GEAENDERT.setze(execution, ergebnis.zeitraumGeaendert());
    };
  }

  @Bean("aenderungVersenden")
  JavaDelegate versenden() {
    return execution -> mails.versende(faelle.kopf(execution), NUMMER.von(execution));
  }
}

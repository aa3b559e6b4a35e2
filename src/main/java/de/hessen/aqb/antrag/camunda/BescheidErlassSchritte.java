package de.hessen.aqb.antrag.camunda;

import static de.hessen.aqb.antrag.camunda.AntragVariablen.*;
import static de.hessen.aqb.antrag.camunda.BescheidVariablen.*;

import de.hessen.aqb.antrag.BescheidErlass;
import de.hessen.aqb.fall.Faelle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** "Bescheidentwurf erzeugen", "Bescheid erlassen und Bewilligung buchen", "Bescheid versenden": all from the stored draft. */
@Configuration
class BescheidErlassSchritte {

  private final BescheidErlass erlass;
  private final Faelle faelle;

  BescheidErlassSchritte(BescheidErlass erlass, Faelle faelle) {
    this.erlass = erlass;
    this.faelle = faelle;
  }

  @Bean("bescheidEntwurfErzeugen")
  JavaDelegate entwurfErzeugen() {
    return execution -> zeige(execution, erlass.entwurfPdf(faelle.kopf(execution)));
  }

  /** The routing and display results for the Förderfall and the later stages, copied from the ledger. */
  @Bean("bescheidErlassen")
  JavaDelegate erlassen() {
    return execution -> {
      var erlassen = erlass.erlasse(faelle.kopf(execution));
      zeige(execution, erlassen.dokument());
      BESCHEID_ART.setze(execution, erlassen.art());
      BESCHEID_AKTENZEICHEN.setze(execution, erlassen.aktenzeichen());
      BESCHEID_DATUM.setze(execution, erlassen.datum().toString());
      BESCHEID_SUMME_ANZEIGE.setze(execution, erlassen.summeAnzeige());
      BEWILLIGUNG_VON.setze(execution, erlassen.bewilligungVon() == null ? null : erlassen.bewilligungVon().toString());
      BEWILLIGUNG_BIS.setze(execution, erlassen.bewilligungBis() == null ? null : erlassen.bewilligungBis().toString());
      VERWENDUNGSNACHWEIS_FRIST.setze(execution,
          erlassen.verwendungsnachweisFrist() == null ? null : erlassen.verwendungsnachweisFrist().toString());
    };
  }

  @Bean("bescheidVersenden")
  JavaDelegate versenden() {
    return execution -> erlass.versende(faelle.kopf(execution));
  }

  private static void zeige(DelegateExecution execution, BescheidErlass.Dokument dokument) {
    execution.setVariable(BESCHEID_PDF.name(), Variables.fileValue(dokument.dateiname()).file(dokument.pdf())
        .mimeType("application/pdf").create());
  }
}

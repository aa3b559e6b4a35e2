package de.hessen.aqb.nachweis.camunda;

import static de.hessen.aqb.nachweis.camunda.NachweisVariablen.*;

import de.hessen.aqb.fall.Faelle;
import de.hessen.aqb.fall.Fallregister;
import de.hessen.aqb.nachweis.RueckforderungBerechnung;
import de.hessen.aqb.nachweis.SchlussbescheidErstellung;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Rückforderung with interest, the Schlussbescheid and closing the case — each one service call on the case head. */
@Configuration
class NachweisAbschliessen {

  private final Faelle faelle;

  NachweisAbschliessen(Faelle faelle) {
    this.faelle = faelle;
  }

  /** Records the result; the routing variable "rueckforderungCent" and the Förderfall's summary come from it. */
  @Bean("rueckforderungBerechnen")
  JavaDelegate rueckforderungBerechnen(RueckforderungBerechnung berechnung) {
    return execution -> {
      var ergebnis = berechnung.berechne(faelle.kopf(execution));
      AUSGEZAHLT_CENT.setze(execution, ergebnis.ausgezahltCent());
      ANERKANNT_CENT.setze(execution, ergebnis.anerkanntCent());
      RUECKFORDERUNG_CENT.setze(execution, ergebnis.rueckforderungCent());
      ZINSEN_CENT.setze(execution, ergebnis.zinsenCent());
      ZINSEN_ABS4_CENT.setze(execution, ergebnis.zinsenAbs4Cent());
      FORDERUNG_CENT.setze(execution, ergebnis.forderungCent());
      ZINS_WARNUNG.setze(execution, ergebnis.zinsWarnung());
      NACHWEIS_ERGEBNIS.setze(execution, RueckforderungBerechnung.alsText(ergebnis));
    };
  }

  @Bean("schlussbescheidErzeugen")
  JavaDelegate schlussbescheidErzeugen(SchlussbescheidErstellung erstellung) {
    return execution -> {
      var pdf = erstellung.erzeuge(faelle.kopf(execution));
      SCHLUSSBESCHEID_PDF.setze(execution, Variables.fileValue(pdf.dateiname()).file(pdf.inhalt()).mimeType("application/pdf").create());
    };
  }

  /** Marks the case of this instance (business key, checked against the tenant) ABGESCHLOSSEN (idempotent). */
  @Bean("foerderfallAbschliessen")
  JavaDelegate foerderfallAbschliessen(Fallregister register) {
    return execution -> register.schliesseAb(faelle.kopf(execution).nummer());
  }
}

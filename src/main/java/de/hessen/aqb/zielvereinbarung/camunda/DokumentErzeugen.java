package de.hessen.aqb.zielvereinbarung.camunda;

import static de.hessen.aqb.zielvereinbarung.camunda.ZielvereinbarungVariablen.*;

import de.hessen.aqb.dokument.ZielvereinbarungDokument;
import de.hessen.aqb.zielvereinbarung.domain.ZielvereinbarungDaten;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The two document steps: the draft PDF ("Entwurf als PDF erzeugen") and the signed version ("Unterzeichnete Fassung erzeugen"). */
@Configuration
class DokumentErzeugen {

  @Bean("zvEntwurfErzeugen")
  JavaDelegate entwurfErzeugen(ZielvereinbarungAusVariablen ausVariablen, ZielvereinbarungDokument dokument) {
    return execution -> speichere(execution, ZIELVEREINBARUNG_PDF.name(), ausVariablen.lies(execution), dokument, "Entwurf");
  }

  @Bean("zvEndfassungErzeugen")
  JavaDelegate endfassungErzeugen(ZielvereinbarungAusVariablen ausVariablen, ZielvereinbarungDokument dokument) {
    return execution -> speichere(execution, ENDFASSUNG_PDF.name(), ausVariablen.lies(execution), dokument, "unterzeichnet");
  }

  static String dateiname(ZielvereinbarungDaten daten, String zusatz) {
    return ("Zielvereinbarung-" + daten.jahr() + "-" + daten.partner().bezeichnung() + "-" + zusatz + ".pdf")
        .replaceAll("[^A-Za-z0-9ÄÖÜäöüß.-]+", "-");
  }

  private static void speichere(DelegateExecution execution, String variable, ZielvereinbarungDaten daten,
      ZielvereinbarungDokument dokument, String zusatz) {
    byte[] pdf = dokument.erzeugePdf(daten);
    execution.setVariable(variable, Variables.fileValue(dateiname(daten, zusatz)).file(pdf)
        .mimeType("application/pdf").create());
  }
}

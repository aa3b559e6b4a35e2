package de.hessen.aqb.zielvereinbarung.camunda;

import static de.hessen.aqb.zielvereinbarung.camunda.ZielvereinbarungVariablen.*;

import de.hessen.aqb.fall.Faelle;
import de.hessen.aqb.plattform.ProzessVariable;
import de.hessen.aqb.zielvereinbarung.ZielvereinbarungPdfs;
import de.hessen.aqb.zielvereinbarung.ZielvereinbarungPdfs.Pdf;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The two document steps: the draft ("Entwurf als PDF erzeugen") and the signed version ("Unterzeichnete Fassung
 * erzeugen"), rendered from the stored agreement; the file variables are copies for Tasklist's download links.
 */
@Configuration
class DokumentErzeugen {

  @Bean("zvEntwurfErzeugen")
  JavaDelegate entwurfErzeugen(ZielvereinbarungPdfs pdfs, Faelle faelle) {
    return execution -> speichere(execution, ZIELVEREINBARUNG_PDF, pdfs.erzeugeEntwurf(faelle.kopf(execution)));
  }

  @Bean("zvEndfassungErzeugen")
  JavaDelegate endfassungErzeugen(ZielvereinbarungPdfs pdfs, Faelle faelle) {
    return execution -> speichere(execution, ENDFASSUNG_PDF, pdfs.erzeugeEndfassung(faelle.kopf(execution)));
  }

  private static void speichere(DelegateExecution execution, ProzessVariable<FileValue> variable, Pdf pdf) {
    execution.setVariable(variable.name(), Variables.fileValue(pdf.dateiname()).file(pdf.inhalt())
        .mimeType("application/pdf").create());
  }
}

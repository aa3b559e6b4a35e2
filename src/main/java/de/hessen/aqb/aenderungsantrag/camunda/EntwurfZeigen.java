package de.hessen.aqb.aenderungsantrag.camunda;

import static de.hessen.aqb.aenderungsantrag.camunda.AenderungsantragVariablen.*;

import de.hessen.aqb.aenderungsantrag.AenderungBuchen;
import de.hessen.aqb.fall.Faelle;
import de.hessen.aqb.plattform.DokumentLinks;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** "Änderungsbescheid freigeben" is created: the letter as it would be issued, as a task-local PDF with its download link. */
@Component("aenderungsbescheidEntwurfZeigen")
class EntwurfZeigen implements TaskListener {

  static final String LINK = "aenderungsbescheidLink";

  private final Faelle faelle;
  private final AenderungBuchen buchen;

  EntwurfZeigen(Faelle faelle, AenderungBuchen buchen) {
    this.faelle = faelle;
    this.buchen = buchen;
  }

  @Override
  public void notify(DelegateTask aufgabe) {
    byte[] pdf = buchen.entwurfPdf(faelle.kopf(aufgabe), NUMMER.von(aufgabe));
    aufgabe.setVariableLocal(ENTWURF_PDF.name(), Variables.fileValue("Aenderungsbescheid-Entwurf.pdf").file(pdf)
        .mimeType("application/pdf").create());
    aufgabe.setVariableLocal(LINK, DokumentLinks.link(aufgabe.getId(), ENTWURF_PDF.name()));
  }
}

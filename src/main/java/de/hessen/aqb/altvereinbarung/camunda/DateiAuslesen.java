package de.hessen.aqb.altvereinbarung.camunda;

import static de.hessen.aqb.altvereinbarung.camunda.AltvereinbarungVariablen.*;

import de.hessen.aqb.altvereinbarung.Leseergebnis;
import de.hessen.aqb.altvereinbarung.Vorpruefung;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.stereotype.Component;

/** Reads this instance's file; writes the reading and the form fields prefilled from it, local to the instance. */
@Component("altvereinbarungAuslesen")
class DateiAuslesen implements JavaDelegate {

  private final Vorpruefung vorpruefung;

  DateiAuslesen(Vorpruefung vorpruefung) {
    this.vorpruefung = vorpruefung;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FileValue datei = dateiNamens(DATEI.von(execution)).von(execution);
    byte[] inhalt;
    try (InputStream in = datei.getValue()) {
      inhalt = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Leseergebnis ergebnis = vorpruefung.lies(datei.getFilename(), datei.getMimeType(), inhalt);
    DATEINAME.setzeLokal(execution, datei.getFilename());
    Formularwerte.setze(execution, ergebnis);
  }
}

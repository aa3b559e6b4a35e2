package de.hessen.aqb.altvereinbarung.camunda;

import static de.hessen.aqb.altvereinbarung.camunda.AltvereinbarungVariablen.*;

import de.hessen.aqb.altvereinbarung.Uebernahme;
import de.hessen.aqb.plattform.Bearbeiter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.stereotype.Component;

/**
 * The clerk confirmed or discarded one file: on "übernehmen" the confirmed values are checked and stored with the
 * source file and the authenticated user (a refusal leaves the task open and nothing stored); routing result only.
 */
@Component("altvereinbarungBestaetigen")
class PruefungAbschliessen implements TaskListener {

  private final Uebernahme uebernahme;
  private final Bearbeiter bearbeiter;

  PruefungAbschliessen(Uebernahme uebernahme, Bearbeiter bearbeiter) {
    this.uebernahme = uebernahme;
    this.bearbeiter = bearbeiter;
  }

  @Override
  public void notify(DelegateTask aufgabe) {
    boolean uebernehmen = !"verwerfen".equals(AKTION.von(aufgabe));
    if (uebernehmen) {
      uebernahme.bestaetige(PruefungEingabe.von(aufgabe), Boolean.TRUE.equals(ERSETZEN.von(aufgabe)),
          quelle(dateiNamens(DATEI.von(aufgabe)).von(aufgabe)), lesung(aufgabe), bearbeiter.von(aufgabe));
    }
    UEBERNOMMEN.setzeLokal(aufgabe.getExecution(), uebernehmen);
  }

  private static String lesung(DelegateTask aufgabe) {
    return LESUNG.von(aufgabe) == null ? null : LESUNG.von(aufgabe).toString();
  }

  private static Uebernahme.Quelldatei quelle(FileValue datei) {
    if (datei == null) {
      return null;
    }
    try (InputStream in = datei.getValue()) {
      return new Uebernahme.Quelldatei(datei.getFilename(), datei.getMimeType() == null ? "application/octet-stream"
          : datei.getMimeType(), in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package de.hessen.aqb.altvereinbarung.camunda;

import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.stereotype.Component;

/** The uploaded files of a start (datei1 … datei5) as the collection the review runs over, one instance per file. */
@Component("altvereinbarungDateien")
public class DateienErfassen {

  /** Names of the file variables the start form filled; at least one, or the start is refused in German. */
  public List<String> dateien(DelegateExecution execution) {
    List<String> namen = new ArrayList<>();
    for (int i = 1; i <= AltvereinbarungVariablen.HOECHSTENS_DATEIEN; i++) {
      FileValue datei = AltvereinbarungVariablen.datei(i).von(execution);
      if (datei != null && datei.getFilename() != null && !datei.getFilename().isBlank()) { // empty inputs send no name
        namen.add(AltvereinbarungVariablen.DATEI_PRAEFIX + i);
      }
    }
    if (namen.isEmpty()) {
      throw new UngueltigeEingabe("Bitte mindestens eine Datei (OCR-Text oder PDF) hochladen. Es wurde nichts gestartet.");
    }
    return namen;
  }
}

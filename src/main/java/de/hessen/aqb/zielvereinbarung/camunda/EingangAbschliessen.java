package de.hessen.aqb.zielvereinbarung.camunda;

import static de.hessen.aqb.zielvereinbarung.camunda.ZielvereinbarungVariablen.*;

import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Eingang bestätigen": the countersigned agreement arrived, not before the body signed and not in the future. */
@Component("zvEingangAbschliessen")
class EingangAbschliessen implements TaskListener {

  @Override
  public void notify(DelegateTask aufgabe) {
    LocalDate eingang = EINGANGSDATUM.von(aufgabe);
    if (eingang == null) {
      throw new UngueltigeEingabe("Bitte das Eingangsdatum angeben.");
    }
    if (eingang.isAfter(LocalDate.now())) {
      throw new UngueltigeEingabe("Das Eingangsdatum liegt in der Zukunft.");
    }
    LocalDate unterzeichnet = datumDerUnterzeichnung("gebietskoerperschaft").von(aufgabe);
    if (unterzeichnet != null && eingang.isBefore(unterzeichnet)) {
      throw new UngueltigeEingabe("Das Eingangsdatum liegt vor der Unterzeichnung durch die Gebietskörperschaft ("
          + datumAnzeige("gebietskoerperschaft").von(aufgabe) + ").");
    }
  }
}

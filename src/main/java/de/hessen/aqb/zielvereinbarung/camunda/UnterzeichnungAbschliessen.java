package de.hessen.aqb.zielvereinbarung.camunda;

import static de.hessen.aqb.zielvereinbarung.camunda.ZielvereinbarungVariablen.*;

import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import de.hessen.aqb.zielvereinbarung.domain.ZielvereinbarungRegeln;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * A signature recorded (ministry first, then the body): place required, date neither in the future nor
 * before the draft (ministry) or the ministry's signature (body).
 */
@Component("zvUnterzeichnungAbschliessen")
class UnterzeichnungAbschliessen implements TaskListener {

  @Override
  public void notify(DelegateTask aufgabe) {
    String partei = PARTEI.von(aufgabe);
    String ort = ort(partei).von(aufgabe);
    if (ort == null) {
      throw new UngueltigeEingabe("Bitte den Ort der Unterzeichnung angeben.");
    }
    if (ort.length() > 100) {
      throw new UngueltigeEingabe("Der Ort der Unterzeichnung ist zu lang (höchstens 100 Zeichen).");
    }
    boolean ministerium = "ministerium".equals(partei);
    LocalDate fruehestens = ministerium ? ENTWURF_DATUM.von(aufgabe) : datumDerUnterzeichnung("ministerium").von(aufgabe);
    LocalDate datum = ZielvereinbarungRegeln.unterzeichnungsdatum(datumDerUnterzeichnung(partei).von(aufgabe), fruehestens,
        ministerium ? "dem Entwurf" : "der Unterzeichnung durch das Ministerium", LocalDate.now());
    datumAnzeige(partei).setze(aufgabe, datum.getDayOfMonth() + "." + datum.getMonthValue() + "." + datum.getYear());
    if (!ministerium) {
      STATUS.setze(aufgabe, Status.UNTERZEICHNET);
    }
  }
}

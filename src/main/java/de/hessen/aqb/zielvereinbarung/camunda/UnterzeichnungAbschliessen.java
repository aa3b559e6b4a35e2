package de.hessen.aqb.zielvereinbarung.camunda;

import static de.hessen.aqb.zielvereinbarung.camunda.UnterzeichnungVariablen.*;
import static de.hessen.aqb.zielvereinbarung.camunda.ZielvereinbarungVariablen.*;

import de.hessen.aqb.fall.Faelle;
import de.hessen.aqb.zielvereinbarung.ZielvereinbarungAkte;
import de.hessen.aqb.plattform.Bearbeiter;
import de.hessen.aqb.zielvereinbarung.UnterzeichnungErfassung;
import de.hessen.aqb.zielvereinbarung.UnterzeichnungErfassung.Scan;
import de.hessen.aqb.zielvereinbarung.domain.Partei;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.stereotype.Component;

/** A signature recorded: the party is the task's (by its id in the model, not a variable); only its own place, date, scan. */
@Component("zvUnterzeichnungAbschliessen")
class UnterzeichnungAbschliessen implements TaskListener {

  static final String AUFGABE_MINISTERIUM = "Task_UnterzeichneMinisterium";
  static final String AUFGABE_GEBIETSKOERPERSCHAFT = "Task_UnterzeichneGebietskoerperschaft";

  private final UnterzeichnungErfassung erfassung;
  private final Faelle faelle;
  private final Bearbeiter bearbeiter;

  UnterzeichnungAbschliessen(UnterzeichnungErfassung erfassung, Faelle faelle, Bearbeiter bearbeiter) {
    this.erfassung = erfassung;
    this.faelle = faelle;
    this.bearbeiter = bearbeiter;
  }

  @Override
  public void notify(DelegateTask aufgabe) {
    Partei partei = AUFGABE_MINISTERIUM.equals(aufgabe.getTaskDefinitionKey()) ? Partei.MINISTERIUM : Partei.GEBIETSKOERPERSCHAFT;
    LocalDate datum = erfassung.unterzeichne(faelle.kopf(aufgabe), partei, ort(partei).von(aufgabe),
        datumDerUnterzeichnung(partei).von(aufgabe), alsScan(scan(partei).von(aufgabe)), bearbeiter.von(aufgabe));
    datumAnzeige(partei).setze(aufgabe, datum.getDayOfMonth() + "." + datum.getMonthValue() + "." + datum.getYear());
    if (partei == Partei.GEBIETSKOERPERSCHAFT) {
      STATUS.setze(aufgabe, ZielvereinbarungAkte.UNTERZEICHNET);
    }
  }

  private static Scan alsScan(FileValue datei) {
    if (datei == null) {
      return null;
    }
    try (InputStream in = datei.getValue()) {
      return new Scan(datei.getFilename(), in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package de.hessen.aqb.durchfuehrung.camunda;

import static de.hessen.aqb.durchfuehrung.camunda.DurchfuehrungVariablen.*;
import static de.hessen.aqb.gemeinsam.Datumsanzeige.TT_MM_JJJJ;

import de.hessen.aqb.durchfuehrung.DurchfuehrungBeginnen;
import de.hessen.aqb.fall.Faelle;
import de.hessen.aqb.fall.Fallkopf;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Abrufzeitraum aus dem Bescheid bestimmen": the service fixes the request period; the timers and due dates read it
 * from {@code abrufschluss}. Also writes the display columns from the case head and the Bescheid, and the figures.
 */
@Component("durchfuehrungVorbereiten")
class DurchfuehrungVorbereiten implements JavaDelegate {

  private final Faelle faelle;
  private final DurchfuehrungBeginnen beginnen;
  private final StandZeigen stand;

  DurchfuehrungVorbereiten(Faelle faelle, DurchfuehrungBeginnen beginnen, StandZeigen stand) {
    this.faelle = faelle;
    this.beginnen = beginnen;
    this.stand = stand;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Fallkopf fall = faelle.kopf(execution);
    DurchfuehrungBeginnen.Beginn beginn = beginnen.beginne(fall);
    FOERDERFALL_NUMMER.setze(execution, fall.nummer());
    JAHR.setze(execution, fall.jahr());
    GEBIETSKOERPERSCHAFT_NAME.setze(execution, fall.gebietskoerperschaftName());
    BESCHEID_AKTENZEICHEN.setze(execution, beginn.bescheidAktenzeichen());
    ABRUFSCHLUSS.setze(execution, beginn.schluss().toString());
    ABRUFSCHLUSS_ANZEIGE.setze(execution, TT_MM_JJJJ.format(beginn.letzterAbruftag()));
    DURCHFUEHRUNG_BEENDET.setze(execution, false);
    NOCH_NICHT_AUSGEZAHLT_CENT.setze(execution, stand.zeige(execution, fall).nochNichtAusgezahltCent());
  }
}

package de.hessen.aqb.nachweis.camunda;

import static de.hessen.aqb.nachweis.camunda.ZwischennachweisVariablen.*;

import de.hessen.aqb.fall.Faelle;
import de.hessen.aqb.nachweis.ZwischennachweisPlanung;
import de.hessen.aqb.nachweis.ZwischennachweisPruefung;
import de.hessen.aqb.nachweis.Zwischennachweise;
import de.hessen.aqb.plattform.Bearbeiter;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completing "Zwischennachweis prüfen": the clerk's decision → the service → routing and what the body's form shows. */
@Component("zwischennachweisPruefen")
class ZwischennachweisPruefen implements TaskListener {

  private final Faelle faelle;
  private final ZwischennachweisPlanung planung;
  private final ZwischennachweisPruefung pruefung;
  private final Zwischennachweise zwischennachweise;
  private final Bearbeiter bearbeiter;

  ZwischennachweisPruefen(Faelle faelle, ZwischennachweisPlanung planung, ZwischennachweisPruefung pruefung,
      Zwischennachweise zwischennachweise, Bearbeiter bearbeiter) {
    this.faelle = faelle;
    this.planung = planung;
    this.pruefung = pruefung;
    this.zwischennachweise = zwischennachweise;
    this.bearbeiter = bearbeiter;
  }

  @Override
  public void notify(DelegateTask aufgabe) {
    var kopf = faelle.kopf(aufgabe);
    int jahr = planung.jahrDerInstanz(aufgabe.getProcessInstanceId());
    boolean angenommen = pruefung.entscheide(kopf, jahr, bearbeiter.von(aufgabe), ENTSCHEIDUNG.von(aufgabe), NACHFORDERUNG_TEXT.von(aufgabe));
    ANGENOMMEN.setze(aufgabe, angenommen);
    // recorded in the table; the next round starts without this round's text (issue 14)
    aufgabe.getExecution().removeVariable(NACHFORDERUNG_TEXT.name());
    if (!angenommen) {
      NACHFORDERUNGEN.setze(aufgabe, ZwischennachweisAnzeige.nachforderungen(zwischennachweise.nachforderungen(kopf.nummer(), jahr)));
      FRIST_ANZEIGE.setze(aufgabe, planung.frist(kopf.nummer(), jahr).format(de.hessen.aqb.gemeinsam.Datumsanzeige.TT_MM_JJJJ));
    }
  }
}

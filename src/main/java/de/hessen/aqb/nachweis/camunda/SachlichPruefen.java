package de.hessen.aqb.nachweis.camunda;

import static de.hessen.aqb.gemeinsam.Datumsanzeige.TT_MM_JJJJ;
import static de.hessen.aqb.nachweis.camunda.NachweisVariablen.*;

import de.hessen.aqb.fall.Faelle;
import de.hessen.aqb.nachweis.NachweisPruefungen;
import de.hessen.aqb.nachweis.NachweisTermine;
import de.hessen.aqb.nachweis.SachlichePruefung;
import de.hessen.aqb.plattform.Bearbeiter;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completing "Verwendungsnachweis sachlich prüfen": the decision → the service → routing and what the body's form shows. */
@Component("nachweisSachlichAbschliessen")
class SachlichPruefen implements TaskListener {

  private final Faelle faelle;
  private final SachlichePruefung pruefung;
  private final NachweisPruefungen pruefungen;
  private final NachweisTermine termine;
  private final Bearbeiter bearbeiter;

  SachlichPruefen(Faelle faelle, SachlichePruefung pruefung, NachweisPruefungen pruefungen, NachweisTermine termine,
      Bearbeiter bearbeiter) {
    this.faelle = faelle;
    this.pruefung = pruefung;
    this.pruefungen = pruefungen;
    this.termine = termine;
    this.bearbeiter = bearbeiter;
  }

  @Override
  public void notify(DelegateTask aufgabe) {
    var kopf = faelle.kopf(aufgabe);
    boolean richtig = pruefung.entscheide(kopf, bearbeiter.von(aufgabe), SACHLICH_ENTSCHEIDUNG.von(aufgabe),
        NACHFORDERUNG_TEXT.von(aufgabe), NACHFORDERUNG_FRIST.von(aufgabe));
    SACHLICH_RICHTIG.setze(aufgabe, richtig);
    if (!richtig) {
      NACHFORDERUNGEN.setze(aufgabe, PruefungAnzeige.nachforderungen(pruefungen.nachforderungen(kopf.nummer())));
      VN_FRIST_ANZEIGE.setze(aufgabe, termine.frist(kopf.nummer()).format(TT_MM_JJJJ));
    }
  }
}

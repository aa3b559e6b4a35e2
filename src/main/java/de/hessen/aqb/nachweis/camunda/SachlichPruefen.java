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
    // the text and deadline are recorded in the table; the next round starts empty, so a form that sends no text is
    // refused instead of silently repeating this round's text (issue 14)
    aufgabe.getExecution().removeVariable(NACHFORDERUNG_TEXT.name());
    aufgabe.getExecution().removeVariable(NACHFORDERUNG_FRIST.name());
    if (!richtig) {
      NACHFORDERUNGEN.setze(aufgabe, PruefungAnzeige.nachforderungen(pruefungen.nachforderungen(kopf.nummer())));
      VN_FRIST_ANZEIGE.setze(aufgabe, termine.frist(kopf.nummer()).format(TT_MM_JJJJ));
    }
  }
}

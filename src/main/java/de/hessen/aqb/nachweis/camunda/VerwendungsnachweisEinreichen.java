package de.hessen.aqb.nachweis.camunda;

import static de.hessen.aqb.nachweis.camunda.NachweisVariablen.*;

import de.hessen.aqb.fall.Faelle;
import de.hessen.aqb.gemeinsam.Geld;
import de.hessen.aqb.nachweis.VerwendungsnachweisEinreichung;
import de.hessen.aqb.nachweis.domain.BeleglisteDatei;
import de.hessen.aqb.nachweis.domain.NachweisPosition;
import de.hessen.aqb.nachweis.domain.ZahlenmaessigerNachweis.Angabe;
import de.hessen.aqb.plattform.Bearbeiter;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Completing "Verwendungsnachweis erstellen": the body's input → the service → what the RP's forms show. */
@Component("verwendungsnachweisEinreichen")
class VerwendungsnachweisEinreichen implements TaskListener {

  private final Faelle faelle;
  private final VerwendungsnachweisEinreichung einreichung;
  private final Bearbeiter bearbeiter;

  VerwendungsnachweisEinreichen(Faelle faelle, VerwendungsnachweisEinreichung einreichung, Bearbeiter bearbeiter) {
    this.faelle = faelle;
    this.einreichung = einreichung;
    this.bearbeiter = bearbeiter;
  }

  @Override
  public void notify(DelegateTask aufgabe) {
    var angaben = Eingabewerte.eintraege(ZAHLENMAESSIGER_NACHWEIS.von(aufgabe)).stream()
        .map(z -> new Angabe(z.path("id").asText(), z.path("ausgaben").asText(""), z.path("einnahmen").asText(""))).toList();
    var e = einreichung.reicheEin(faelle.kopf(aufgabe), bearbeiter.von(aufgabe), new VerwendungsnachweisEinreichung.Eingabe(
        SACHBERICHT_DURCHFUEHRUNG.von(aufgabe), SACHBERICHT_TEILNEHMENDE.von(aufgabe), SACHBERICHT_ERGEBNISSE.von(aufgabe),
        SACHBERICHT_ABWEICHUNGEN.von(aufgabe), angaben, Eingabewerte.datei(BELEGLISTE.von(aufgabe)),
        Eingabewerte.datei(BELEGLISTE_EINGEREICHT.von(aufgabe)),
        Boolean.TRUE.equals(VN_BESTAETIGT.von(aufgabe))),
        java.util.Objects.toString(aufgabe.getVariable(TraegerberichtVariablen.SACHBERICHT_TEILNEHMENDE_ERREICHT.name()), ""));
    ZAHLENMAESSIGER_NACHWEIS.setze(aufgabe, NachweisAnzeige.zeilen(e.positionen(), angaben, e.belegliste().summeJeMassnahmeCent()));
    BELEGE.setze(aufgabe, NachweisAnzeige.belege(e.belegliste().belege()));
    BELEGLISTE_EINGEREICHT.setze(aufgabe, Variables.fileValue(e.datei().name()).file(e.datei().inhalt())
        .mimeType(BeleglisteDatei.format(e.datei().inhalt()).mimeType()).create());
    VN_FASSUNG.setze(aufgabe, e.fassung());
    VN_EINGEREICHT_VON.setze(aufgabe, e.von());
    AUSGABEN_ANZEIGE.setze(aufgabe, Geld.alsWaehrung(e.positionen().stream().mapToLong(NachweisPosition::ausgabenCent).sum()));
  }
}

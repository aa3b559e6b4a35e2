package de.hessen.aqb.nachweis.camunda;

import static de.hessen.aqb.nachweis.camunda.ZwischennachweisVariablen.*;

import de.hessen.aqb.fall.Faelle;
import de.hessen.aqb.gemeinsam.Geld;
import de.hessen.aqb.nachweis.ZwischennachweisEinreichung;
import de.hessen.aqb.nachweis.ZwischennachweisPlanung;
import de.hessen.aqb.nachweis.Zwischennachweise;
import de.hessen.aqb.nachweis.domain.ZahlenmaessigerNachweis.Angabe;
import de.hessen.aqb.plattform.Bearbeiter;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Completing "Zwischennachweis erstellen": the body's input → the service → what the RP's form shows. */
@Component("zwischennachweisEinreichen")
class ZwischennachweisEinreichen implements TaskListener {

  private final Faelle faelle;
  private final ZwischennachweisPlanung planung;
  private final ZwischennachweisEinreichung einreichung;
  private final Bearbeiter bearbeiter;

  ZwischennachweisEinreichen(Faelle faelle, ZwischennachweisPlanung planung, ZwischennachweisEinreichung einreichung,
      Bearbeiter bearbeiter) {
    this.faelle = faelle;
    this.planung = planung;
    this.einreichung = einreichung;
    this.bearbeiter = bearbeiter;
  }

  @Override
  public void notify(DelegateTask aufgabe) {
    var angaben = Eingabewerte.eintraege(ZAHLEN.von(aufgabe)).stream()
        .map(z -> new Angabe(z.path("id").asText(), z.path("ausgaben").asText(""), "")).toList();
    var e = einreichung.reicheEin(faelle.kopf(aufgabe), planung.jahrDerInstanz(aufgabe.getProcessInstanceId()), bearbeiter.von(aufgabe),
        new ZwischennachweisEinreichung.Eingabe(SACHBERICHT.von(aufgabe), angaben, Eingabewerte.datei(BELEGLISTE.von(aufgabe)),
            Eingabewerte.datei(BELEGLISTE_EINGEREICHT.von(aufgabe))));
    ZAHLEN.setze(aufgabe, ZwischennachweisAnzeige.zahlen(e.positionen(), true));
    BELEGE.setze(aufgabe, NachweisAnzeige.belege(e.belegliste().belege()));
    BELEGLISTE_EINGEREICHT.setze(aufgabe, Variables.fileValue(e.datei().name()).file(e.datei().inhalt())
        .mimeType(e.datei().mimeType() == null ? "text/csv" : e.datei().mimeType()).create());
    EINGEREICHT_VON.setze(aufgabe, bearbeiter.von(aufgabe));
    AUSGABEN_ANZEIGE.setze(aufgabe, Geld.alsWaehrung(e.positionen().stream().mapToLong(Zwischennachweise.Position::ausgabenCent).sum()));
  }
}

package de.hessen.aqb.zielvereinbarung.camunda;

import static de.hessen.aqb.zielvereinbarung.camunda.ZielvereinbarungVariablen.*;

import de.hessen.aqb.fall.Faelle;
import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.gemeinsam.Geld;
import de.hessen.aqb.plattform.Bearbeiter;
import de.hessen.aqb.zielvereinbarung.EntwurfErstellung;
import de.hessen.aqb.zielvereinbarung.ZielvereinbarungAkte;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Entwurf erstellen" completed: the ministry's draft (or cancellation) to the use case; its result for display and routing. */
@Component("zvEntwurfAbschliessen")
class EntwurfAbschliessen implements TaskListener {

  private final EntwurfErstellung erstellung;
  private final Faelle faelle;
  private final Bearbeiter bearbeiter;

  EntwurfAbschliessen(EntwurfErstellung erstellung, Faelle faelle, Bearbeiter bearbeiter) {
    this.erstellung = erstellung;
    this.faelle = faelle;
    this.bearbeiter = bearbeiter;
  }

  @Override
  public void notify(DelegateTask aufgabe) {
    Fallkopf kopf = faelle.kopf(aufgabe);
    if ("stornieren".equals(ENTWURF_AKTION.von(aufgabe))) {
      erstellung.storniere(kopf, STORNO_GRUND.von(aufgabe), bearbeiter.von(aufgabe));
      STATUS.setze(aufgabe, ZielvereinbarungAkte.STORNIERT);
      return;
    }
    ZielvereinbarungAkte akte = erstellung.erstelle(kopf, EntwurfEingabe.von(aufgabe), bearbeiter.von(aufgabe));
    BUDGET_CENT.setze(aufgabe, akte.budgetCent());
    BUDGET_ANZEIGE.setze(aufgabe, Geld.alsWaehrung(akte.budgetCent()));
    akte.projekte().forEach((art, liste) -> aufgabe.setVariable(projekte(art.nummer()).name(), EntwurfEingabe.alsListe(liste)));
    ENTWURF_DATUM.setze(aufgabe, akte.entwurfDatum().toString());
    STATUS.setze(aufgabe, ZielvereinbarungAkte.ENTWURF);
    PRUEFUNG_ERGEBNIS.setze(aufgabe, null);
  }
}

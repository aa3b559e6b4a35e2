package de.hessen.aqb.zielvereinbarung.camunda;

import static de.hessen.aqb.zielvereinbarung.camunda.ZielvereinbarungVariablen.*;

import de.hessen.aqb.gemeinsam.Fehlerliste;
import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import de.hessen.aqb.plattform.Bearbeiter;
import de.hessen.aqb.gemeinsam.Geld;
import de.hessen.aqb.zielvereinbarung.domain.ZielvereinbarungRegeln;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Entwurf erstellen" completed: checks every input (German messages, nothing saved on error) and derives the draft values. */
@Component("zvEntwurfAbschliessen")
class EntwurfAbschliessen implements TaskListener {

  private final ZielvereinbarungAusVariablen ausVariablen;
  private final Bearbeiter bearbeiter;

  EntwurfAbschliessen(ZielvereinbarungAusVariablen ausVariablen, Bearbeiter bearbeiter) {
    this.ausVariablen = ausVariablen;
    this.bearbeiter = bearbeiter;
  }

  @Override
  public void notify(DelegateTask aufgabe) {
    SACHBEARBEITUNG_MINISTERIUM.setze(aufgabe, bearbeiter.von(aufgabe));
    if ("stornieren".equals(ENTWURF_AKTION.von(aufgabe))) {
      if (STORNO_GRUND.von(aufgabe) == null) {
        throw new UngueltigeEingabe("Bitte den Grund der Stornierung angeben.");
      }
      STATUS.setze(aufgabe, Status.STORNIERT);
      return;
    }
    projektlistenAusText(aufgabe);
    Fehlerliste fehler = new Fehlerliste();
    long budgetCent = 0;
    try {
      budgetCent = ZielvereinbarungRegeln.budgetInCent(BUDGET.von(aufgabe));
    } catch (UngueltigeEingabe e) {
      fehler.add(e.getMessage());
    }
    try {
      ZielvereinbarungRegeln.projekte(ausVariablen.projektnamen(aufgabe));
    } catch (UngueltigeEingabe e) {
      fehler.add(e.getMessage());
    }
    fehler.wenn(BUENDNIS_ZEITRAUM.von(aufgabe) == null, "Bitte den Zeitraum des „Bündnis für Ausbildung“ angeben.")
        .wenn(UNTERZEICHNER_MINISTERIUM_NAME.von(aufgabe) == null || UNTERZEICHNER_MINISTERIUM_TITEL.von(aufgabe) == null,
            "Bitte Name und Funktion der unterzeichnenden Person des Ministeriums angeben.")
        .wenn(UNTERZEICHNER_PARTNER_NAME.von(aufgabe) == null || UNTERZEICHNER_PARTNER_TITEL.von(aufgabe) == null,
            "Bitte Name und Funktion der unterzeichnenden Person der Gebietskörperschaft angeben.")
        .pruefe();
    BUDGET_CENT.setze(aufgabe, budgetCent);
    BUDGET_ANZEIGE.setze(aufgabe, Geld.alsWaehrung(budgetCent));
    ENTWURF_DATUM.setze(aufgabe, LocalDate.now().toString());
    STATUS.setze(aufgabe, Status.ENTWURF);
    PRUEFUNG_ERGEBNIS.setze(aufgabe, null);
  }

  /**
   * The form edits each Maßnahmenart's projects as text, one per line ({@code projekteText1..4}); the list variables
   * ({@code projekteMassnahmenart1..4}) are derived here, so the server, not the browser, decides what the list is.
   */
  static void projektlistenAusText(DelegateTask aufgabe) {
    for (int art = 1; art <= 4; art++) {
      Object text = aufgabe.getVariable("projekteText" + art);
      if (text == null) {
        continue;
      }
      com.fasterxml.jackson.databind.node.ArrayNode liste = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
      text.toString().lines().map(String::strip).filter(zeile -> !zeile.isEmpty()).forEach(zeile -> liste.addObject().put("name", zeile));
      aufgabe.setVariable(projekte(art).name(), de.hessen.aqb.plattform.ProzessVariable.alsJson(liste));
    }
  }
}

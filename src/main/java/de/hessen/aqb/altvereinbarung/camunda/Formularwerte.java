package de.hessen.aqb.altvereinbarung.camunda;

import static de.hessen.aqb.altvereinbarung.camunda.AltvereinbarungVariablen.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import de.hessen.aqb.altvereinbarung.Leseergebnis;
import de.hessen.aqb.altvereinbarung.Lesungsanzeige;
import de.hessen.aqb.altvereinbarung.domain.Lesung;
import de.hessen.aqb.altvereinbarung.domain.Unterschrift;
import de.hessen.aqb.plattform.ProzessVariable;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The review form's fields prefilled from a reading, local to the file's instance (unread fields stay empty). */
final class Formularwerte {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Formularwerte() {}

  static void setze(VariableScope scope, Leseergebnis ergebnis) {
    QUELLTEXT.setzeLokal(scope, ProzessVariable.alsJson(TextNode.valueOf(ergebnis.quelltext())));
    LESEFEHLER.setzeLokal(scope, ergebnis.lesefehler());
    VORHANDEN.setzeLokal(scope, ergebnis.vorhanden());
    Lesung l = ergebnis.lesung();
    LESUNG.setzeLokal(scope, l == null ? null : ProzessVariable.alsJson(JSON.valueToTree(Lesungsanzeige.alsJson(l))));
    KREISSCHLUESSEL.setzeLokal(scope, l == null ? null : l.kreisschluessel());
    JAHR.setzeLokal(scope, l == null ? null : l.jahr());
    BUDGET.setzeLokal(scope, l == null || l.budgetCent() == null ? null
        : new BigDecimal(l.budgetCent()).movePointLeft(2).toPlainString());
    for (int art = 1; art <= 4; art++) {
      projekteText(art).setzeLokal(scope, l == null ? "" : String.join("\n", l.massnahmen().get(String.valueOf(art))));
    }
    for (int p = 0; p < 2; p++) {
      Unterschrift u = l == null || l.unterzeichnungen().size() <= p ? new Unterschrift(null, null, null, null)
          : l.unterzeichnungen().get(p);
      unterschrift(p, "Titel").setzeLokal(scope, u.titel());
      unterschrift(p, "Name").setzeLokal(scope, u.name());
      unterschrift(p, "Ort").setzeLokal(scope, u.ort());
      unterschrift(p, "Datum").setzeLokal(scope, u.datum() == null ? null : u.datum().toString());
    }
    ERSETZEN.setzeLokal(scope, false);
    AKTION.setzeLokal(scope, l == null ? "verwerfen" : "uebernehmen");
  }
}

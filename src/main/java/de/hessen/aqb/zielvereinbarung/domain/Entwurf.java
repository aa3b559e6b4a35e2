package de.hessen.aqb.zielvereinbarung.domain;

import de.hessen.aqb.gemeinsam.Fehlerliste;
import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The ministry's draft of a Zielvereinbarung, checked: § 4 budget in cents, § 5 projects per Maßnahmenart, the
 * year's paragraph of § 2, the period of the "Bündnis für Ausbildung" and both signatories.
 */
public record Entwurf(long budgetCent, Map<Massnahmenart, List<Projekt>> projekte, String paragraph2Jahrestext,
    String buendnisZeitraum, String ministeriumName, String ministeriumTitel, String partnerName, String partnerTitel) {

  /** What the ministry's form delivers (unchecked; project names per Maßnahmenart, null for a row without name). */
  public record Eingabe(BigDecimal budget, Map<Massnahmenart, List<String>> projektnamen, String paragraph2Jahrestext,
      String buendnisZeitraum, String ministeriumName, String ministeriumTitel, String partnerName, String partnerTitel) {}

  /** Checks every input at once; throws {@link UngueltigeEingabe} with all German messages. */
  public static Entwurf aus(Eingabe eingabe) {
    Fehlerliste fehler = new Fehlerliste();
    long budgetCent = 0;
    try {
      budgetCent = ZielvereinbarungRegeln.budgetInCent(eingabe.budget());
    } catch (UngueltigeEingabe e) {
      fehler.add(e.getMessage());
    }
    Map<Massnahmenart, List<Projekt>> projekte = Map.of();
    try {
      projekte = ZielvereinbarungRegeln.projekte(eingabe.projektnamen());
    } catch (UngueltigeEingabe e) {
      fehler.add(e.getMessage());
    }
    fehler.wenn(leer(eingabe.buendnisZeitraum()), "Bitte den Zeitraum des „Bündnis für Ausbildung“ angeben.")
        .wenn(leer(eingabe.ministeriumName()) || leer(eingabe.ministeriumTitel()),
            "Bitte Name und Funktion der unterzeichnenden Person des Ministeriums angeben.")
        .wenn(leer(eingabe.partnerName()) || leer(eingabe.partnerTitel()),
            "Bitte Name und Funktion der unterzeichnenden Person der Gebietskörperschaft angeben.")
        .pruefe();
    return new Entwurf(budgetCent, projekte, eingabe.paragraph2Jahrestext() == null ? "" : eingabe.paragraph2Jahrestext().strip(),
        eingabe.buendnisZeitraum().strip(), eingabe.ministeriumName().strip(), eingabe.ministeriumTitel().strip(),
        eingabe.partnerName().strip(), eingabe.partnerTitel().strip());
  }

  private static boolean leer(String text) {
    return text == null || text.isBlank();
  }
}

package de.hessen.aqb.altvereinbarung.domain;

import de.hessen.aqb.gemeinsam.Fehlerliste;
import de.hessen.aqb.gemeinsam.Geld;
import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * What the clerk confirmed in "Altvereinbarung prüfen" (unchecked input: the reading as corrected) and its check. The
 * reading itself decides nothing: only the confirmed values are stored, and only if every rule holds.
 */
public record Bestaetigung(String kreisschluessel, Integer jahr, BigDecimal budget, Map<String, String> projekteText,
    List<Unterschrift> unterzeichnungen) {

  /** The checked values: body, year, budget in cents, projects per Maßnahmenart "1"–"4", both signatories. */
  public record Geprueft(String kreisschluessel, int jahr, long budgetCent, Map<String, List<String>> massnahmen,
      List<Unterschrift> unterzeichnungen) {}

  static final String[] PARTEI = {"des Ministeriums", "der Gebietskörperschaft"};

  /**
   * Checks all at once (German messages). {@code gibtEs} says whether a Kreisschlüssel names a body in a year; an
   * earlier year's agreement lies before {@code heute}'s year and no signature is in the future.
   */
  public Geprueft pruefe(BiPredicate<String, Integer> gibtEs, LocalDate heute) {
    Fehlerliste fehler = new Fehlerliste();
    fehler.wenn(jahr == null || jahr < 2000 || jahr > heute.getYear(),
        "Bitte das Jahr der Zielvereinbarung angeben (2000 bis " + heute.getYear() + ").");
    fehler.wenn(kreisschluessel == null || (jahr != null && !gibtEs.test(kreisschluessel, jahr)),
        "Bitte die Gebietskörperschaft auswählen, die es im Jahr der Vereinbarung gab.");
    long cent = 0;
    try {
      cent = Geld.inCent(budget == null ? BigDecimal.ZERO : budget);
    } catch (UngueltigeEingabe e) {
      fehler.add(e.getMessage());
    }
    fehler.wenn(cent <= 0, "Bitte die Haushaltsmittel nach § 4 als Betrag über 0 Euro angeben.");
    Map<String, List<String>> massnahmen = new LinkedHashMap<>();
    for (int art = 1; art <= 4; art++) {
      String text = projekteText == null ? null : projekteText.get(String.valueOf(art));
      List<String> namen = text == null ? List.of() : text.lines().map(String::strip).filter(z -> !z.isEmpty()).toList();
      fehler.wenn(namen.stream().anyMatch(n -> n.length() > 300), "Ein Projektname ist länger als 300 Zeichen.");
      massnahmen.put(String.valueOf(art), namen);
    }
    fehler.wenn(massnahmen.values().stream().allMatch(List::isEmpty), "Bitte mindestens ein Projekt angeben.");
    List<Unterschrift> unterschriften = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      Unterschrift u = unterzeichnungen == null || unterzeichnungen.size() <= i ? new Unterschrift(null, null, null, null)
          : unterzeichnungen.get(i);
      fehler.wenn(leer(u.titel()) || leer(u.ort()) || u.datum() == null,
          "Bitte Funktion, Ort und Datum der Unterzeichnung " + PARTEI[i] + " angeben (der Name, soweit lesbar).");
      fehler.wenn(u.datum() != null && u.datum().isAfter(heute), "Das Datum der Unterzeichnung " + PARTEI[i] + " liegt in der Zukunft.");
      unterschriften.add(new Unterschrift(bereinigt(u.titel()), bereinigt(u.name()), bereinigt(u.ort()), u.datum()));
    }
    fehler.pruefe();
    return new Geprueft(kreisschluessel, jahr, cent, massnahmen, unterschriften);
  }

  private static boolean leer(String text) {
    return text == null || text.isBlank();
  }

  private static String bereinigt(String text) {
    return leer(text) ? null : text.strip();
  }
}

package de.hessen.aqb.zielvereinbarung.domain;

import de.hessen.aqb.gemeinsam.Fehlerliste;
import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The input rules of a Zielvereinbarung, with German messages for the clerk. */
public final class ZielvereinbarungRegeln {

  public static final int MAX_PROJEKTE = 200;
  public static final int MAX_NAMENSLAENGE = 300;
  private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d.M.yyyy");

  private ZielvereinbarungRegeln() {}

  /** § 4 budget: positive, at most two decimals; returned in cents. */
  public static long budgetInCent(BigDecimal euro) {
    if (euro == null) {
      throw new UngueltigeEingabe("Bitte die Haushaltsmittel nach § 4 angeben.");
    }
    if (euro.signum() <= 0) {
      throw new UngueltigeEingabe("Die Haushaltsmittel müssen größer als 0 Euro sein.");
    }
    if (euro.stripTrailingZeros().scale() > 2) {
      throw new UngueltigeEingabe("Die Haushaltsmittel dürfen höchstens zwei Nachkommastellen (Cent) haben: " + euro.toPlainString() + ".");
    }
    return euro.movePointRight(2).longValueExact();
  }

  /** Project names per Maßnahmenart (null entries are rows the clerk left empty). */
  public static Map<Massnahmenart, List<Projekt>> projekte(Map<Massnahmenart, List<String>> namen) {
    Fehlerliste fehler = new Fehlerliste();
    Map<Massnahmenart, List<Projekt>> projekte = new EnumMap<>(Massnahmenart.class);
    int anzahl = 0;
    for (Massnahmenart art : Massnahmenart.values()) {
      List<Projekt> liste = new ArrayList<>();
      List<String> zeilen = namen.getOrDefault(art, List.of());
      for (int i = 0; i < zeilen.size(); i++) {
        String name = zeilen.get(i) == null ? "" : zeilen.get(i).strip();
        fehler.wenn(name.isEmpty(), "Projekt " + (i + 1) + " unter Maßnahmenart " + art.nummer() + " hat keinen Namen.");
        fehler.wenn(name.length() > MAX_NAMENSLAENGE, "Der Projektname „" + name.substring(0, Math.min(40, name.length()))
            + "…“ ist länger als " + MAX_NAMENSLAENGE + " Zeichen.");
        if (!name.isEmpty()) {
          liste.add(new Projekt(name));
        }
      }
      anzahl += zeilen.size();
      projekte.put(art, liste);
    }
    fehler.wenn(anzahl > MAX_PROJEKTE, "Eine Zielvereinbarung kann höchstens " + MAX_PROJEKTE + " Projekte enthalten, erfasst sind "
        + anzahl + ".");
    fehler.pruefe();
    return projekte;
  }

  /** The form edits a Maßnahmenart's projects as text, one per line: blank lines and surrounding blanks are ignored. */
  public static List<String> projektnamenAusText(String text) {
    return text == null ? List.of() : text.lines().map(String::strip).filter(zeile -> !zeile.isEmpty()).toList();
  }

  /** Signing date: present, not before {@code fruehestens} (the draft or the ministry's signature), not in the future. */
  public static LocalDate unterzeichnungsdatum(LocalDate datum, LocalDate fruehestens, String bezugText, LocalDate heute) {
    if (datum == null) {
      throw new UngueltigeEingabe("Bitte das Datum der Unterzeichnung angeben.");
    }
    if (datum.isAfter(heute)) {
      throw new UngueltigeEingabe("Das Datum der Unterzeichnung (" + datum.format(DATUM) + ") liegt in der Zukunft.");
    }
    if (fruehestens != null && datum.isBefore(fruehestens)) {
      throw new UngueltigeEingabe("Das Datum der Unterzeichnung (" + datum.format(DATUM) + ") liegt vor " + bezugText
          + " (" + fruehestens.format(DATUM) + ").");
    }
    return datum;
  }
}

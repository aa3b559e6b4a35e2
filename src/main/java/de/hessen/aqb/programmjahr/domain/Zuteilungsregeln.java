package de.hessen.aqb.programmjahr.domain;

import de.hessen.aqb.gemeinsam.Fehlerliste;
import de.hessen.aqb.gemeinsam.Geld;
import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import de.hessen.aqb.referenz.Gebietskoerperschaft;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The rules of an allocation: every line names a known body (AGS, Kreisschlüssel or name), each body once, valid in
 * that year (Hanau from 2026); amounts are positive euro amounts with at most two decimals, the earmarked part not
 * above the amount; the total not above the state budget; the year not started before. All problems are reported at
 * once, in German; nothing is accepted in part.
 */
public final class Zuteilungsregeln {

  private final List<Gebietskoerperschaft> koerperschaften;

  public Zuteilungsregeln(List<Gebietskoerperschaft> koerperschaften) {
    this.koerperschaften = List.copyOf(koerperschaften);
  }

  public Zuteilung pruefe(Integer jahr, Long landesbudgetCent, List<Zuteilungszeile> zeilen, boolean jahrBereitsGestartet,
                          boolean vorlageVorhanden) {
    Fehlerliste fehler = new Fehlerliste();
    if (jahr == null) {
      fehler.add("Bitte das Programmjahr angeben.");
    } else if (jahr < 2020 || jahr > 2100) {
      fehler.add("Das Programmjahr " + jahr + " ist nicht plausibel.");
    }
    if (jahr != null && !vorlageVorhanden) {
      fehler.add("Für das Jahr " + jahr + " liegt keine Vorlage der Zielvereinbarung vor.");
    }
    if (jahrBereitsGestartet) {
      fehler.add("Das Programmjahr " + jahr + " ist bereits gestartet; ein Jahr kann nur einmal gestartet werden.");
    }
    if (landesbudgetCent == null || landesbudgetCent <= 0) {
      fehler.add("Bitte das Landesbudget des Jahres angeben (ein positiver Betrag).");
    }
    if (zeilen.isEmpty()) {
      fehler.add("Die Zuteilung enthält keine Zeile. Bitte je Gebietskörperschaft eine Zeile mit Betrag angeben.");
    }
    List<Zuteilung.Anteil> anteile = new ArrayList<>();
    Map<String, Integer> gesehen = new HashMap<>();
    for (Zuteilungszeile zeile : zeilen) {
      String wo = "Zeile " + zeile.zeile() + ": ";
      Optional<Gebietskoerperschaft> gk = finde(zeile.koerperschaft(), wo, fehler);
      Long betrag = betrag(zeile.betrag(), wo + "Betrag", true, fehler);
      Long zweck = betrag(zeile.zweckgebunden(), wo + "zweckgebundener Betrag", false, fehler);
      if (gk.isEmpty()) {
        continue;
      }
      Gebietskoerperschaft k = gk.get();
      Integer frueher = gesehen.putIfAbsent(k.kreisschluessel(), zeile.zeile());
      if (frueher != null) {
        fehler.add(wo + k.bezeichnung() + " steht doppelt in der Zuteilung (schon in Zeile " + frueher + ").");
        continue;
      }
      if (jahr != null && !k.gueltigImJahr(jahr)) {
        fehler.add(wo + k.bezeichnung() + " kann im Jahr " + jahr + " kein AQB erhalten"
            + (k.gueltigAb() != null ? " (kreisfrei erst ab " + k.gueltigAb().getDayOfMonth() + "."
            + k.gueltigAb().getMonthValue() + "." + k.gueltigAb().getYear() + ")." : "."));
        continue;
      }
      if (betrag != null && zweck != null && zweck > betrag) {
        fehler.add(wo + "Der zweckgebundene Betrag von " + k.bezeichnung() + " (" + Geld.alsWaehrung(zweck)
            + ") ist höher als der Betrag (" + Geld.alsWaehrung(betrag) + ").");
        continue;
      }
      if (betrag != null) {
        anteile.add(new Zuteilung.Anteil(k.kreisschluessel(), k.bezeichnung(), betrag, zweck == null ? 0 : zweck));
      }
    }
    long summe = anteile.stream().mapToLong(Zuteilung.Anteil::betragCent).sum();
    if (landesbudgetCent != null && landesbudgetCent > 0 && summe > landesbudgetCent) {
      fehler.add("Die Summe der Zuteilung (" + Geld.alsWaehrung(summe) + ") übersteigt das Landesbudget ("
          + Geld.alsWaehrung(landesbudgetCent) + ") um " + Geld.alsWaehrung(summe - landesbudgetCent) + ".");
    }
    if (!fehler.leer()) {
      throw new UngueltigeEingabe("Die Zuteilung wurde nicht übernommen, es wurde nichts gestartet. "
          + String.join(" ", fehler.fehler()));
    }
    return new Zuteilung(jahr, landesbudgetCent, anteile);
  }

  /** By AGS (8 digits), Kreisschlüssel (5 digits), the name of the agreements ("Landkreis Gießen") or the plain name if unique. */
  Optional<Gebietskoerperschaft> finde(String angabe, String wo, Fehlerliste fehler) {
    if (angabe == null || angabe.isBlank()) {
      fehler.add(wo + "Bitte die Gebietskörperschaft angeben (AGS oder Name).");
      return Optional.empty();
    }
    String a = angabe.strip();
    String klein = a.toLowerCase(Locale.GERMAN);
    List<Gebietskoerperschaft> treffer = koerperschaften.stream().filter(k -> k.ags().equals(a) || k.kreisschluessel().equals(a)
        || k.bezeichnung().toLowerCase(Locale.GERMAN).equals(klein)).toList();
    if (treffer.isEmpty()) {
      treffer = koerperschaften.stream().filter(k -> k.name().toLowerCase(Locale.GERMAN).equals(klein)).toList();
    }
    if (treffer.size() == 1) {
      return Optional.of(treffer.get(0));
    }
    if (treffer.size() > 1) {
      fehler.add(wo + "„" + a + "“ ist mehrdeutig (" + String.join(", ", treffer.stream().map(Gebietskoerperschaft::bezeichnung).toList())
          + "). Bitte den AGS angeben.");
    } else {
      fehler.add(wo + "Unbekannte Gebietskörperschaft „" + a + "“.");
    }
    return Optional.empty();
  }

  private static Long betrag(String text, String feld, boolean pflicht, Fehlerliste fehler) {
    if (text == null || text.isBlank()) {
      if (pflicht) {
        fehler.add(feld + " fehlt.");
      }
      return null;
    }
    try {
      BigDecimal euro = Geld.euro(text, null);
      if (euro.signum() < 0 || (pflicht && euro.signum() == 0)) {
        fehler.add(feld + " „" + text.strip() + "“ muss " + (pflicht ? "größer als 0" : "mindestens 0") + " sein.");
        return null;
      }
      if (euro.stripTrailingZeros().scale() > 2) {
        fehler.add(feld + " „" + text.strip() + "“ hat mehr als zwei Nachkommastellen.");
        return null;
      }
      return Geld.inCent(euro);
    } catch (UngueltigeEingabe e) {
      fehler.add(feld + " „" + text.strip() + "“ ist keine Zahl.");
      return null;
    }
  }
}

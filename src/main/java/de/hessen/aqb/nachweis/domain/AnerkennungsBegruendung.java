package de.hessen.aqb.nachweis.domain;

import de.hessen.aqb.gemeinsam.Geld;
import java.util.ArrayList;
import java.util.List;

/** The German reason of a measure's cut, as the Schlussbescheid prints it (at most 2.000 characters). */
final class AnerkennungsBegruendung {

  static final int HOECHSTENS_ZEICHEN = 2000;
  static final int HOECHSTENS_BELEGE = 25;

  private AnerkennungsBegruendung() {}

  static String text(NachweisPosition p, List<Einwand> einwaende, long beanstandetCent, long foerderfaehigCent,
      Anerkennung.Finanzierung finanzierung, Toleranzregel.Ergebnis t, int toleranzProzent) {
    List<String> saetze = new ArrayList<>();
    if (beanstandetCent > 0) {
      List<String> belege = einwaende.stream().limit(HOECHSTENS_BELEGE).map(e -> "Zeile " + e.zeile() + " (" + e.grund().text()
          + (e.kommentar() == null ? "" : ": " + kurz(e.kommentar())) + ")").toList();
      saetze.add("Nicht anerkannte Belege " + Geld.alsWaehrung(beanstandetCent) + ": " + String.join(", ", belege)
          + (einwaende.size() > HOECHSTENS_BELEGE ? " und " + (einwaende.size() - HOECHSTENS_BELEGE) + " weitere" : "") + ".");
    }
    long akzeptiert = p.ausgabenCent() - beanstandetCent;
    if (finanzierung.art() != Finanzierungsart.FESTBETRAG && foerderfaehigCent < akzeptiert) {
      saetze.add(switch (finanzierung.art()) {
        case ANTEIL -> "Anteilfinanzierung: " + finanzierung.anteilProzent().stripTrailingZeros().toPlainString().replace('.', ',')
            + " % der Ausgaben nach Abzug der Einnahmen/Eigenmittel (" + Geld.alsWaehrung(p.einnahmenCent()) + ") sind förderfähig: "
            + Geld.alsWaehrung(foerderfaehigCent) + ".";
        default -> finanzierung.art().text() + ": Einnahmen/Eigenmittel von " + Geld.alsWaehrung(p.einnahmenCent())
            + " mindern die förderfähigen Ausgaben auf " + Geld.alsWaehrung(foerderfaehigCent) + ".";
      });
    }
    String grenze = toleranzProzent == 0 ? "" : " (höchstens " + toleranzProzent + " % der Bewilligung)";
    if (t.toleriertCent() > 0) {
      saetze.add("Überschreitung der Bewilligung: " + Geld.alsWaehrung(t.toleriertCent()) + " anerkannt" + grenze
          + ", ausgeglichen durch Einsparungen bei anderen Maßnahmen.");
    }
    if (t.ueberToleranzCent() > 0) {
      saetze.add(Geld.alsWaehrung(t.ueberToleranzCent()) + " nicht anerkannt: mehr als " + toleranzProzent
          + " % über der Bewilligung (Änderungsbescheid erforderlich).");
    }
    if (t.ohneAusgleichCent() > 0) {
      saetze.add(Geld.alsWaehrung(t.ohneAusgleichCent()) + " über der Bewilligung nicht anerkannt: nicht durch Einsparungen bei "
          + "anderen Maßnahmen ausgeglichen.");
    }
    if (saetze.isEmpty()) {
      return null;
    }
    String text = String.join(" ", saetze);
    return text.length() <= HOECHSTENS_ZEICHEN ? text : text.substring(0, HOECHSTENS_ZEICHEN - 1) + "…";
  }

  private static String kurz(String kommentar) {
    String einzeilig = kommentar.replaceAll("\\s+", " ");
    return einzeilig.length() <= 80 ? einzeilig : einzeilig.substring(0, 79) + "…";
  }
}

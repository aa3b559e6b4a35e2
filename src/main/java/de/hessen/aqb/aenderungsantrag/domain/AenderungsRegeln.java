package de.hessen.aqb.aenderungsantrag.domain;

import de.hessen.aqb.gemeinsam.Fehlerliste;
import de.hessen.aqb.gemeinsam.Geld;
import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of an Änderungsantrag, checked against the case as it stands at that moment: every measure at least what
 * was already paid on it, a measure with payments cannot be dropped, the total within the Zielvereinbarung's budget, an
 * extension only later than today's end and within the programme's maximum, a reason, and something must change.
 */
public final class AenderungsRegeln {

  public static final int BEGRUENDUNG_MAX = 4000;
  public static final int NAME_MAX = 300;
  private static final String D = "dd.MM.yyyy";

  private AenderungsRegeln() {}

  /**
   * Checks the body's request.
   *
   * @param idPraefix the ids of added measures are this prefix plus a running number
   * @throws UngueltigeEingabe naming every problem in German
   */
  public static Aenderung pruefe(Antragseingabe eingabe, Lage lage, String idPraefix) {
    Fehlerliste fehler = new Fehlerliste();
    Map<String, Antragseingabe.PostenEingabe> jeId = new java.util.HashMap<>();
    for (Antragseingabe.PostenEingabe p : eingabe.posten()) {
      if (lage.massnahme(p.id()).isEmpty()) {
        fehler.add("Die Maßnahme „" + p.id() + "“ ist in diesem Förderfall nicht bewilligt.");
      } else if (jeId.put(p.id(), p) != null) {
        fehler.add("Die Maßnahme „" + lage.massnahme(p.id()).get().name() + "“ ist doppelt aufgeführt.");
      }
    }
    List<Aenderung.Posten> posten = new ArrayList<>();
    for (Lage.Massnahme m : lage.massnahmen()) {
      posten.add(bestehend(m, jeId.get(m.id()), lage, fehler));
    }
    Set<String> namen = new HashSet<>();
    int lfd = 1;
    for (Antragseingabe.NeueEingabe n : eingabe.neue()) {
      Aenderung.Posten neu = neu(idPraefix + lfd++, n, lage, fehler);
      if (neu != null && !namen.add(neu.name())) {
        fehler.add("Die neue Maßnahme „" + neu.name() + "“ ist doppelt aufgeführt.");
      }
      posten.add(neu);
    }
    LocalDate neuesEnde = ende(eingabe.neuesEnde(), lage, fehler);
    String begruendung = eingabe.begruendung() == null ? "" : eingabe.begruendung().strip();
    fehler.wenn(begruendung.isEmpty(), "Bitte begründen Sie die Änderung.");
    fehler.wenn(begruendung.length() > BEGRUENDUNG_MAX, "Die Begründung ist zu lang (höchstens " + BEGRUENDUNG_MAX + " Zeichen).");
    fehler.pruefe();
    Aenderung aenderung = new Aenderung(posten, lage.bewilligungBis(), neuesEnde, begruendung);
    fehler.wenn(!aenderung.aendertEtwas(), "Der Änderungsantrag ändert nichts. Bitte mindestens einen Betrag, eine Maßnahme, "
        + "einen Träger oder das Ende des Bewilligungszeitraums ändern.");
    fehler.wenn(aenderung.summeNeuCent() > lage.budgetCent(), "Die Summe der Maßnahmen von "
        + Geld.alsWaehrung(aenderung.summeNeuCent()) + " übersteigt das Budget der Zielvereinbarung von "
        + Geld.alsWaehrung(lage.budgetCent()) + ".");
    fehler.pruefe();
    return aenderung;
  }

  private static Aenderung.Posten bestehend(Lage.Massnahme m, Antragseingabe.PostenEingabe e, Lage lage, Fehlerliste fehler) {
    if (e == null) {
      return new Aenderung.Posten(m.id(), m.name(), null, null, m.traegerName(), false, false, false, m.bewilligtCent(),
          m.bewilligtCent());
    }
    long neu = m.bewilligtCent();
    if (e.entfaellt()) {
      neu = 0;
      fehler.wenn(m.ausgezahltCent() > 0, "Die Maßnahme „" + m.name() + "“ kann nicht entfallen: auf sie wurden bereits "
          + Geld.alsWaehrung(m.ausgezahltCent()) + " ausgezahlt.");
    } else if (e.betrag() != null && !e.betrag().isBlank()) {
      Long cent = cent(e.betrag(), "„" + m.name() + "“", fehler);
      if (cent != null) {
        neu = cent;
        fehler.wenn(cent < m.ausgezahltCent(), "Der neue Betrag für „" + m.name() + "“ von " + Geld.alsWaehrung(cent)
            + " liegt unter den bereits ausgezahlten " + Geld.alsWaehrung(m.ausgezahltCent()) + ".");
        fehler.wenn(cent == 0, "Soll „" + m.name() + "“ ganz entfallen, bitte „entfällt“ wählen.");
      }
    }
    String traegerId = null;
    String traegerName = m.traegerName();
    boolean geaendert = false;
    if (!e.entfaellt() && e.traeger() != null && !e.traeger().isBlank()) {
      String name = lage.traeger().get(e.traeger());
      if (name == null) {
        fehler.add("Der Träger „" + e.traeger() + "“ ist nicht bekannt.");
      } else if (!name.equals(m.traegerName())) {
        traegerId = e.traeger();
        traegerName = name;
        geaendert = true;
      }
    }
    return new Aenderung.Posten(m.id(), m.name(), null, traegerId, traegerName, false, e.entfaellt(), geaendert,
        m.bewilligtCent(), neu);
  }

  private static Aenderung.Posten neu(String id, Antragseingabe.NeueEingabe n, Lage lage, Fehlerliste fehler) {
    String name = n.name() == null ? "" : n.name().strip();
    fehler.wenn(name.isEmpty(), "Bitte geben Sie jeder neuen Maßnahme einen Namen.");
    fehler.wenn(name.length() > NAME_MAX, "Der Name der neuen Maßnahme ist zu lang (höchstens " + NAME_MAX + " Zeichen).");
    Integer art = switch (n.art() == null ? "" : n.art().strip()) {
      case "1" -> 1;
      case "2" -> 2;
      case "3" -> 3;
      case "4" -> 4;
      default -> null;
    };
    fehler.wenn(art == null, "Bitte wählen Sie für die neue Maßnahme „" + name + "“ eine der vier Maßnahmenarten.");
    String traegerName = n.traeger() == null ? null : lage.traeger().get(n.traeger());
    fehler.wenn(traegerName == null, "Bitte wählen Sie für die neue Maßnahme „" + name + "“ einen bekannten Träger.");
    Long cent = n.betrag() == null || n.betrag().isBlank() ? null : cent(n.betrag(), "„" + name + "“", fehler);
    fehler.wenn(cent == null || cent == 0, "Bitte geben Sie für die neue Maßnahme „" + name + "“ einen Betrag über 0 € an.");
    return new Aenderung.Posten(id, name, art, n.traeger(), traegerName, true, false, false, 0, cent == null ? 0 : cent);
  }

  private static LocalDate ende(String text, Lage lage, Fehlerliste fehler) {
    if (text == null || text.isBlank()) {
      return null;
    }
    LocalDate ende;
    try {
      ende = LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      fehler.add("„" + text + "“ ist kein Datum.");
      return null;
    }
    var format = java.time.format.DateTimeFormatter.ofPattern(D);
    fehler.wenn(!ende.isAfter(lage.bewilligungBis()), "Das neue Ende des Bewilligungszeitraums (" + format.format(ende)
        + ") muss nach dem bisherigen Ende (" + format.format(lage.bewilligungBis()) + ") liegen.");
    fehler.wenn(ende.isAfter(lage.hoechstesEnde()), "Der Bewilligungszeitraum kann höchstens bis zum "
        + format.format(lage.hoechstesEnde()) + " verlängert werden (Laufzeit des Programms).");
    return ende;
  }

  /** A change can only be requested within the Bewilligungszeitraum (an extension before it ends). */
  public static void pruefeFrist(LocalDate bewilligungBis, LocalDate heute) {
    if (heute.isAfter(bewilligungBis)) {
      throw new UngueltigeEingabe("Der Bewilligungszeitraum ist am " + java.time.format.DateTimeFormatter.ofPattern(D)
          .format(bewilligungBis) + " abgelaufen; Änderungen können nicht mehr beantragt werden.");
    }
  }

  /** Cents of an amount as typed; problems go to the list (null then). */
  static Long cent(String text, String wofuer, Fehlerliste fehler) {
    try {
      BigDecimal euro = Geld.euro(text, null);
      if (euro.signum() < 0) {
        fehler.add("Der Betrag für " + wofuer + " darf nicht negativ sein.");
        return null;
      }
      if (euro.stripTrailingZeros().scale() > 2) {
        fehler.add("Der Betrag für " + wofuer + " darf höchstens zwei Nachkommastellen haben.");
        return null;
      }
      return euro.movePointRight(2).longValueExact();
    } catch (UngueltigeEingabe e) {
      fehler.add(e.getMessage());
      return null;
    }
  }
}

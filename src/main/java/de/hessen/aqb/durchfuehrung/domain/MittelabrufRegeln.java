package de.hessen.aqb.durchfuehrung.domain;

import static de.hessen.aqb.gemeinsam.Datumsanzeige.TT_MM_JJJJ;
import de.hessen.aqb.gemeinsam.Geld;
import de.hessen.aqb.gemeinsam.Fehlerliste;
import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import java.time.LocalDate;
import java.time.Period;

/**
 * The rules of a Mittelabruf: money only for payments due within the configured period (two months by the
 * Bescheid's rule), never more than is still available, and always with a purpose. All messages are German and
 * name the figures, so the clerk can correct the input.
 */
public final class MittelabrufRegeln {

  public static final int ZWECK_MAX = 2000;

  private MittelabrufRegeln() {}

  /**
   * Checks the body's request.
   *
   * @param betrag the amount as typed ("120.000,00")
   * @param bedarfBis the day until which the money is needed (null if missing)
   * @param bedarfszeitraum how far ahead money may be requested (e.g. two months)
   */
  public static Mittelabruf pruefeAbruf(String betrag, LocalDate bedarfBis, String zweck, Mittelstand stand, LocalDate heute,
      Period bedarfszeitraum) {
    Fehlerliste fehler = new Fehlerliste();
    Long cent = null;
    try {
      cent = Geld.centNichtNegativ(betrag, "Betrag");
    } catch (UngueltigeEingabe e) {
      fehler.add(e.getMessage());
    }
    fehler.wenn(cent == null && (betrag == null || betrag.isBlank()), "Bitte den abzurufenden Betrag angeben.")
        .wenn(cent != null && cent == 0, "Der abzurufende Betrag muss größer als 0 € sein.")
        .wenn(cent != null && cent > stand.verfuegbarCent(), "Der Betrag von " + (cent == null ? "" : Geld.alsWaehrung(cent))
            + " übersteigt die noch verfügbaren Mittel von " + Geld.alsWaehrung(stand.verfuegbarCent()) + " (bewilligt "
            + Geld.alsWaehrung(stand.bewilligtCent()) + ", bereits ausgezahlt " + Geld.alsWaehrung(stand.ausgezahltCent())
            + ").");
    LocalDate spaetestens = heute.plus(bedarfszeitraum);
    fehler.wenn(bedarfBis == null, "Bitte angeben, bis wann die Mittel benötigt werden.")
        .wenn(bedarfBis != null && bedarfBis.isBefore(heute), "Das Datum „benötigt bis“ (" + TT_MM_JJJJ.format(bedarfBis != null ? bedarfBis : heute)
            + ") liegt in der Vergangenheit.")
        .wenn(bedarfBis != null && bedarfBis.isAfter(spaetestens), "Mittel dürfen nur für Zahlungen abgerufen werden, die "
            + "bis zum " + TT_MM_JJJJ.format(spaetestens) + " fällig werden (" + zeitraum(bedarfszeitraum) + " ab heute). Bitte den "
            + "Betrag auf diesen Bedarf beschränken und später erneut abrufen.");
    String text = zweck == null ? "" : zweck.strip();
    fehler.wenn(text.isEmpty(), "Bitte angeben, wofür die Mittel benötigt werden (Verwendungszweck).")
        .wenn(text.length() > ZWECK_MAX, "Der Verwendungszweck ist zu lang (höchstens " + ZWECK_MAX + " Zeichen).");
    fehler.pruefe();
    return new Mittelabruf(cent, bedarfBis, text);
  }

  /**
   * Checks the RP's decision on a request of {@code angefordertCent}.
   *
   * @param auszahlung the amount to pay as typed, only for a reduction
   */
  public static Entscheidung pruefeEntscheidung(String art, String auszahlung, String begruendung, long angefordertCent) {
    Entscheidung.Art entscheidung = Entscheidung.Art.ausFormular(art);
    if (entscheidung == null) {
      throw new UngueltigeEingabe("Bitte wählen: auszahlen, gekürzt auszahlen oder ablehnen.");
    }
    String grund = begruendung == null || begruendung.isBlank() ? null : begruendung.strip();
    Fehlerliste fehler = new Fehlerliste();
    long betrag = switch (entscheidung) {
      case AUSZAHLEN -> angefordertCent;
      case ABLEHNEN -> 0;
      case KUERZEN -> {
        Long cent = null;
        try {
          cent = Geld.centNichtNegativ(auszahlung, "Auszahlungsbetrag");
        } catch (UngueltigeEingabe e) {
          fehler.add(e.getMessage());
        }
        fehler.wenn(cent == null && (auszahlung == null || auszahlung.isBlank()), "Bitte den gekürzten Auszahlungsbetrag angeben.")
            .wenn(cent != null && (cent <= 0 || cent >= angefordertCent), "Der gekürzte Betrag muss größer als 0 € und kleiner als "
                + "der angeforderte Betrag von " + Geld.alsWaehrung(angefordertCent) + " sein.");
        yield cent == null ? 0 : cent;
      }
    };
    fehler.wenn(entscheidung != Entscheidung.Art.AUSZAHLEN && grund == null,
        "Bitte begründen, warum der Mittelabruf " + (entscheidung == Entscheidung.Art.ABLEHNEN ? "abgelehnt" : "gekürzt") + " wird.");
    fehler.wenn(grund != null && grund.length() > ZWECK_MAX, "Die Begründung ist zu lang (höchstens " + ZWECK_MAX + " Zeichen).");
    fehler.pruefe();
    return new Entscheidung(entscheidung, betrag, grund);
  }

  /**
   * The last day a Mittelabruf is accepted: the configured run-out after the end of the Bewilligungszeitraum, but
   * never earlier than the run-out after today (a Bescheid issued after the period must still let the body request
   * the money it granted).
   */
  public static LocalDate letzterAbruftag(LocalDate bewilligungBis, LocalDate heute, Period nachlauf) {
    return (bewilligungBis.isAfter(heute) ? bewilligungBis : heute).plus(nachlauf);
  }

  /** A request is accepted up to and including the last day of the request period. */
  public static void pruefeAbrufzeitraum(LocalDate letzterAbruftag, LocalDate heute) {
    if (heute.isAfter(letzterAbruftag)) {
      throw new UngueltigeEingabe("Der Abrufzeitraum endete am " + TT_MM_JJJJ.format(letzterAbruftag)
          + ". Es können keine Mittel mehr abgerufen werden.");
    }
  }

  static String zeitraum(Period p) {
    if (p.getYears() == 0 && p.getDays() == 0) {
      return p.getMonths() == 1 ? "ein Monat" : p.getMonths() + " Monate";
    }
    if (p.getYears() == 0 && p.getMonths() == 0) {
      return p.getDays() == 1 ? "ein Tag" : p.getDays() + " Tage";
    }
    return p.toString();
  }
}

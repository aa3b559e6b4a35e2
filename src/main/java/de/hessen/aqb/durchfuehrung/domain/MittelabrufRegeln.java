package de.hessen.aqb.durchfuehrung.domain;

import static de.hessen.aqb.gemeinsam.Datumsanzeige.TT_MM_JJJJ;
import de.hessen.aqb.gemeinsam.Geld;
import de.hessen.aqb.gemeinsam.Fehlerliste;
import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules of a Mittelabruf: money only for payments due within the configured period (two months by the
 * Bescheid's rule), never more than is still available, and always with a purpose. All messages are German and
 * name the figures, so the clerk can correct the input.
 */
public final class MittelabrufRegeln {

  public static final int ZWECK_MAX = 2000;

  private MittelabrufRegeln() {}

  /** One measure of a filed request, as the RP decides on it. */
  public record Anforderung(String massnahmeId, String name, long angefordertCent) {}

  /**
   * Checks the body's request: per measure at most what the measure still has, in total more than 0 € and at most
   * what the case still has, only for measures granted now.
   *
   * @param betraege the amounts per measure id as typed ("120.000,00"; empty = nothing for that measure)
   * @param bedarfBis the day until which the money is needed (null if missing)
   * @param verwendungBisher how the money paid earlier was used (required once something was paid)
   * @param bedarfszeitraum how far ahead money may be requested (e.g. two months)
   */
  public static Mittelabruf pruefeAbruf(Map<String, String> betraege, LocalDate bedarfBis, String zweck,
      String verwendungBisher, Mittelstand stand, LocalDate heute, Period bedarfszeitraum) {
    Fehlerliste fehler = new Fehlerliste();
    Map<String, Long> cent = new LinkedHashMap<>();
    betraege.forEach((id, betrag) -> {
      if (betrag == null || betrag.isBlank()) {
        return;
      }
      Optional<Mittelstand.Massnahme> massnahme = stand.massnahme(id);
      if (massnahme.isEmpty()) {
        fehler.add("Die Maßnahme „" + id + "“ ist nicht (mehr) bewilligt; für sie können keine Mittel abgerufen werden.");
        return;
      }
      Mittelstand.Massnahme m = massnahme.get();
      try {
        long wert = Geld.centNichtNegativ(betrag, "Betrag für „" + m.name() + "“");
        fehler.wenn(wert > m.verfuegbarCent(), "Der Betrag für „" + m.name() + "“ von " + Geld.alsWaehrung(wert)
            + " übersteigt die für diese Maßnahme noch verfügbaren Mittel von " + Geld.alsWaehrung(m.verfuegbarCent())
            + " (bewilligt " + Geld.alsWaehrung(m.bewilligtCent()) + ", bereits ausgezahlt " + Geld.alsWaehrung(m.ausgezahltCent())
            + ", in Prüfung " + Geld.alsWaehrung(m.offenCent()) + ").");
        if (wert > 0) {
          cent.put(id, wert);
        }
      } catch (UngueltigeEingabe e) {
        fehler.add(e.getMessage());
      }
    });
    long summe = cent.values().stream().mapToLong(Long::longValue).sum();
    fehler.wenn(fehler.leer() && summe == 0, "Bitte für mindestens eine Maßnahme einen Betrag größer als 0 € angeben.")
        .wenn(summe > stand.verfuegbarCent(), "Der Betrag von " + Geld.alsWaehrung(summe)
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
    String bisher = verwendungBisher == null ? "" : verwendungBisher.strip();
    fehler.wenn(stand.ausgezahltCent() > 0 && bisher.isEmpty(), "Bitte angeben, wie die bisher ausgezahlten "
            + Geld.alsWaehrung(stand.ausgezahltCent()) + " verwendet wurden.")
        .wenn(bisher.length() > ZWECK_MAX, "Die Angabe zur Verwendung der bisherigen Mittel ist zu lang (höchstens "
            + ZWECK_MAX + " Zeichen).");
    fehler.pruefe();
    return new Mittelabruf(cent, bedarfBis, text, bisher.isEmpty() ? null : bisher);
  }

  /**
   * Checks the RP's decision on a filed request.
   *
   * @param auszahlungen the amounts to pay per measure id as typed, only for a reduction
   */
  public static Entscheidung pruefeEntscheidung(String art, Map<String, String> auszahlungen, String begruendung,
      List<Anforderung> angefordert) {
    Entscheidung.Art entscheidung = Entscheidung.Art.ausFormular(art);
    if (entscheidung == null) {
      throw new UngueltigeEingabe("Bitte wählen: auszahlen, gekürzt auszahlen oder ablehnen.");
    }
    String grund = begruendung == null || begruendung.isBlank() ? null : begruendung.strip();
    Fehlerliste fehler = new Fehlerliste();
    Map<String, Long> betraege = new LinkedHashMap<>();
    long summeAngefordert = angefordert.stream().mapToLong(Anforderung::angefordertCent).sum();
    for (Anforderung a : angefordert) {
      long betrag = switch (entscheidung) {
        case AUSZAHLEN -> a.angefordertCent();
        case ABLEHNEN -> 0;
        case KUERZEN -> gekuerzt(a, auszahlungen.get(a.massnahmeId()), fehler);
      };
      betraege.put(a.massnahmeId(), betrag);
    }
    long summe = betraege.values().stream().mapToLong(Long::longValue).sum();
    fehler.wenn(entscheidung == Entscheidung.Art.KUERZEN && fehler.leer() && (summe == 0 || summe >= summeAngefordert),
        "Der gekürzte Betrag muss insgesamt größer als 0 € und kleiner als der angeforderte Betrag von "
            + Geld.alsWaehrung(summeAngefordert) + " sein.");
    fehler.wenn(entscheidung != Entscheidung.Art.AUSZAHLEN && grund == null,
        "Bitte begründen, warum der Mittelabruf " + (entscheidung == Entscheidung.Art.ABLEHNEN ? "abgelehnt" : "gekürzt") + " wird.");
    fehler.wenn(grund != null && grund.length() > ZWECK_MAX, "Die Begründung ist zu lang (höchstens " + ZWECK_MAX + " Zeichen).");
    fehler.pruefe();
    return new Entscheidung(entscheidung, betraege, grund);
  }

  private static long gekuerzt(Anforderung a, String eingabe, Fehlerliste fehler) {
    if (eingabe == null || eingabe.isBlank()) {
      fehler.add("Bitte den Auszahlungsbetrag für „" + a.name() + "“ angeben (0 für keine Auszahlung).");
      return 0;
    }
    try {
      long cent = Geld.centNichtNegativ(eingabe, "Auszahlungsbetrag für „" + a.name() + "“");
      fehler.wenn(cent > a.angefordertCent(), "Für „" + a.name() + "“ kann höchstens der angeforderte Betrag von "
          + Geld.alsWaehrung(a.angefordertCent()) + " ausgezahlt werden.");
      return cent;
    } catch (UngueltigeEingabe e) {
      fehler.add(e.getMessage());
      return 0;
    }
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

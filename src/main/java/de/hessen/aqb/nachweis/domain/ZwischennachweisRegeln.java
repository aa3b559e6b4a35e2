package de.hessen.aqb.nachweis.domain;

import static de.hessen.aqb.gemeinsam.Datumsanzeige.TT_MM_JJJJ;

import de.hessen.aqb.gemeinsam.Fehlerliste;
import de.hessen.aqb.gemeinsam.Geld;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Rules of the Zwischennachweis (ADR 13): which Haushaltsjahre need one (every finished calendar year of the
 * Bewilligungszeitraum except the last, which the final Verwendungsnachweis covers), when it is requested (1 January of
 * the following year) and due (the day of the Bescheid's text, e.g. "30. April", of the following year), that its
 * Belege lie in its year, and — for the final Verwendungsnachweis — that no Beleg of an accepted Zwischennachweis is
 * counted a second time.
 */
public final class ZwischennachweisRegeln {

  private static final List<String> MONATE = List.of("januar", "februar", "märz", "april", "mai", "juni", "juli", "august",
      "september", "oktober", "november", "dezember");
  private static final Pattern TAG_MONATSNAME = Pattern.compile("(\\d{1,2})\\.\\s*(januar|februar|märz|maerz|april|mai|juni|juli"
      + "|august|september|oktober|november|dezember)");
  private static final Pattern TAG_MONAT = Pattern.compile("(?<!\\d)(\\d{1,2})\\.(\\d{1,2})\\.");

  private ZwischennachweisRegeln() {}

  /**
   * The day and month the Zwischennachweis is due in the following year, read from the Bescheid's text ("jeweils bis zum
   * 30. April des folgenden Jahres", "bis 31.05."); {@code standard} when the text names no day.
   */
  public static MonthDay faelligkeit(String bescheidText, MonthDay standard) {
    if (bescheidText == null) {
      return standard;
    }
    String text = bescheidText.toLowerCase(Locale.GERMAN);
    try {
      Matcher name = TAG_MONATSNAME.matcher(text);
      if (name.find()) {
        String monat = name.group(2).replace("maerz", "märz");
        return MonthDay.of(MONATE.indexOf(monat) + 1, Integer.parseInt(name.group(1)));
      }
      Matcher zahl = TAG_MONAT.matcher(text);
      if (zahl.find()) {
        return MonthDay.of(Integer.parseInt(zahl.group(2)), Integer.parseInt(zahl.group(1)));
      }
    } catch (DateTimeException e) {
      return standard;
    }
    return standard;
  }

  /** The Haushaltsjahre that need a Zwischennachweis: every year of the period but the last (none for one year). */
  public static List<Integer> jahre(LocalDate von, LocalDate bis) {
    if (von == null || bis == null) {
      return List.of();
    }
    return IntStream.range(von.getYear(), bis.getYear()).boxed().toList();
  }

  /** The first year still without a requested Zwischennachweis, if any. */
  public static Optional<Integer> naechstesJahr(LocalDate von, LocalDate bis, Set<Integer> angefordert) {
    return jahre(von, bis).stream().filter(j -> !angefordert.contains(j)).findFirst();
  }

  /** The Zwischennachweis of {@code jahr} is requested at the start of the following year. */
  public static LocalDate angefordertAm(int jahr) {
    return LocalDate.of(jahr + 1, 1, 1);
  }

  public static LocalDate faelligAm(int jahr, MonthDay tag) {
    return tag.atYear(jahr + 1);
  }

  /** First day of the year's Belege: 1 January or the start of the Bewilligungszeitraum. */
  public static LocalDate erster(int jahr, LocalDate bewilligungVon) {
    LocalDate januar = LocalDate.of(jahr, 1, 1);
    return bewilligungVon.isAfter(januar) ? bewilligungVon : januar;
  }

  /** Last day of the year's Belege: 31 December or the end of the Bewilligungszeitraum. */
  public static LocalDate letzter(int jahr, LocalDate bewilligungBis) {
    LocalDate dezember = LocalDate.of(jahr, 12, 31);
    return bewilligungBis.isBefore(dezember) ? bewilligungBis : dezember;
  }

  /** Every Beleg of a Zwischennachweis lies in its Haushaltsjahr (and in the Bewilligungszeitraum). */
  public static void pruefeJahr(Belegliste belegliste, int jahr, LocalDate bewilligungVon, LocalDate bewilligungBis, Fehlerliste fehler) {
    LocalDate erster = erster(jahr, bewilligungVon);
    LocalDate letzter = letzter(jahr, bewilligungBis);
    belegliste.belege().stream().filter(b -> b.datum().isBefore(erster) || b.datum().isAfter(letzter)).forEach(b -> fehler.add(
        "Zeile " + b.zeile() + ": Die Zahlung vom " + b.datum().format(TT_MM_JJJJ) + " gehört nicht in den Zwischennachweis " + jahr
            + " (nur Zahlungen vom " + erster.format(TT_MM_JJJJ) + " bis " + letzter.format(TT_MM_JJJJ) + ")."));
  }

  /**
   * For the final Verwendungsnachweis: a Beleg dated in a year already proven by an accepted Zwischennachweis is refused
   * (it counts there; the final Belegliste lists only the payments after those years).
   */
  public static void pruefeNichtNachgewiesen(Belegliste belegliste, Set<Integer> nachgewieseneJahre, Fehlerliste fehler) {
    if (nachgewieseneJahre.isEmpty()) {
      return;
    }
    LocalDate ab = LocalDate.of(nachgewieseneJahre.stream().mapToInt(Integer::intValue).max().orElseThrow() + 1, 1, 1);
    belegliste.belege().stream().filter(b -> nachgewieseneJahre.contains(b.datum().getYear())).forEach(b -> fehler.add(
        "Zeile " + b.zeile() + ": Die Zahlung vom " + b.datum().format(TT_MM_JJJJ) + " gehört zum Haushaltsjahr "
            + b.datum().getYear() + ", das mit dem angenommenen Zwischennachweis bereits belegt ist, und darf nicht doppelt "
            + "gezählt werden. In die Belegliste des Verwendungsnachweises gehören nur Zahlungen ab " + ab.format(TT_MM_JJJJ) + "."));
  }

  /**
   * For the final Verwendungsnachweis with accepted Zwischennachweise: per measure, the earlier years' Ausgaben plus the
   * final Belegliste make the Ausgaben (Ist) of the whole period.
   */
  public static void pruefeSummen(List<NachweisPosition> positionen, Belegliste belegliste, Map<String, Long> frueherJeMassnahme,
      Fehlerliste fehler) {
    Map<String, Long> belegt = belegliste.summeJeMassnahmeCent();
    for (NachweisPosition p : positionen) {
      long frueher = frueherJeMassnahme.getOrDefault(p.massnahmeId(), 0L);
      long neu = belegt.getOrDefault(p.massnahmeId(), 0L);
      if (frueher + neu != p.ausgabenCent()) {
        fehler.add("Maßnahme „" + p.name() + "“: Zwischennachweise (" + Geld.alsWaehrung(frueher) + ") und Belegliste ("
            + Geld.alsWaehrung(neu) + ") ergeben zusammen " + Geld.alsWaehrung(frueher + neu) + ", im zahlenmäßigen Nachweis "
            + "sind Ausgaben (Ist) von " + Geld.alsWaehrung(p.ausgabenCent()) + " für den ganzen Bewilligungszeitraum angegeben.");
      }
    }
    Set<String> bekannt = positionen.stream().map(NachweisPosition::massnahmeId).collect(java.util.stream.Collectors.toSet());
    belegt.keySet().stream().filter(id -> !bekannt.contains(id)).forEach(id ->
        fehler.add("Die Belegliste enthält Zahlungen zur Maßnahme „" + id + "“, die im zahlenmäßigen Nachweis fehlt."));
  }

  /** The Sachbericht of a Zwischennachweis: required, and more than a word. */
  public static void pruefeSachbericht(String sachbericht, Fehlerliste fehler) {
    fehler.wenn(sachbericht == null || sachbericht.isBlank(),
        "Sachbericht: Bitte kurz beschreiben, was im Haushaltsjahr durchgeführt wurde (Maßnahmen, Teilnehmende, Stand).");
  }
}

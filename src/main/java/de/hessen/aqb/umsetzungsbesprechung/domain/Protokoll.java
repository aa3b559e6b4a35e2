package de.hessen.aqb.umsetzungsbesprechung.domain;

import static de.hessen.aqb.gemeinsam.Datumsanzeige.TT_MM_JJJJ;

import de.hessen.aqb.gemeinsam.Fehlerliste;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the ministry must enter to record a meeting: the minutes (from the day of the meeting on), who of the invited
 * attended, and the agreed follow-ups, each with what, who owns it and by when (not before today).
 */
public final class Protokoll {

  public static final int TEXT_MAX = 20_000;
  public static final int WAS_MAX = 1_000;
  public static final int VEREINBARUNGEN_MAX = 50;

  /** One follow-up as typed: what, owner ("gebietskoerperschaft", "regierungspraesidium", "ministerium"), due date. */
  public record VereinbarungEingabe(String was, String zustaendig, String faelligAm) {}

  public record Eingabe(String text, List<String> anwesend, List<VereinbarungEingabe> vereinbarungen) {}

  /** A checked follow-up, numbered from 1. */
  public record Vereinbarung(int nr, String was, Partei zustaendig, LocalDate faelligAm) {}

  /** Checked minutes. */
  public record Ergebnis(String text, Set<String> anwesend, List<Vereinbarung> vereinbarungen) {}

  private Protokoll() {}

  /**
   * @param eingeladen  the invited participants' user ids
   * @param termin      the day of the meeting
   */
  public static Ergebnis pruefe(Eingabe e, Set<String> eingeladen, LocalDate termin, LocalDate heute) {
    Fehlerliste fehler = new Fehlerliste();
    fehler.wenn(heute.isBefore(termin), "Das Protokoll kann erst ab dem Tag der Besprechung ("
        + termin.format(TT_MM_JJJJ) + ") erfasst werden.");
    String text = Terminierung.text(e.text());
    fehler.wenn(text.isEmpty(), "Bitte das Protokoll der Besprechung eingeben.");
    fehler.wenn(text.length() > TEXT_MAX, "Das Protokoll ist zu lang (höchstens " + TEXT_MAX + " Zeichen).");
    Set<String> anwesend = new LinkedHashSet<>(e.anwesend() == null ? List.of() : e.anwesend());
    anwesend.stream().filter(id -> !eingeladen.contains(id))
        .forEach(id -> fehler.add("„" + id + "“ war zu dieser Besprechung nicht eingeladen."));
    fehler.wenn(anwesend.isEmpty(), "Bitte angeben, wer an der Besprechung teilgenommen hat.");
    List<VereinbarungEingabe> eingaben = e.vereinbarungen() == null ? List.of() : e.vereinbarungen();
    fehler.wenn(eingaben.size() > VEREINBARUNGEN_MAX, "Höchstens " + VEREINBARUNGEN_MAX + " Vereinbarungen sind möglich.");
    List<Vereinbarung> vereinbarungen = new ArrayList<>();
    for (int i = 0; i < eingaben.size(); i++) {
      vereinbarung(i + 1, eingaben.get(i), heute, fehler).ifPresent(vereinbarungen::add);
    }
    fehler.pruefe();
    return new Ergebnis(text, Set.copyOf(anwesend), List.copyOf(vereinbarungen));
  }

  private static Optional<Vereinbarung> vereinbarung(int nr, VereinbarungEingabe v, LocalDate heute, Fehlerliste fehler) {
    String wo = "Vereinbarung " + nr + ": ";
    String was = Terminierung.text(v.was());
    fehler.wenn(was.isEmpty(), wo + "Bitte angeben, was vereinbart wurde.");
    fehler.wenn(was.length() > WAS_MAX, wo + "Der Text ist zu lang (höchstens " + WAS_MAX + " Zeichen).");
    Optional<Partei> zustaendig = Partei.von(Terminierung.text(v.zustaendig()));
    fehler.wenn(zustaendig.isEmpty(), wo + "Bitte wählen, wer zuständig ist (Gebietskörperschaft, Regierungspräsidium oder Ministerium).");
    LocalDate faellig = null;
    String datum = Terminierung.text(v.faelligAm());
    if (datum.isEmpty()) {
      fehler.add(wo + "Bitte das Datum angeben, bis zu dem sie erledigt sein soll.");
    } else {
      try {
        faellig = LocalDate.parse(datum.length() > 10 ? datum.substring(0, 10) : datum);
        fehler.wenn(faellig.isBefore(heute), wo + "Das Datum " + faellig.format(TT_MM_JJJJ) + " liegt in der Vergangenheit.");
      } catch (DateTimeParseException ex) {
        fehler.add(wo + "„" + datum + "“ ist kein gültiges Datum.");
      }
    }
    if (was.isEmpty() || was.length() > WAS_MAX || zustaendig.isEmpty() || faellig == null || faellig.isBefore(heute)) {
      return Optional.empty();
    }
    return Optional.of(new Vereinbarung(nr, was, zustaendig.get(), faellig));
  }
}

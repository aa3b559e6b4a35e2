package de.hessen.aqb.umsetzungsbesprechung.domain;

import de.hessen.aqb.gemeinsam.Fehlerliste;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * What the ministry must enter to schedule a meeting: a date in the meeting's year and not in the past, a time, a place,
 * at least one participant of the body and one of the RP Kassel (only people offered for the case), an optional agenda.
 */
public final class Terminierung {

  public static final int ORT_MAX = 500;
  public static final int TAGESORDNUNG_MAX = 4_000;
  public static final int TEILNEHMENDE_MAX = 50;

  /** The form's values as typed. */
  public record Eingabe(LocalDate datum, String uhrzeit, String ort, List<String> teilnehmende, String tagesordnung) {}

  /** A participant: user id and side. */
  public record Teilnehmer(String benutzer, Partei partei) {}

  /** A checked schedule. */
  public record Termin(LocalDate datum, LocalTime uhrzeit, String ort, List<Teilnehmer> teilnehmende, String tagesordnung) {}

  private Terminierung() {}

  /**
   * @param auswahl the people that may be invited (user id → side), from the body's group, rp-kassel and hmsi
   * @param jahr    the year of the meeting
   */
  public static Termin pruefe(Eingabe e, Map<String, Partei> auswahl, int jahr, LocalDate heute) {
    Fehlerliste fehler = new Fehlerliste();
    LocalDate datum = e.datum();
    if (datum == null) {
      fehler.add("Bitte das Datum der Umsetzungsbesprechung angeben.");
    } else {
      fehler.wenn(datum.isBefore(heute), "Das Datum der Umsetzungsbesprechung darf nicht in der Vergangenheit liegen.");
      fehler.wenn(datum.getYear() != jahr, "Die Umsetzungsbesprechung " + jahr + " muss im Jahr " + jahr + " stattfinden.");
    }
    LocalTime uhrzeit = uhrzeit(e.uhrzeit(), fehler);
    String ort = text(e.ort());
    fehler.wenn(ort.isEmpty(), "Bitte den Ort der Umsetzungsbesprechung angeben.");
    fehler.wenn(ort.length() > ORT_MAX, "Der Ort ist zu lang (höchstens " + ORT_MAX + " Zeichen).");
    String tagesordnung = text(e.tagesordnung());
    fehler.wenn(tagesordnung.length() > TAGESORDNUNG_MAX, "Die Tagesordnung ist zu lang (höchstens " + TAGESORDNUNG_MAX + " Zeichen).");
    List<Teilnehmer> teilnehmende = new ArrayList<>();
    List<String> ids = e.teilnehmende() == null ? List.of() : e.teilnehmende();
    fehler.wenn(ids.size() > TEILNEHMENDE_MAX, "Es können höchstens " + TEILNEHMENDE_MAX + " Personen eingeladen werden.");
    for (String id : new LinkedHashSet<>(ids)) {
      Partei partei = auswahl.get(id);
      if (partei == null) {
        fehler.add("„" + id + "“ kann zu dieser Umsetzungsbesprechung nicht eingeladen werden.");
      } else {
        teilnehmende.add(new Teilnehmer(id, partei));
      }
    }
    fehler.wenn(teilnehmende.stream().noneMatch(t -> t.partei() == Partei.GEBIETSKOERPERSCHAFT),
        "Bitte mindestens eine Person der Gebietskörperschaft einladen.");
    fehler.wenn(teilnehmende.stream().noneMatch(t -> t.partei() == Partei.REGIERUNGSPRAESIDIUM),
        "Bitte mindestens eine Person des Regierungspräsidiums Kassel einladen.");
    fehler.pruefe();
    return new Termin(datum, uhrzeit, ort, List.copyOf(teilnehmende), tagesordnung);
  }

  private static LocalTime uhrzeit(String roh, Fehlerliste fehler) {
    String text = text(roh);
    if (text.isEmpty()) {
      fehler.add("Bitte die Uhrzeit der Umsetzungsbesprechung angeben.");
      return null;
    }
    try {
      if (!text.matches("\\d{1,2}:\\d{2}")) {
        throw new DateTimeParseException(text, text, 0);
      }
      return LocalTime.parse(text.length() == 4 ? "0" + text : text);
    } catch (DateTimeParseException ex) {
      fehler.add("„" + text + "“ ist keine Uhrzeit (bitte SS:MM, z. B. 10:00).");
      return null;
    }
  }

  static String text(String roh) {
    return roh == null ? "" : roh.strip();
  }
}

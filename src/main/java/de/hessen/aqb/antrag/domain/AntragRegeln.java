package de.hessen.aqb.antrag.domain;

import de.hessen.aqb.gemeinsam.Geld;
import de.hessen.aqb.gemeinsam.Fehlerliste;
import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import de.hessen.aqb.gemeinsam.Geld;
import de.hessen.aqb.zielvereinbarung.domain.Massnahmenart;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Reading and checking an Antrag, with German messages that name the measure and the field. */
public final class AntragRegeln {

  /** Haushaltsjahre of the Detailplanung: the programme year and the three following. */
  public static final int PLANUNGSJAHRE = 4;

  private AntragRegeln() {}

  /** Reads what was typed; format errors (not numbers, end before start, unknown provider) go to {@code fehler}. */
  public static Antrag lies(List<MassnahmeEingabe> eingaben, int programmjahr, Function<String, String> traegerName,
      Fehlerliste fehler) {
    List<Massnahme> massnahmen = new ArrayList<>();
    List<Detailplanung> planung = new ArrayList<>();
    for (int i = 0; i < eingaben.size(); i++) {
      MassnahmeEingabe e = eingaben.get(i);
      String bezeichnung = "Maßnahme " + (i + 1) + (blank(e.name()) ? "" : " („" + e.name().strip() + "“)");
      String id = blank(e.id()) ? "M" + (i + 1) : e.id().strip();
      Massnahmenart art = art(e.massnahmenart(), bezeichnung, fehler);
      String traeger = blank(e.traeger()) ? null : e.traeger().strip();
      String name = blank(e.traegerName()) ? null : e.traegerName().strip();
      if (traeger != null) {
        String bekannt = traegerName.apply(traeger);
        if (bekannt == null) {
          fehler.add(bezeichnung + ": Der Träger „" + traeger + "“ ist nicht bekannt.");
        } else {
          name = bekannt;
        }
      }
      LocalDate beginn = datum(e.beginn(), bezeichnung + ", Beginn", fehler);
      LocalDate ende = datum(e.ende(), bezeichnung + ", Ende", fehler);
      fehler.wenn(beginn != null && ende != null && ende.isBefore(beginn), bezeichnung + ": Das Ende liegt vor dem Beginn.");
      Integer plaetze = plaetze(e.plaetze(), bezeichnung, fehler);
      Long kosten = cent(e.kosten(), bezeichnung + ", Gesamtkosten", fehler);
      Long foerderung = cent(e.foerderung(), bezeichnung + ", beantragte AQB-Mittel", fehler);
      Long eigen = cent(e.eigenmittel(), bezeichnung + ", Eigenmittel", fehler);
      Long dritt = cent(e.drittmittel(), bezeichnung + ", Drittmittel", fehler);
      List<String> jahre = e.haushaltsjahre() == null ? List.of() : e.haushaltsjahre();
      for (int j = 0; j < Math.min(jahre.size(), PLANUNGSJAHRE); j++) {
        Long betrag = cent(jahre.get(j), bezeichnung + ", Haushaltsjahr " + (programmjahr + j), fehler);
        if (betrag != null && betrag > 0) {
          planung.add(new Detailplanung(id, programmjahr + j, betrag));
        }
      }
      // rows the clerk adds in the form carry no origin: they are new against the Zielvereinbarung
      Massnahme.Herkunft herkunft = "ZIELVEREINBARUNG".equals(e.herkunft()) ? Massnahme.Herkunft.ZIELVEREINBARUNG
          : Massnahme.Herkunft.NEU;
      massnahmen.add(new Massnahme(id, blank(e.name()) ? null : e.name().strip(), art, traeger, name, beginn, ende, plaetze,
          kosten, foerderung, eigen, dritt, herkunft, e.entfaellt(), blank(e.aenderungsgrund()) ? null : e.aenderungsgrund().strip(),
          blank(e.zweckbindung()) ? null : e.zweckbindung().strip()));
    }
    return new Antrag(programmjahr, massnahmen, planung);
  }

  /** What must hold before an Antrag can be submitted (or a Nachforderung answered). */
  public static void pruefeEinreichung(Antrag antrag, long budgetCent, Fehlerliste fehler) {
    fehler.wenn(antrag.aktive().isEmpty(), "Der Antrag enthält keine Maßnahme.");
    for (Massnahme m : antrag.massnahmen()) {
      String bezeichnung = "Maßnahme „" + (m.name() == null ? m.id() : m.name()) + "“";
      if (m.entfaellt() || m.herkunft() == Massnahme.Herkunft.NEU) {
        fehler.wenn(m.aenderungsgrund() == null, bezeichnung + ": Bitte begründen, warum die Maßnahme gegenüber der "
            + "Zielvereinbarung " + (m.entfaellt() ? "entfällt." : "hinzukommt."));
      }
      if (m.entfaellt()) {
        continue;
      }
      fehler.wenn(!m.vollstaendig(), bezeichnung + ": Die Maßnahmendetails sind unvollständig (Name, Maßnahmenart, Träger, "
          + "Zeitraum, Plätze, Kosten und Finanzierung).");
      if (m.vollstaendig()) {
        fehler.wenn(m.kostenCent() != m.foerderungCent() + m.eigenmittelCent() + m.drittmittelCent(),
            bezeichnung + ": Die Gesamtkosten (" + Geld.alsWaehrung(m.kostenCent()) + ") entsprechen nicht der Summe aus "
                + "AQB-Mitteln, Eigen- und Drittmitteln (" + Geld.alsWaehrung(m.foerderungCent() + m.eigenmittelCent()
                + m.drittmittelCent()) + ").");
        fehler.wenn(antrag.geplantCent(m.id()) != m.foerderungCent(), bezeichnung + ": Die Detailplanung je Haushaltsjahr ("
            + Geld.alsWaehrung(antrag.geplantCent(m.id())) + ") entspricht nicht den beantragten AQB-Mitteln ("
            + Geld.alsWaehrung(m.foerderungCent()) + ").");
      }
    }
    fehler.wenn(antrag.summeBeantragtCent() > budgetCent, "Die beantragten AQB-Mittel (" + Geld.alsWaehrung(antrag.summeBeantragtCent())
        + ") übersteigen das Budget der Zielvereinbarung (" + Geld.alsWaehrung(budgetCent) + ").");
  }

  /** Reads and fully checks; throws {@link UngueltigeEingabe} listing every problem. */
  public static Antrag einreichbar(List<MassnahmeEingabe> eingaben, int programmjahr, long budgetCent,
      Function<String, String> traegerName) {
    Fehlerliste fehler = new Fehlerliste();
    Antrag antrag = lies(eingaben, programmjahr, traegerName, fehler);
    fehler.pruefe();
    pruefeEinreichung(antrag, budgetCent, fehler);
    fehler.pruefe();
    return antrag;
  }

  private static Massnahmenart art(String wert, String bezeichnung, Fehlerliste fehler) {
    if (blank(wert)) {
      return null;
    }
    try {
      return Massnahmenart.nachNummer(Integer.parseInt(wert.strip()));
    } catch (RuntimeException e) {
      fehler.add(bezeichnung + ": „" + wert + "“ ist keine der vier Maßnahmenarten des AQB.");
      return null;
    }
  }

  private static LocalDate datum(String wert, String feld, Fehlerliste fehler) {
    if (blank(wert)) {
      return null;
    }
    try {
      return LocalDate.parse(wert.strip().length() > 10 ? wert.strip().substring(0, 10) : wert.strip());
    } catch (DateTimeParseException e) {
      fehler.add(feld + ": „" + wert + "“ ist kein gültiges Datum.");
      return null;
    }
  }

  private static Integer plaetze(String wert, String bezeichnung, Fehlerliste fehler) {
    if (blank(wert)) {
      return null;
    }
    try {
      int plaetze = new java.math.BigDecimal(wert.strip()).intValueExact();
      fehler.wenn(plaetze < 0, bezeichnung + ": Die Zahl der Plätze darf nicht negativ sein.");
      return plaetze;
    } catch (RuntimeException e) {
      fehler.add(bezeichnung + ": „" + wert + "“ ist keine ganze Zahl von Plätzen.");
      return null;
    }
  }

  private static Long cent(String wert, String feld, Fehlerliste fehler) {
    try {
      return Geld.centNichtNegativ(wert, feld);
    } catch (UngueltigeEingabe e) {
      fehler.add(e.getMessage());
      return null;
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** Ids of the providers with an own group among the active measures. */
  public static Set<String> traegerIds(Antrag antrag) {
    Set<String> ids = new java.util.LinkedHashSet<>();
    antrag.aktive().stream().map(Massnahme::traegerId).filter(java.util.Objects::nonNull).forEach(ids::add);
    return ids;
  }
}

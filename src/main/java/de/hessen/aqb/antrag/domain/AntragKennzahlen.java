package de.hessen.aqb.antrag.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The figures the RP's rule check (DMN "Antragsprüfung") decides on. Amounts in cents. */
public record AntragKennzahlen(int anzahlMassnahmen, int anzahlUnvollstaendig, int anzahlOhneZulaessigeMassnahmenart,
    long summeBeantragtCent, long budgetCent, LocalDate fruehesterBeginn, LocalDate spaetestesEnde, LocalDate zulaessigVon,
    LocalDate zulaessigBis, int anzahlPlanungAbweichend, int anzahlFinanzierungAbweichend, long zweckbindungSollCent,
    long zweckbindungIstCent) {

  /**
   * @param zweckbindungProzent earmarked share of the budget per category (e.g. TEILZEIT → 5); empty if none this year
   */
  public static AntragKennzahlen berechne(Antrag antrag, long budgetCent, LocalDate zulaessigVon, LocalDate zulaessigBis,
      Map<String, Integer> zweckbindungProzent) {
    var aktive = antrag.aktive();
    long soll = 0;
    long ist = 0;
    for (var zweck : zweckbindungProzent.entrySet()) {
      long sollKategorie = budgetCent * zweck.getValue() / 100;
      long istKategorie = aktive.stream().filter(m -> zweck.getKey().equals(m.zweckbindung()))
          .mapToLong(m -> m.foerderungCent() == null ? 0 : m.foerderungCent()).sum();
      soll += sollKategorie;
      ist += Math.min(istKategorie, sollKategorie);
    }
    return new AntragKennzahlen(
        aktive.size(),
        (int) aktive.stream().filter(m -> !m.vollstaendig()).count(),
        (int) aktive.stream().filter(m -> m.art() == null).count(),
        antrag.summeBeantragtCent(),
        budgetCent,
        aktive.stream().map(Massnahme::beginn).filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null),
        aktive.stream().map(Massnahme::ende).filter(Objects::nonNull).max(LocalDate::compareTo).orElse(null),
        zulaessigVon,
        zulaessigBis,
        (int) aktive.stream().filter(m -> m.foerderungCent() == null || antrag.geplantCent(m.id()) != m.foerderungCent()).count(),
        (int) aktive.stream().filter(m -> !m.vollstaendig()
            || m.kostenCent() != m.foerderungCent() + m.eigenmittelCent() + m.drittmittelCent()).count(),
        soll,
        ist);
  }

  /** The DMN input variables, by name. */
  public Map<String, Object> alsVariablen() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("anzahlMassnahmen", anzahlMassnahmen);
    v.put("anzahlUnvollstaendig", anzahlUnvollstaendig);
    v.put("anzahlOhneZulaessigeMassnahmenart", anzahlOhneZulaessigeMassnahmenart);
    v.put("summeBeantragtCent", summeBeantragtCent);
    v.put("budgetCent", budgetCent);
    v.put("fruehesterBeginn", fruehesterBeginn);
    v.put("spaetestesEnde", spaetestesEnde);
    v.put("zulaessigVon", zulaessigVon);
    v.put("zulaessigBis", zulaessigBis);
    v.put("anzahlPlanungAbweichend", anzahlPlanungAbweichend);
    v.put("anzahlFinanzierungAbweichend", anzahlFinanzierungAbweichend);
    v.put("zweckbindungSollCent", zweckbindungSollCent);
    v.put("zweckbindungIstCent", zweckbindungIstCent);
    return v;
  }
}

package de.hessen.aqb.altvereinbarung;

import de.hessen.aqb.altvereinbarung.domain.Lesung;
import de.hessen.aqb.altvereinbarung.domain.Unterschrift;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A {@link Lesung} as the API and the review form show it (field order fixed, nulls kept, dates ISO). */
public final class Lesungsanzeige {

  private Lesungsanzeige() {}

  public static Map<String, Object> alsJson(Lesung l) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("partner", l.partner());
    m.put("kreisschluessel", l.kreisschluessel());
    m.put("jahr", l.jahr());
    m.put("budgetCent", l.budgetCent());
    m.put("massnahmen", l.massnahmen());
    m.put("unterzeichnungen", l.unterzeichnungen().stream().map(Lesungsanzeige::unterschrift).toList());
    m.put("unsicher", l.unsicher());
    m.put("konfidenz", l.konfidenz());
    return m;
  }

  static Map<String, Object> unterschrift(Unterschrift u) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("titel", u.titel());
    m.put("name", u.name());
    m.put("ort", u.ort());
    m.put("datum", u.datum() == null ? null : u.datum().toString());
    return m;
  }

  public static String text(Lesung l) {
    return AltvereinbarungTabelle.json(alsJson(l));
  }

  static List<Map<String, Object>> unterschriften(List<Unterschrift> liste) {
    return liste.stream().map(Lesungsanzeige::unterschrift).toList();
  }
}

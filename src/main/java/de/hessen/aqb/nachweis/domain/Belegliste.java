package de.hessen.aqb.nachweis.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The parsed Belegliste: every payment in date order (rows of the same day keep the order of the file). */
public record Belegliste(List<Beleg> belege) {

  public Belegliste {
    belege = List.copyOf(belege);
  }

  /** Σ of the payments per measure id. */
  public Map<String, Long> summeJeMassnahmeCent() {
    Map<String, Long> summen = new LinkedHashMap<>();
    belege.forEach(b -> summen.merge(b.massnahmeId(), b.betragCent(), Long::sum));
    return summen;
  }

  public long summeCent() {
    return belege.stream().mapToLong(Beleg::betragCent).sum();
  }
}

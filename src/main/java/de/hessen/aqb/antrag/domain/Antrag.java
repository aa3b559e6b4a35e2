package de.hessen.aqb.antrag.domain;

import java.util.List;

/** An Antrag AQB: its measures (including dropped ones) and the Detailplanung per Haushaltsjahr. */
public record Antrag(int programmjahr, List<Massnahme> massnahmen, List<Detailplanung> planung) {

  public List<Massnahme> aktive() {
    return massnahmen.stream().filter(m -> !m.entfaellt()).toList();
  }

  public long summeBeantragtCent() {
    return aktive().stream().mapToLong(m -> m.foerderungCent() == null ? 0 : m.foerderungCent()).sum();
  }

  public long geplantCent(String massnahmeId) {
    return planung.stream().filter(p -> p.massnahmeId().equals(massnahmeId)).mapToLong(Detailplanung::betragCent).sum();
  }
}

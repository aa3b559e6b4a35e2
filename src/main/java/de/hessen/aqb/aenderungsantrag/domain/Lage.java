package de.hessen.aqb.aenderungsantrag.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a case stands at one moment, as the rules check a change against it: the measures granted by the Bescheide in
 * force with what was paid on each, the Zielvereinbarung's budget, the Bewilligungszeitraum and how far the programme
 * lets it run, and the providers a measure may be given to.
 *
 * @param traeger known providers, id → name
 */
public record Lage(List<Massnahme> massnahmen, long budgetCent, LocalDate bewilligungBis, LocalDate hoechstesEnde,
    Map<String, String> traeger) {

  /** One granted measure. */
  public record Massnahme(String id, String name, long bewilligtCent, long ausgezahltCent, String traegerName) {}

  public Optional<Massnahme> massnahme(String id) {
    return massnahmen.stream().filter(m -> m.id().equals(id)).findFirst();
  }

  public long summeBewilligtCent() {
    return massnahmen.stream().mapToLong(Massnahme::bewilligtCent).sum();
  }
}

package de.hessen.aqb.zielvereinbarung;

import java.util.Optional;

/**
 * Something that knows a body's released allocation of a year (the programme year, a later stage): the draft's budget
 * starts from it. None: the drafter enters the budget as before.
 */
public interface Zuteilungsquelle {

  /** The body's allocated amount of that year in cents, if released. */
  Optional<Long> budgetCent(String kreisschluessel, int jahr);
}

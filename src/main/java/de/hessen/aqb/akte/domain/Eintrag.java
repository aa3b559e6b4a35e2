package de.hessen.aqb.akte.domain;

import java.time.LocalDateTime;
import java.util.Comparator;

/**
 * One line of the case's history: when, who (user id as recorded in the ledger or the engine's history, null where the
 * record keeps no person) and what (German).
 */
public record Eintrag(LocalDateTime am, String wer, String was) {

  /** Time, then text, then person: a stable order for equal times. */
  public static final Comparator<Eintrag> REIHENFOLGE = Comparator.comparing(Eintrag::am)
      .thenComparing(Eintrag::was).thenComparing(e -> e.wer() == null ? "" : e.wer());

  public Eintrag {
    if (am == null || was == null) {
      throw new IllegalArgumentException("Ein Eintrag der Akte braucht Zeitpunkt und Inhalt.");
    }
  }
}

package de.hessen.aqb.nachweis;

import de.hessen.aqb.foerderbudget.Foerderbudget;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The deadline the body's task runs against, from the records alone: the Verwendungsnachweis deadline of the Bescheid
 * in force, or, after a Nachforderung, the deadline the RP set in it. No variable can move it.
 */
@Service
public class NachweisTermine {

  private final Foerderbudget budget;
  private final NachweisPruefungen pruefungen;
  private final NachweisFristen fristen;

  NachweisTermine(Foerderbudget budget, NachweisPruefungen pruefungen, NachweisFristen fristen) {
    this.budget = budget;
    this.pruefungen = pruefungen;
    this.fristen = fristen;
  }

  public LocalDate frist(String nummer) {
    List<NachweisPruefungen.Nachforderung> runden = pruefungen.nachforderungen(nummer);
    if (!runden.isEmpty()) {
      return runden.get(runden.size() - 1).frist();
    }
    return budget.erlassenerBescheid(nummer).map(Foerderbudget.ErlassenerBescheid::verwendungsnachweisFrist)
        .orElseThrow(() -> new IllegalStateException("Für den Förderfall " + nummer
            + " ist kein Bescheid mit Frist für den Verwendungsnachweis erlassen."));
  }

  /** Due date of the body's task (ISO date-time, as the engine reads it). */
  public String faelligAm(String nummer) {
    return fristen.faelligAm(frist(nummer)).toString();
  }

  /** Reminder before the deadline (ISO date-time). */
  public String erinnerungAm(String nummer) {
    return fristen.erinnerungAm(frist(nummer)).toString();
  }
}

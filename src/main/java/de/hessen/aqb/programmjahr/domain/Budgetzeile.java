package de.hessen.aqb.programmjahr.domain;

/**
 * One body's line of the budget overview (amounts in cents): the released allocation, the Zielvereinbarung's budget,
 * what the Bescheide granted, what was paid, what the Verwendungsnachweis recognised and what was reclaimed; the stage
 * of its case. {@link #restCent()} is what is left of the budget: budget (the agreement's, else the allocation) minus
 * what was paid, plus what was reclaimed.
 */
public record Budgetzeile(String kreisschluessel, String bezeichnung, String foerderfallNummer, String stufe,
                          long zuteilungCent, long zvBudgetCent, long bewilligtCent, long ausgezahltCent,
                          long anerkanntCent, long zurueckgefordertCent) {

  /** The budget the line is measured against: the agreement's if there is one, else the allocation. */
  public long budgetCent() {
    return zvBudgetCent > 0 ? zvBudgetCent : zuteilungCent;
  }

  public long restCent() {
    return budgetCent() - ausgezahltCent + zurueckgefordertCent;
  }

  /** Paid and kept: what was paid less what was reclaimed of it. */
  public long ausgezahltBehaltenCent() {
    return ausgezahltCent - zurueckgefordertAusAuszahlungCent();
  }

  /** What was reclaimed, as a part of what was paid (a Rückforderung returns paid money, never more than was paid). */
  public long zurueckgefordertAusAuszahlungCent() {
    return Math.min(Math.max(0, zurueckgefordertCent), Math.max(0, ausgezahltCent));
  }

  /** Granted but not (yet) paid. */
  public long bewilligtOffenCent() {
    return Math.max(0, bewilligtCent - ausgezahltCent);
  }

  /** Budget not (yet) bound by a Bescheid. */
  public long ungebundenCent() {
    return Math.max(0, budgetCent() - Math.max(bewilligtCent, ausgezahltCent));
  }

  /** The sum of the given lines ("Summe"). */
  public static Budgetzeile summe(java.util.List<Budgetzeile> zeilen) {
    long[] s = new long[6];
    for (Budgetzeile z : zeilen) {
      s[0] += z.zuteilungCent;
      s[1] += z.budgetCent();
      s[2] += z.bewilligtCent;
      s[3] += z.ausgezahltCent;
      s[4] += z.anerkanntCent;
      s[5] += z.zurueckgefordertCent;
    }
    return new Budgetzeile("", "Summe", "", zeilen.size() + " Förderfälle", s[0], s[1], s[2], s[3], s[4], s[5]);
  }
}

package de.hessen.aqb.nachweis.domain;

import java.util.List;

/**
 * What was paid but not spent: Rückforderung = Σ paid − Σ recognised spending, never negative (spending beyond the
 * payments is the body's own money and is not reimbursed here). Amounts in euro cents.
 */
public record Rueckforderung(long ausgezahltCent, long anerkanntCent, long betragCent) {

  public static Rueckforderung berechne(long ausgezahltCent, long anerkanntCent) {
    if (ausgezahltCent < 0 || anerkanntCent < 0) {
      throw new IllegalArgumentException("Beträge dürfen nicht negativ sein: ausgezahlt " + ausgezahltCent
          + ", anerkannt " + anerkanntCent);
    }
    return new Rueckforderung(ausgezahltCent, anerkanntCent, Math.max(0, ausgezahltCent - anerkanntCent));
  }

  public static Rueckforderung berechne(long ausgezahltCent, List<Long> anerkanntJeMassnahmeCent) {
    return berechne(ausgezahltCent, anerkanntJeMassnahmeCent.stream().mapToLong(Long::longValue).sum());
  }

  public boolean noetig() {
    return betragCent > 0;
  }
}

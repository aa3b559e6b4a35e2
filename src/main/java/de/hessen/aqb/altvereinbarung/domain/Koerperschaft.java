package de.hessen.aqb.altvereinbarung.domain;

import java.util.List;

/**
 * A possible partner as the reader sees it: Kreisschlüssel, the name the ministry's agreements use, every form of the
 * name a text may contain (with article, in each case), the seat (a signing place) and the years it exists (null =
 * unbounded). Built from the reference data by the application service.
 */
public record Koerperschaft(String kreisschluessel, String bezeichnung, List<String> namensformen, String sitz,
    Integer abJahr, Integer bisJahr) {

  public boolean gibtEsIm(int jahr) {
    return (abJahr == null || abJahr <= jahr) && (bisJahr == null || bisJahr >= jahr);
  }
}

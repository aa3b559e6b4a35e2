package de.hessen.aqb.zielvereinbarung;

import de.hessen.aqb.zielvereinbarung.domain.Massnahmenart;
import de.hessen.aqb.zielvereinbarung.domain.Projekt;
import java.util.List;
import java.util.Map;

/**
 * A body's agreement of one year that next year's draft starts from: its projects per Maßnahmenart and where it comes
 * from ({@code herkunft}, German, shown to the drafter: "im System unterzeichnet", "aus dem Archiv übernommen").
 */
public record Ausgangsvereinbarung(String kreisschluessel, int jahr, String herkunft, Map<Massnahmenart, List<Projekt>> projekte) {

  /** Something that knows agreements of earlier years (the signed ones here, imported ones in later modules). */
  public interface Quelle {

    /** The body's agreement of that year, if this source has one. */
    java.util.Optional<Ausgangsvereinbarung> vereinbarung(String kreisschluessel, int jahr);
  }
}

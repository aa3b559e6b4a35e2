package de.hessen.aqb.altvereinbarung;

import de.hessen.aqb.altvereinbarung.domain.Unterschrift;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An imported agreement as stored: body, year, § 4 budget in cents, projects per Maßnahmenart ("1"–"4"), signatories,
 * the source file's name and who confirmed it when. Imported, not signed in the system.
 */
public record Altvereinbarung(String kreisschluessel, int jahr, String partner, long budgetCent,
    Map<String, List<String>> massnahmen, List<Unterschrift> unterzeichnungen, String quelleName, String uebernommenVon,
    Instant uebernommenAm) {}

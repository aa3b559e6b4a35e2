package de.hessen.aqb.zielvereinbarung.domain;

import static de.hessen.aqb.zielvereinbarung.domain.Massnahmenart.AUSBILDUNGSVORBEREITUNG;
import static de.hessen.aqb.zielvereinbarung.domain.Massnahmenart.AUSBILDUNG_UND_AUSBILDUNGSCOACHING;
import static de.hessen.aqb.zielvereinbarung.domain.Massnahmenart.QUALIFIZIERUNGSPROJEKTE;
import static de.hessen.aqb.zielvereinbarung.domain.Massnahmenart.WEITERBILDUNG_PERSONAL;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The two real signed agreements of 2025 (seeds 000 Wiesbaden and 001 Odenwaldkreis) as data.
 * Project names are copied exactly, including the seeds' own spelling ("Stadtteinväter").
 * Used as demo data and as test fixtures.
 */
public final class SeedZielvereinbarungen {

    public static final String BUENDNIS_2025 = "2025 bis 2029";

    public static final String PARAGRAPH_2_JAHRESTEXT_2025 =
            "Im Jahr 2025 werden im Rahmen des AQB erneut Landesmittel für spezifische Angebote zur "
                    + "Integration von Menschen mit Migrationshintergrund zur Verfügung gestellt. Die "
                    + "geförderten Angebote sind durch eine hohe Individualität und Vielfalt gekennzeichnet.";

    public static final Partner LANDESHAUPTSTADT_WIESBADEN = new Partner(
            "Landeshauptstadt Wiesbaden",
            "die Landeshauptstadt Wiesbaden",
            "der Landeshauptstadt Wiesbaden",
            "der Landeshauptstadt Wiesbaden",
            "die Landeshauptstadt Wiesbaden");

    public static final Partner LANDKREIS_ODENWALDKREIS = new Partner(
            "Landkreis Odenwaldkreis",
            "der Landkreis Odenwaldkreis",
            "des Landkreises Odenwaldkreis",
            "dem Landkreis Odenwaldkreis",
            "den Landkreis Odenwaldkreis");

    private SeedZielvereinbarungen() {
    }

    /** Seed 000: Landeshauptstadt Wiesbaden 2025, 2.812.460 Euro, projects 4/1/4/0. */
    public static ZielvereinbarungDaten wiesbaden2025() {
        Map<Massnahmenart, List<Projekt>> projekte = new EnumMap<>(Massnahmenart.class);
        projekte.put(AUSBILDUNGSVORBEREITUNG, projekte(
                "Fit für den Beruf (FIB)",
                "Gastro und Tageswerkstatt",
                "Deutsch-Intensiv-Klassen an Schulen mit Schulsozialarbeit",
                "Ausbildungsperspektiven für Erziehende (TZ)"));
        projekte.put(AUSBILDUNG_UND_AUSBILDUNGSCOACHING, projekte(
                "\"AidA\" - Ausbildung in der Altenpflegehilfe"));
        projekte.put(QUALIFIZIERUNGSPROJEKTE, projekte(
                "Stadtteilmütter – Stadtteinväter",
                "Coaching für die Bedarfsgemeinschaft",
                "Glad to Care - Berufswege für Frauen",
                "Brücke für Gesundheit und finanzielle Sicherheit"));
        projekte.put(WEITERBILDUNG_PERSONAL, List.of());
        return new ZielvereinbarungDaten(
                2025,
                LANDESHAUPTSTADT_WIESBADEN,
                2_812_460_00L,
                projekte,
                PARAGRAPH_2_JAHRESTEXT_2025,
                BUENDNIS_2025,
                new Unterzeichnung("Heike Hofmann", "Staatsministerin", "Wiesbaden", LocalDate.of(2025, 8, 6)),
                new Unterzeichnung("Patricia Dr. Becher", "Stadträtin", "Wiesbaden", LocalDate.of(2025, 8, 13)));
    }

    /** Seed 001: Landkreis Odenwaldkreis 2025, 491.550 Euro, projects 3/0/4/2. */
    public static ZielvereinbarungDaten odenwaldkreis2025() {
        Map<Massnahmenart, List<Projekt>> projekte = new EnumMap<>(Massnahmenart.class);
        projekte.put(AUSBILDUNGSVORBEREITUNG, projekte(
                "TZ-Ausbildung Webportal",
                "TZ-Ausbildung Bewerbercenter",
                "TZ-Ausbildung Chancenmarkt"));
        projekte.put(AUSBILDUNG_UND_AUSBILDUNGSCOACHING, List.of());
        projekte.put(QUALIFIZIERUNGSPROJEKTE, projekte(
                "BUILD - Begrüßen und Integrieren - Leben in Deutschland 2025",
                "MInA - Migranten in Arbeit 2025",
                "Digital Praxis 2025",
                "Beratung on Tour"));
        projekte.put(WEITERBILDUNG_PERSONAL, projekte(
                "BASS Studenten*innen",
                "Beratung, Unterstützung und Aktivierung im SGB XII und AsylbLG"));
        return new ZielvereinbarungDaten(
                2025,
                LANDKREIS_ODENWALDKREIS,
                491_550_00L,
                projekte,
                PARAGRAPH_2_JAHRESTEXT_2025,
                BUENDNIS_2025,
                new Unterzeichnung("Heike Hofmann", "Staatsministerin", "Wiesbaden", LocalDate.of(2025, 8, 2)),
                new Unterzeichnung("Frank Matiaske", "Landrat", "Erbach", LocalDate.of(2025, 8, 11)));
    }

    public static List<ZielvereinbarungDaten> alle() {
        return List.of(wiesbaden2025(), odenwaldkreis2025());
    }

    private static List<Projekt> projekte(String... namen) {
        return java.util.Arrays.stream(namen).map(Projekt::new).toList();
    }
}

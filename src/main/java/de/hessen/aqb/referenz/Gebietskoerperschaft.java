package de.hessen.aqb.referenz;

import java.time.LocalDate;
import java.util.List;

/**
 * A Landkreis or kreisfreie Stadt. {@code gueltigAb}/{@code gueltigBis} are inclusive; {@code null} means unbounded.
 */
public record Gebietskoerperschaft(String ags, String kreisschluessel, String name, Art art, String sitz,
                                   LocalDate gueltigAb, LocalDate gueltigBis, String bezeichnung,
                                   Namensformen formen) {

    public boolean gueltigAm(LocalDate tag) {
        return (gueltigAb == null || !tag.isBefore(gueltigAb)) && (gueltigBis == null || !tag.isAfter(gueltigBis));
    }

    /** True if the body exists on at least one day of the given year. */
    public boolean gueltigImJahr(int jahr) {
        return (gueltigAb == null || gueltigAb.getYear() <= jahr) && (gueltigBis == null || gueltigBis.getYear() >= jahr);
    }

    public String gruppenId() {
        return gruppenIdFuer(kreisschluessel);
    }

    /** Camunda group (and tenant) of the body with this Kreisschlüssel, e.g. "kommune-06414". */
    public static String gruppenIdFuer(String kreisschluessel) {
        return "kommune-" + kreisschluessel;
    }

    public String tenantId() {
        return gruppenId();
    }

    /**
     * The institution lines of a signature block, derived from the genitive:
     * "der Landeshauptstadt" / "Wiesbaden", "des Landkreises" / "Odenwaldkreis".
     */
    public List<String> unterschriftZeilen() {
        String genitiv = formen.genitiv();
        int trenner = genitiv.indexOf(' ', genitiv.indexOf(' ') + 1);
        return trenner < 0 ? List.of(genitiv) : List.of(genitiv.substring(0, trenner), genitiv.substring(trenner + 1));
    }
}

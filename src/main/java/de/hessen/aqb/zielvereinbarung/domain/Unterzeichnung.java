package de.hessen.aqb.zielvereinbarung.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One signature block of the agreement.
 *
 * @param ort   place of signing, {@code null} until signed
 * @param datum date of signing, {@code null} until signed
 */
public record Unterzeichnung(String name, String titel, String ort, LocalDate datum) {

    public Unterzeichnung {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(titel, "titel");
    }

    /** A signatory whose place and date are not known yet. */
    public static Unterzeichnung offen(String name, String titel) {
        return new Unterzeichnung(name, titel, null, null);
    }

    public boolean istUnterzeichnet() {
        return ort != null && !ort.isBlank() && datum != null;
    }

    /** The date as written in the agreements, "6.8.2025"; {@code null} if not set. */
    public String datumText() {
        return datum == null ? null : datum.getDayOfMonth() + "." + datum.getMonthValue() + "." + datum.getYear();
    }

    /** "Wiesbaden, den 6.8.2025", or {@code null} unless both place and date are set. */
    public String ortUndDatum() {
        return istUnterzeichnet() ? ort + ", den " + datumText() : null;
    }
}

package de.hessen.aqb.zielvereinbarung.domain;

/**
 * The four Maßnahmenarten fixed by the AQB programme, in the order and wording of § 5 of the
 * Zielvereinbarung.
 */
public enum Massnahmenart {

    AUSBILDUNGSVORBEREITUNG(1, "Ausbildungsvorbereitung"),
    AUSBILDUNG_UND_AUSBILDUNGSCOACHING(2,
            "Ausbildung und Ausbildungscoaching in anerkannten Ausbildungsberufen"),
    QUALIFIZIERUNGSPROJEKTE(3,
            "Qualifizierungsprojekte zur Arbeitsmarktintegration, Fachkräftesicherung"),
    WEITERBILDUNG_PERSONAL(4,
            "Weiterbildungsmaßnahmen für Personal der Landkreise und kreisfreien Städte in der "
                    + "fachlichen Verantwortung für Benachteiligte im Kontext der Arbeitsmarktförderung");

    private final int nummer;
    private final String bezeichnung;

    Massnahmenart(int nummer, String bezeichnung) {
        this.nummer = nummer;
        this.bezeichnung = bezeichnung;
    }

    public int nummer() {
        return nummer;
    }

    public String bezeichnung() {
        return bezeichnung;
    }

    /** The numbered heading as printed in § 5, e.g. "1. Ausbildungsvorbereitung". */
    public String ueberschrift() {
        return nummer + ". " + bezeichnung;
    }

    public static Massnahmenart nachNummer(int nummer) {
        for (Massnahmenart art : values()) {
            if (art.nummer == nummer) {
                return art;
            }
        }
        throw new IllegalArgumentException("Unbekannte Maßnahmenart Nr. " + nummer);
    }
}

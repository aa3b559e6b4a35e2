package de.hessen.aqb.referenz;

/** Kind of Gebietskörperschaft that can receive an AQB budget. */
public enum Art {
    LANDKREIS("Landkreis"),
    KREISFREIE_STADT("Kreisfreie Stadt");

    private final String anzeigename;

    Art(String anzeigename) {
        this.anzeigename = anzeigename;
    }

    /** German display label. */
    public String anzeigename() {
        return anzeigename;
    }
}

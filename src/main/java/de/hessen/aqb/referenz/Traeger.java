package de.hessen.aqb.referenz;

/** A Bildungs- und Beschäftigungsträger working for the Gebietskörperschaft with the given AGS. */
public record Traeger(String id, String name, String kurzname, String ags) {

    public String gruppenId() {
        return "traeger-" + id;
    }
}

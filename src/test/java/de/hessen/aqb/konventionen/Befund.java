package de.hessen.aqb.konventionen;

/** One violated convention: which file, which element, which rule, and what exactly is wrong. */
record Befund(String datei, String elementId, Regel regel, String text) {

    @Override
    public String toString() {
        return datei + ": " + elementId + " [" + regel + "] " + text;
    }
}

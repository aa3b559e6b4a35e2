package de.hessen.aqb.akte.domain;

/**
 * One file of the case file: its path inside the ZIP (folder per kind, e.g. {@code 03-Bescheide/…pdf}), a German
 * description for the table of contents, and its bytes as stored (never re-rendered).
 */
public record Aktenstueck(String pfad, String beschreibung, byte[] inhalt) {

  public Aktenstueck {
    if (pfad == null || pfad.isBlank() || pfad.startsWith("/") || pfad.contains("..") || pfad.contains("\\")) {
      throw new IllegalArgumentException("Ungültiger Pfad in der Akte: " + pfad);
    }
    inhalt = inhalt.clone();
  }

  @Override
  public byte[] inhalt() {
    return inhalt.clone();
  }

  /** A file name part from free text (subject, Aktenzeichen): letters, digits, '-' and '_' only, at most 60 characters. */
  public static String dateiname(String text) {
    String ohneUmlaute = text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae").replace("Ö", "Oe")
        .replace("Ü", "Ue").replace("ß", "ss");
    String name = ohneUmlaute.replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
    return name.length() > 60 ? name.substring(0, 60).replaceAll("-$", "") : name;
  }
}

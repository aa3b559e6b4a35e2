package de.hessen.aqb.zielvereinbarung.domain;

/** The two signing parties of a Zielvereinbarung, in the order they sign. */
public enum Partei {
  MINISTERIUM("ministerium"),
  GEBIETSKOERPERSCHAFT("gebietskoerperschaft");

  private final String schluessel;

  Partei(String schluessel) {
    this.schluessel = schluessel;
  }

  /** "ministerium" or "gebietskoerperschaft", as the model's input parameters and the mails name it. */
  public String schluessel() {
    return schluessel;
  }

  public static Partei von(String schluessel) {
    for (Partei partei : values()) {
      if (partei.schluessel.equals(schluessel)) {
        return partei;
      }
    }
    throw new IllegalArgumentException("Unbekannte Partei: " + schluessel);
  }
}

package de.hessen.aqb.durchfuehrung.domain;

import java.util.Map;

/** The RP's decision on a Mittelabruf and the amount to pay per measure (all 0 when refused). */
public record Entscheidung(Art art, Map<String, Long> auszahlungCent, String begruendung) {

  public long summeCent() {
    return auszahlungCent.values().stream().mapToLong(Long::longValue).sum();
  }

  public enum Art {
    AUSZAHLEN("auszahlen", "in voller Höhe ausgezahlt"),
    KUERZEN("kuerzen", "gekürzt ausgezahlt"),
    ABLEHNEN("ablehnen", "abgelehnt");

    private final String formularwert;
    private final String text;

    Art(String formularwert, String text) {
      this.formularwert = formularwert;
      this.text = text;
    }

    public String formularwert() {
      return formularwert;
    }

    /** German wording for mails and lists, e.g. "gekürzt ausgezahlt". */
    public String text() {
      return text;
    }

    public static Art ausFormular(String wert) {
      for (Art art : values()) {
        if (art.formularwert.equals(wert)) {
          return art;
        }
      }
      return null;
    }
  }
}

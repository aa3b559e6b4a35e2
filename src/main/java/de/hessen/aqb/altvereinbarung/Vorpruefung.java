package de.hessen.aqb.altvereinbarung;

import de.hessen.aqb.altvereinbarung.domain.Lesung;
import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import java.util.Locale;
import org.springframework.stereotype.Service;

/**
 * Use case "read an uploaded file for review": never fails for a bad file (the clerk sees why and discards it), stores
 * nothing.
 */
@Service
public class Vorpruefung {

  private final Auslesen auslesen;
  private final Uebernahme uebernahme;

  Vorpruefung(Auslesen auslesen, Uebernahme uebernahme) {
    this.auslesen = auslesen;
    this.uebernahme = uebernahme;
  }

  public Leseergebnis lies(String dateiname, String mimeType, byte[] inhalt) {
    boolean pdf = istPdf(dateiname, mimeType);
    String text;
    try {
      text = auslesen.text(inhalt, pdf);
    } catch (UngueltigeEingabe e) {
      return new Leseergebnis("", null, e.getMessage(), null);
    }
    try {
      Lesung lesung = auslesen.lies(text);
      return new Leseergebnis(text, lesung, null, uebernahme.vorhanden(lesung.kreisschluessel(), lesung.jahr()).orElse(null));
    } catch (UngueltigeEingabe e) {
      return new Leseergebnis(text, null, e.getMessage(), null);
    }
  }

  static boolean istPdf(String dateiname, String mimeType) {
    return (mimeType != null && mimeType.toLowerCase(Locale.ROOT).contains("pdf"))
        || (dateiname != null && dateiname.toLowerCase(Locale.ROOT).endsWith(".pdf"));
  }
}

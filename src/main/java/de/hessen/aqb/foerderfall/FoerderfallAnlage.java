package de.hessen.aqb.foerderfall;

import de.hessen.aqb.fall.Fallregister;
import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import de.hessen.aqb.referenz.Gebietskoerperschaft;
import de.hessen.aqb.referenz.Referenzdaten;
import de.hessen.aqb.zielvereinbarung.Zielvereinbarungen;
import org.springframework.stereotype.Service;

/**
 * Use case "Förderfall anlegen": checks body and year (known, entitled in that year, a template of the agreement
 * exists), then registers the case with the user who started it.
 */
@Service
public class FoerderfallAnlage {

  /** The registered case. */
  public record NeuerFoerderfall(String nummer, Gebietskoerperschaft gebietskoerperschaft, int jahr) {}

  private final Referenzdaten referenzdaten;
  private final Zielvereinbarungen zielvereinbarungen;
  private final Fallregister register;

  FoerderfallAnlage(Referenzdaten referenzdaten, Zielvereinbarungen zielvereinbarungen, Fallregister register) {
    this.referenzdaten = referenzdaten;
    this.zielvereinbarungen = zielvereinbarungen;
    this.register = register;
  }

  public NeuerFoerderfall lege(String kreisschluessel, Integer jahr, String benutzer) {
    if (kreisschluessel == null) {
      throw new UngueltigeEingabe("Bitte eine Gebietskörperschaft auswählen.");
    }
    if (jahr == null) {
      throw new UngueltigeEingabe("Bitte das Programmjahr angeben.");
    }
    Gebietskoerperschaft gk = referenzdaten.nachKreisschluessel(kreisschluessel)
        .orElseThrow(() -> new UngueltigeEingabe("Unbekannte Gebietskörperschaft „" + kreisschluessel
            + "“. Bitte eine der hessischen Gebietskörperschaften auswählen."));
    if (!gk.gueltigImJahr(jahr)) {
      throw new UngueltigeEingabe(gk.bezeichnung() + " kann im Jahr " + jahr + " kein AQB erhalten"
          + (gk.gueltigAb() != null ? " (kreisfrei erst ab " + gk.gueltigAb().getDayOfMonth() + "."
          + gk.gueltigAb().getMonthValue() + "." + gk.gueltigAb().getYear() + ")." : "."));
    }
    if (!zielvereinbarungen.vorlageVorhanden(jahr)) {
      throw new UngueltigeEingabe("Für das Jahr " + jahr + " liegt keine Vorlage der Zielvereinbarung vor"
          + " (vorhanden: " + zielvereinbarungen.verfuegbareJahre() + ").");
    }
    String nummer = register.registriere(kreisschluessel, jahr, benutzer);
    return new NeuerFoerderfall(nummer, gk, jahr);
  }

  public void verknuepfe(String nummer, String prozessinstanzId) {
    register.verknuepfe(nummer, prozessinstanzId);
  }
}

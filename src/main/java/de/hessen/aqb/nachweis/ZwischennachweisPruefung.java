package de.hessen.aqb.nachweis;

import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.gemeinsam.Fehlerliste;
import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The RP's check of a Zwischennachweis by one clerk: accepted, or a Nachforderung with a German reason text back to the
 * body. Who checked is the logged-in user, recorded with the decision.
 */
@Service
public class ZwischennachweisPruefung {

  public static final String ANGENOMMEN = "angenommen";
  public static final String NACHFORDERUNG = "nachforderung";

  private final Zwischennachweise zwischennachweise;

  ZwischennachweisPruefung(Zwischennachweise zwischennachweise) {
    this.zwischennachweise = zwischennachweise;
  }

  /** Records the decision; true when accepted. */
  @Transactional
  public boolean entscheide(Fallkopf kopf, int jahr, String von, String entscheidung, String text) {
    String status = zwischennachweise.eintrag(kopf.nummer(), jahr).map(Zwischennachweise.Eintrag::status).orElse(null);
    if (!Zwischennachweise.EINGEREICHT.equals(status)) {
      throw new UngueltigeEingabe("Der Zwischennachweis " + jahr + " liegt nicht zur Prüfung vor.");
    }
    Fehlerliste fehler = new Fehlerliste();
    fehler.wenn(!ANGENOMMEN.equals(entscheidung) && !NACHFORDERUNG.equals(entscheidung),
        "Bitte entscheiden: Zwischennachweis annehmen oder Unterlagen nachfordern.");
    fehler.wenn(NACHFORDERUNG.equals(entscheidung) && (text == null || text.isBlank()),
        "Bitte begründen, was die Gebietskörperschaft nachreichen oder korrigieren soll.");
    fehler.pruefe();
    if (ANGENOMMEN.equals(entscheidung)) {
      zwischennachweise.nimmAn(kopf.nummer(), jahr, von);
      return true;
    }
    zwischennachweise.nachfordern(kopf.nummer(), jahr, text.strip(), von);
    return false;
  }
}

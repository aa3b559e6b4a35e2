package de.hessen.aqb.nachweis;

import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.gemeinsam.Fehlerliste;
import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first RP clerk's check: "sachlich richtig" (recorded with the logged-in user, which the Vier-Augen check of the
 * second step reads) or a Nachforderung back to the body with a text and a future deadline (recorded; the body's task
 * is then due on that deadline).
 */
@Service
public class SachlichePruefung {

  public static final String RICHTIG = "richtig";
  public static final String NACHFORDERUNG = "nachforderung";

  private final NachweisPruefungen pruefungen;
  private final NachweisFristen fristen;

  SachlichePruefung(NachweisPruefungen pruefungen, NachweisFristen fristen) {
    this.pruefungen = pruefungen;
    this.fristen = fristen;
  }

  /** Records the decision of {@code benutzer}; true when "sachlich richtig". */
  @Transactional
  public boolean entscheide(Fallkopf kopf, String benutzer, String entscheidung, String text, LocalDate frist) {
    if (!RICHTIG.equals(entscheidung) && !NACHFORDERUNG.equals(entscheidung)) {
      throw new UngueltigeEingabe("Bitte wählen: sachlich richtig oder Unterlagen nachfordern.");
    }
    if (NACHFORDERUNG.equals(entscheidung)) {
      boolean ohneText = text == null || text.isBlank();
      new Fehlerliste()
          .wenn(ohneText, "Bitte angeben, was die Gebietskörperschaft nachreichen oder korrigieren soll.")
          .wenn(frist == null, "Bitte eine Frist für die Nachforderung angeben.")
          .wenn(frist != null && !frist.isAfter(fristen.heute()), "Die Frist der Nachforderung muss in der Zukunft liegen.")
          .pruefe();
      pruefungen.nachfordern(kopf.nummer(), text.strip(), frist, benutzer);
    }
    pruefungen.sachlichGeprueft(kopf.nummer(), benutzer);
    return RICHTIG.equals(entscheidung);
  }
}

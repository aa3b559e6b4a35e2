package de.hessen.aqb.zielvereinbarung;

import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import de.hessen.aqb.zielvereinbarung.domain.Entwurf;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use case "Entwurf erstellen" (the ministry): the draft's budget, projects and signatories — the only step that may
 * set them — or the cancellation of the procedure. Stored with the authenticated user.
 */
@Service
public class EntwurfErstellung {

  private final ZielvereinbarungTabelle tabelle;
  private final Clock uhr;

  EntwurfErstellung(ZielvereinbarungTabelle tabelle, Clock uhr) {
    this.tabelle = tabelle;
    this.uhr = uhr;
  }

  /** Checks the draft (all German messages at once) and stores it; returns it as stored, dated today. */
  @Transactional
  public ZielvereinbarungAkte erstelle(Fallkopf kopf, Entwurf.Eingabe eingabe, String benutzer) {
    pruefeOffen(kopf);
    Entwurf entwurf = Entwurf.aus(eingabe);
    tabelle.speichereEntwurf(kopf, entwurf, LocalDate.now(uhr), benutzer, Instant.now(uhr));
    return tabelle.akte(kopf.nummer()).orElseThrow();
  }

  @Transactional
  public void storniere(Fallkopf kopf, String grund, String benutzer) {
    pruefeOffen(kopf);
    if (grund == null || grund.isBlank()) {
      throw new UngueltigeEingabe("Bitte den Grund der Stornierung angeben.");
    }
    tabelle.storniere(kopf, grund.strip(), benutzer, Instant.now(uhr));
  }

  private void pruefeOffen(Fallkopf kopf) {
    tabelle.akte(kopf.nummer()).filter(a -> a.ministerium().geleistet() || ZielvereinbarungAkte.STORNIERT.equals(a.status()))
        .ifPresent(a -> {
          throw new UngueltigeEingabe("Die Zielvereinbarung ist bereits unterzeichnet oder storniert; der Entwurf kann nicht mehr geändert werden.");
        });
  }
}

package de.hessen.aqb.zielvereinbarung;

import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Use case "Eingang bestätigen" (the ministry): the countersigned paper arrived — not in the future, not before the body signed. */
@Service
public class EingangsBestaetigung {

  private final ZielvereinbarungTabelle tabelle;
  private final Clock uhr;

  EingangsBestaetigung(ZielvereinbarungTabelle tabelle, Clock uhr) {
    this.tabelle = tabelle;
    this.uhr = uhr;
  }

  @Transactional
  public void bestaetige(Fallkopf kopf, LocalDate eingang, String benutzer) {
    if (eingang == null) {
      throw new UngueltigeEingabe("Bitte das Eingangsdatum angeben.");
    }
    if (eingang.isAfter(LocalDate.now(uhr))) {
      throw new UngueltigeEingabe("Das Eingangsdatum liegt in der Zukunft.");
    }
    ZielvereinbarungAkte akte = tabelle.akte(kopf.nummer()).filter(ZielvereinbarungAkte::beideUnterzeichnet)
        .orElseThrow(() -> new IllegalStateException("Die Zielvereinbarung " + kopf.nummer() + " ist nicht unterzeichnet."));
    LocalDate unterzeichnet = akte.partner().datum();
    if (eingang.isBefore(unterzeichnet)) {
      throw new UngueltigeEingabe("Das Eingangsdatum liegt vor der Unterzeichnung durch die Gebietskörperschaft ("
          + unterzeichnet.getDayOfMonth() + "." + unterzeichnet.getMonthValue() + "." + unterzeichnet.getYear() + ").");
    }
    tabelle.bestaetigeEingang(kopf.nummer(), eingang, benutzer, Instant.now(uhr));
  }
}

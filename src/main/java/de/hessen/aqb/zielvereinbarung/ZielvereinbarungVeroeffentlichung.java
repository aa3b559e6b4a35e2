package de.hessen.aqb.zielvereinbarung;

import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.zielvereinbarung.domain.ZielvereinbarungDaten;
import de.hessen.aqb.zielvereinbarung.portal.Veroeffentlichungen;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Use case "Im Portal veröffentlichen": the signed agreement as stored, with its signed PDF, goes to the public list. */
@Service
public class ZielvereinbarungVeroeffentlichung {

  private final Zielvereinbarungen zielvereinbarungen;
  private final ZielvereinbarungTabelle tabelle;
  private final Veroeffentlichungen veroeffentlichungen;

  ZielvereinbarungVeroeffentlichung(Zielvereinbarungen zielvereinbarungen, ZielvereinbarungTabelle tabelle,
      Veroeffentlichungen veroeffentlichungen) {
    this.zielvereinbarungen = zielvereinbarungen;
    this.tabelle = tabelle;
    this.veroeffentlichungen = veroeffentlichungen;
  }

  @Transactional
  public void veroeffentliche(Fallkopf kopf) {
    ZielvereinbarungAkte akte = zielvereinbarungen.akte(kopf.nummer()).orElseThrow();
    if (akte.eingangDatum() == null) {
      throw new IllegalStateException("Der Eingang der Zielvereinbarung " + kopf.nummer() + " ist nicht bestätigt.");
    }
    ZielvereinbarungDaten daten = zielvereinbarungen.unterzeichnet(kopf.nummer()).orElseThrow();
    byte[] pdf = tabelle.endfassungPdf(kopf.nummer())
        .orElseThrow(() -> new IllegalStateException("Keine unterzeichnete Fassung zu " + kopf.nummer()));
    veroeffentlichungen.veroeffentliche(kopf.nummer(), kopf.kreisschluessel(), daten, pdf);
    tabelle.setzeStatus(kopf.nummer(), ZielvereinbarungAkte.VEROEFFENTLICHT);
  }
}

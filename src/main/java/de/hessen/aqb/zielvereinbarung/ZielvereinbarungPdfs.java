package de.hessen.aqb.zielvereinbarung;

import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.zielvereinbarung.domain.ZielvereinbarungDaten;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The stage's documents: the draft and the signed version, rendered from the stored agreement and kept with it. */
@Service
public class ZielvereinbarungPdfs {

  /** A generated PDF with its file name. */
  public record Pdf(String dateiname, byte[] inhalt) {}

  private final ZielvereinbarungTabelle tabelle;
  private final Zielvereinbarungen zielvereinbarungen;
  private final ZielvereinbarungDokument dokument;

  ZielvereinbarungPdfs(ZielvereinbarungTabelle tabelle, Zielvereinbarungen zielvereinbarungen, ZielvereinbarungDokument dokument) {
    this.tabelle = tabelle;
    this.zielvereinbarungen = zielvereinbarungen;
    this.dokument = dokument;
  }

  /** "Entwurf als PDF erzeugen". */
  @Transactional
  public Pdf erzeugeEntwurf(Fallkopf kopf) {
    ZielvereinbarungDaten daten = daten(kopf);
    byte[] pdf = dokument.erzeugePdf(daten);
    tabelle.speichereEntwurfPdf(kopf.nummer(), pdf);
    return new Pdf(dateiname(daten, "Entwurf"), pdf);
  }

  /** "Unterzeichnete Fassung erzeugen": only once both parties signed. */
  @Transactional
  public Pdf erzeugeEndfassung(Fallkopf kopf) {
    ZielvereinbarungDaten daten = zielvereinbarungen.unterzeichnet(kopf.nummer())
        .orElseThrow(() -> new IllegalStateException("Die Zielvereinbarung " + kopf.nummer() + " ist nicht unterzeichnet."));
    byte[] pdf = dokument.erzeugePdf(daten);
    tabelle.speichereEndfassung(kopf.nummer(), pdf);
    return new Pdf(dateiname(daten, "unterzeichnet"), pdf);
  }

  Pdf entwurf(String nummer) {
    ZielvereinbarungDaten daten = daten(nummer);
    return new Pdf(dateiname(daten, "Entwurf"), tabelle.entwurfPdf(nummer)
        .orElseThrow(() -> new IllegalStateException("Kein Entwurf als PDF zu " + nummer)));
  }

  Pdf endfassung(String nummer) {
    ZielvereinbarungDaten daten = daten(nummer);
    return new Pdf(dateiname(daten, "unterzeichnet"), tabelle.endfassungPdf(nummer)
        .orElseThrow(() -> new IllegalStateException("Keine unterzeichnete Fassung zu " + nummer)));
  }

  private ZielvereinbarungDaten daten(Fallkopf kopf) {
    return daten(kopf.nummer());
  }

  private ZielvereinbarungDaten daten(String nummer) {
    return zielvereinbarungen.daten(tabelle.akte(nummer)
        .orElseThrow(() -> new IllegalStateException("Zum Förderfall " + nummer + " gibt es keinen Entwurf.")));
  }

  static String dateiname(ZielvereinbarungDaten daten, String zusatz) {
    return ("Zielvereinbarung-" + daten.jahr() + "-" + daten.partner().bezeichnung() + "-" + zusatz + ".pdf")
        .replaceAll("[^A-Za-z0-9ÄÖÜäöüß.-]+", "-");
  }
}

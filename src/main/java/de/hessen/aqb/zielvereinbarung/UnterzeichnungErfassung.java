package de.hessen.aqb.zielvereinbarung;

import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import de.hessen.aqb.zielvereinbarung.domain.Partei;
import de.hessen.aqb.zielvereinbarung.domain.ZielvereinbarungRegeln;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use case "Zielvereinbarung unterzeichnen" (ministry first, then the body): records only the signing party's own
 * place, date and scan, with the authenticated user. The date is neither in the future nor before the draft (ministry)
 * or the ministry's signature (body).
 */
@Service
public class UnterzeichnungErfassung {

  /** An uploaded scan of the signed paper. */
  public record Scan(String dateiname, byte[] inhalt) {}

  private final ZielvereinbarungTabelle tabelle;
  private final Clock uhr;

  UnterzeichnungErfassung(ZielvereinbarungTabelle tabelle, Clock uhr) {
    this.tabelle = tabelle;
    this.uhr = uhr;
  }

  /** Returns the recorded date. */
  @Transactional
  public LocalDate unterzeichne(Fallkopf kopf, Partei partei, String ort, LocalDate datum, Scan scan, String benutzer) {
    String platz = ort == null ? null : ort.strip();
    if (platz == null || platz.isEmpty()) {
      throw new UngueltigeEingabe("Bitte den Ort der Unterzeichnung angeben.");
    }
    if (platz.length() > 100) {
      throw new UngueltigeEingabe("Der Ort der Unterzeichnung ist zu lang (höchstens 100 Zeichen).");
    }
    ZielvereinbarungAkte akte = tabelle.akte(kopf.nummer())
        .orElseThrow(() -> new IllegalStateException("Zum Förderfall " + kopf.nummer() + " gibt es keinen Entwurf."));
    boolean ministerium = partei == Partei.MINISTERIUM;
    if (!ministerium && !akte.ministerium().geleistet()) {
      throw new UngueltigeEingabe("Das Ministerium hat noch nicht unterzeichnet.");
    }
    LocalDate fruehestens = ministerium ? akte.entwurfDatum() : akte.ministerium().datum();
    LocalDate tag = ZielvereinbarungRegeln.unterzeichnungsdatum(datum, fruehestens,
        ministerium ? "dem Entwurf" : "der Unterzeichnung durch das Ministerium", LocalDate.now(uhr));
    tabelle.unterzeichne(kopf.nummer(), partei, platz, tag, benutzer, Instant.now(uhr),
        scan == null ? null : scan.dateiname(), scan == null ? null : scan.inhalt());
    return tag;
  }
}

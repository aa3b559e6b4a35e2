package de.hessen.aqb.aenderungsantrag;

import de.hessen.aqb.aenderungsantrag.Aenderungen.Status;
import de.hessen.aqb.aenderungsantrag.Aenderungen.Vorgang;
import de.hessen.aqb.aenderungsantrag.domain.Einstufung;
import de.hessen.aqb.aenderungsantrag.domain.Entscheidung;
import de.hessen.aqb.aenderungsantrag.domain.EntscheidungsRegeln;
import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import de.hessen.aqb.gemeinsam.VierAugen;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The RP's steps on a request: acknowledge an Änderungsanzeige; draft the Änderungsbescheid (the drafter is the
 * logged-in user); release it or send it back — by another clerk than the drafter (Vier-Augen-Prinzip).
 */
@Service
public class AenderungEntscheiden {

  static final String VIER_AUGEN = "Sie haben diesen Änderungsbescheid entworfen. Nach dem Vier-Augen-Prinzip muss ihn eine "
      + "andere Person des Regierungspräsidiums freigeben.";

  private final Aenderungen aenderungen;
  private final AenderungsLage lage;
  private final Clock uhr;

  AenderungEntscheiden(Aenderungen aenderungen, AenderungsLage lage, Clock uhr) {
    this.aenderungen = aenderungen;
    this.lage = lage;
    this.uhr = uhr;
  }

  /** "Änderungsanzeige zur Kenntnis nehmen": takes effect with the booking that follows. */
  @Transactional
  public void nimmZurKenntnis(Fallkopf fall, int nummer, String bemerkung, String von) {
    Vorgang v = vorgang(fall, nummer, Set.of(Status.GESTELLT));
    if (v.art() != Einstufung.ANZEIGE) {
      throw new IllegalStateException("Änderungsantrag " + nummer + " ist keine Änderungsanzeige.");
    }
    String text = bemerkung == null || bemerkung.isBlank() ? null : bemerkung.strip();
    aenderungen.entscheide(fall.nummer(), nummer, Status.ZUR_KENNTNIS,
        new Entscheidung(Entscheidung.Art.ZUR_KENNTNIS, v.aenderung().neueBetraege(), text), null, uhr.instant());
    aenderungen.gibFrei(fall.nummer(), nummer, Status.ZUR_KENNTNIS, "zur-kenntnis", text, von, uhr.instant());
  }

  /** "Änderungsbescheid entwerfen": checked against the case now; recorded with the drafter. */
  @Transactional
  public Entscheidung entwerfe(Fallkopf fall, int nummer, String art, Map<String, String> betraege, String begruendung,
      String von) {
    Vorgang v = vorgang(fall, nummer, Set.of(Status.GESTELLT, Status.ZURUECKGEGEBEN, Status.NACHPRUEFUNG));
    Entscheidung entscheidung = EntscheidungsRegeln.pruefe(art, betraege, begruendung, v.aenderung(), lage.lage(fall));
    aenderungen.entscheide(fall.nummer(), nummer, Status.ENTWORFEN, entscheidung, von, uhr.instant());
    return entscheidung;
  }

  /** Refuses the drafter (on claim and on completion of the release). */
  public void pruefeVierAugen(Fallkopf fall, int nummer, String benutzer) {
    VierAugen.pruefe(aenderungen.vorgang(fall.nummer(), nummer).verfasser(), benutzer, VIER_AUGEN);
  }

  /** "Änderungsbescheid freigeben": true if released, false if sent back to the drafter. */
  @Transactional
  public boolean gibFrei(Fallkopf fall, int nummer, String entscheidung, String bemerkung, String von) {
    if (!"freigeben".equals(entscheidung) && !"zurueck".equals(entscheidung)) {
      throw new UngueltigeEingabe("Bitte wählen: Änderungsbescheid freigeben oder zur Überarbeitung zurückgeben.");
    }
    if ("zurueck".equals(entscheidung) && (bemerkung == null || bemerkung.isBlank())) {
      throw new UngueltigeEingabe("Bitte angeben, was am Entwurf des Änderungsbescheids zu ändern ist.");
    }
    vorgang(fall, nummer, Set.of(Status.ENTWORFEN));
    pruefeVierAugen(fall, nummer, von);
    boolean frei = "freigeben".equals(entscheidung);
    aenderungen.gibFrei(fall.nummer(), nummer, frei ? Status.FREIGEGEBEN : Status.ZURUECKGEGEBEN, entscheidung,
        bemerkung == null || bemerkung.isBlank() ? null : bemerkung.strip(), von, uhr.instant());
    return frei;
  }

  private Vorgang vorgang(Fallkopf fall, int nummer, Set<Status> erwartet) {
    Vorgang v = aenderungen.vorgang(fall.nummer(), nummer);
    if (!erwartet.contains(v.status())) {
      throw new UngueltigeEingabe("Über diesen Änderungsantrag ist bereits entschieden (Stand: " + v.status() + ").");
    }
    return v;
  }
}

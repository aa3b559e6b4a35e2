package de.hessen.aqb.aenderungsantrag;

import de.hessen.aqb.aenderungsantrag.Aenderungen.Status;
import de.hessen.aqb.aenderungsantrag.Aenderungen.Vorgang;
import de.hessen.aqb.aenderungsantrag.domain.Aenderung;
import de.hessen.aqb.aenderungsantrag.domain.Entscheidung;
import de.hessen.aqb.aenderungsantrag.domain.EntscheidungsRegeln;
import de.hessen.aqb.aenderungsantrag.domain.Lage;
import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.foerderbudget.Foerderbudget;
import de.hessen.aqb.foerderbudget.Mittelabrufe;
import de.hessen.aqb.gemeinsam.Fehlerliste;
import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Änderung erlassen und buchen": under the case's lock, the decided change is checked again against the ledger at
 * this moment (a Mittelabruf paid meanwhile counts) and, if it still fits, issued and booked in one transaction
 * (Foerderbudget books only the differences, naming the change's own Aktenzeichen). A change that no longer fits is
 * booked not at all and goes back to the RP ({@link Ergebnis#problem}). Idempotent per Aktenzeichen.
 */
@Service
public class AenderungBuchen {

  /** What happened; {@code problem} is set (and nothing booked) when the re-check failed. */
  public record Ergebnis(String aktenzeichen, boolean gebucht, boolean zeitraumGeaendert, String problem) {}

  private final Aenderungen aenderungen;
  private final AenderungsLage lage;
  private final Mittelabrufe mittelabrufe;
  private final Aenderungsbuchung buchung;
  private final Clock uhr;

  AenderungBuchen(Aenderungen aenderungen, AenderungsLage lage, Mittelabrufe mittelabrufe, Aenderungsbuchung buchung,
      Clock uhr) {
    this.aenderungen = aenderungen;
    this.lage = lage;
    this.mittelabrufe = mittelabrufe;
    this.buchung = buchung;
    this.uhr = uhr;
  }

  /** Issues (and, unless refused, books) the decided request {@code nummer}. */
  @Transactional
  public Ergebnis erlasse(Fallkopf fall, int nummer) {
    mittelabrufe.sperre(fall.nummer());
    Vorgang v = aenderungen.vorgang(fall.nummer(), nummer);
    if (v.aktenzeichen() != null) {
      return new Ergebnis(v.aktenzeichen(), v.status() == Status.ERLASSEN,
          v.status() == Status.ERLASSEN && v.entschiedeneAenderung().verlaengert(), null);
    }
    if (v.status() != Status.FREIGEGEBEN && v.status() != Status.ZUR_KENNTNIS) {
      throw new IllegalStateException("Änderungsantrag " + nummer + " des Förderfalls " + fall.nummer() + " ist nicht entschieden.");
    }
    String aktenzeichen = buchung.aktenzeichen(fall, nummer);
    if (v.entscheidung() == Entscheidung.Art.ABGELEHNT) {
      byte[] pdf = buchung.brief(fall, v, aktenzeichen, lage.bescheid(fall).bewilligungVon());
      aenderungen.erlasse(fall.nummer(), nummer, Status.ABGELEHNT, aktenzeichen, pdf, uhr.instant());
      return new Ergebnis(aktenzeichen, false, false, null);
    }
    Aenderung aenderung = v.entschiedeneAenderung();
    Fehlerliste probleme = EntscheidungsRegeln.pruefeGegen(aenderung, lage.lage(fall));
    if (!probleme.leer()) {
      aenderungen.setzeStatus(fall.nummer(), nummer, Status.NACHPRUEFUNG);
      return new Ergebnis(null, false, false, String.join(" ", probleme.fehler()));
    }
    String verfasser = v.verfasser() != null ? v.verfasser() : v.gestelltVon();
    byte[] pdf = buchung.brief(fall, v, aktenzeichen, lage.bescheid(fall).bewilligungVon());
    buchung.buche(fall, aenderung, aktenzeichen, v.entscheidung() == Entscheidung.Art.ZUR_KENNTNIS, verfasser,
        v.freigabeVon(), pdf);
    aenderungen.erlasse(fall.nummer(), nummer, Status.ERLASSEN, aktenzeichen, pdf, uhr.instant());
    return new Ergebnis(aktenzeichen, true, aenderung.verlaengert(), null);
  }

  /** The letter as it would be issued, for the releasing clerk (its Aktenzeichen marked as draft). */
  public byte[] entwurfPdf(Fallkopf fall, int nummer) {
    return buchung.brief(fall, aenderungen.vorgang(fall.nummer(), nummer), buchung.aktenzeichen(fall, nummer) + " (Entwurf)",
        lage.bescheid(fall).bewilligungVon());
  }

  /**
   * The same booking without the engine and without a request on file (for randomized tests of the ledger): sets the
   * measures to {@code neueBetraege} (measures not named keep theirs; an unknown id is added as a new measure) and,
   * when given, the new end of the Bewilligungszeitraum — checked under the case's lock against the ledger now, with
   * the same rules as a request and its re-check. Idempotent per Aktenzeichen.
   *
   * @throws UngueltigeEingabe (German) when the change breaks a rule; nothing is booked then
   */
  @Transactional
  public Ergebnis bucheAenderung(Fallkopf fall, Map<String, Long> neueBetraege, LocalDate neuesEnde, String aktenzeichen,
      String verfasser, String freigabe) {
    mittelabrufe.sperre(fall.nummer());
    Lage jetzt = lage.lage(fall);
    Aenderung aenderung = Aenderungsbuchung.aenderung(jetzt, neueBetraege, neuesEnde);
    Fehlerliste probleme = EntscheidungsRegeln.pruefeGegen(aenderung, jetzt);
    jetzt.massnahmen().stream().filter(m -> aenderung.neueBetraege().get(m.id()) == 0 && m.ausgezahltCent() > 0)
        .forEach(m -> probleme.add("„" + m.name() + "“ kann nicht entfallen: auf sie wurde bereits ausgezahlt."));
    probleme.wenn(neuesEnde != null && !neuesEnde.isAfter(jetzt.bewilligungBis()), "Das neue Ende muss nach dem bisherigen liegen.");
    probleme.pruefe();
    buchung.buche(fall, aenderung, aktenzeichen, false, verfasser, freigabe, new byte[] {0});
    return new Ergebnis(aktenzeichen, true, aenderung.verlaengert(), null);
  }
}

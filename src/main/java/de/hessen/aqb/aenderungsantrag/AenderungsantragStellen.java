package de.hessen.aqb.aenderungsantrag;

import de.hessen.aqb.aenderungsantrag.domain.Aenderung;
import de.hessen.aqb.aenderungsantrag.domain.AenderungsRegeln;
import de.hessen.aqb.aenderungsantrag.domain.Antragseingabe;
import de.hessen.aqb.aenderungsantrag.domain.Einstufung;
import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.foerderbudget.Mittelabrufe;
import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use case "Änderungsantrag stellen": the body's request, checked against the ledger at this moment (under the case's
 * lock), classified as Änderungsanzeige or Änderungsantrag and recorded with the requester; or withdrawn.
 */
@Service
public class AenderungsantragStellen {

  /** A recorded request; {@code null} from {@link #bearbeite} when the body withdrew it. */
  public record Gestellt(int nummer, Einstufung einstufung, Aenderung aenderung) {}

  private final Aenderungen aenderungen;
  private final AenderungsLage lage;
  private final Mittelabrufe mittelabrufe;
  private final AenderungsantragEigenschaften eigenschaften;
  private final Clock uhr;

  AenderungsantragStellen(Aenderungen aenderungen, AenderungsLage lage, Mittelabrufe mittelabrufe,
      AenderungsantragEigenschaften eigenschaften, Clock uhr) {
    this.aenderungen = aenderungen;
    this.lage = lage;
    this.mittelabrufe = mittelabrufe;
    this.eigenschaften = eigenschaften;
    this.uhr = uhr;
  }

  /** The moment after which no change can be requested: the end of the Bewilligungszeitraum in force. */
  public java.time.LocalDateTime schluss(Fallkopf fall) {
    return lage.bescheid(fall).bewilligungBis().plusDays(1).atStartOfDay();
  }

  /**
   * @param aktion the form's choice: stellen or zurueckziehen
   * @param von the authenticated user
   */
  @Transactional
  public Gestellt bearbeite(Fallkopf fall, String aktion, Antragseingabe eingabe, String von) {
    if ("zurueckziehen".equals(aktion)) {
      return null;
    }
    if (!"stellen".equals(aktion)) {
      throw new UngueltigeEingabe("Bitte wählen: Änderungsantrag stellen oder zurückziehen.");
    }
    mittelabrufe.sperre(fall.nummer());
    AenderungsRegeln.pruefeFrist(lage.bescheid(fall).bewilligungBis(), java.time.LocalDate.now(uhr));
    int nummer = aenderungen.naechsteNummer(fall.nummer());
    Aenderung aenderung = AenderungsRegeln.pruefe(eingabe, lage.lage(fall), "N" + nummer + "-");
    Einstufung einstufung = Einstufung.von(aenderung, eigenschaften.toleranzProzent());
    aenderungen.lege(fall.nummer(), nummer, einstufung, aenderung, von, uhr.instant());
    return new Gestellt(nummer, einstufung, aenderung);
  }
}

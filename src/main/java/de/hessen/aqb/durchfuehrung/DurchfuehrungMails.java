package de.hessen.aqb.durchfuehrung;

import de.hessen.aqb.durchfuehrung.domain.Entscheidung.Art;
import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.foerderbudget.Foerderbudget;
import de.hessen.aqb.foerderbudget.Mittelabrufe;
import de.hessen.aqb.gemeinsam.Geld;
import de.hessen.aqb.identity.Personen;
import de.hessen.aqb.mail.Mail;
import de.hessen.aqb.mail.MailVersand;
import de.hessen.aqb.mail.TasklistLinks;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The mails of the Durchführung: the RP's decision on a Mittelabruf, to the clerks of the body the case belongs to
 * (its group from the case head). Reads the decision from the ledger.
 */
@Service
public class DurchfuehrungMails {

  /** One decided Mittelabruf as the mail shows it (amounts already formatted). */
  public record Entscheidung(int nummer, String angefordert, String ausgezahlt, String ergebnis, String begruendung,
      String verfuegbar, boolean ausgezahltWird) {}

  private final MailVersand versand;
  private final Personen personen;
  private final TasklistLinks links;
  private final Mittelabrufe mittelabrufe;
  private final Foerderbudget budget;
  private final Mittelanzeige anzeige;

  DurchfuehrungMails(MailVersand versand, Personen personen, TasklistLinks links, Mittelabrufe mittelabrufe,
      Foerderbudget budget, Mittelanzeige anzeige) {
    this.versand = versand;
    this.personen = personen;
    this.links = links;
    this.mittelabrufe = mittelabrufe;
    this.budget = budget;
    this.anzeige = anzeige;
  }

  /** Announces the decision on Mittelabruf {@code nummer} to the body's clerks. */
  public void entscheidungMitteilen(Fallkopf fall, int nummer) {
    Mittelabrufe.Mittelabruf abruf = mittelabrufe.abruf(fall.nummer(), nummer)
        .filter(a -> a.status() != Mittelabrufe.Status.OFFEN)
        .orElseThrow(() -> new IllegalStateException("Über Mittelabruf " + nummer + " des Förderfalls " + fall.nummer()
            + " ist nicht entschieden."));
    boolean ausgezahltWird = abruf.ausgezahltCent() > 0;
    Entscheidung entscheidung = new Entscheidung(abruf.nummer(), Geld.alsWaehrung(abruf.angefordertCent()),
        Geld.alsWaehrung(abruf.ausgezahltCent()), ergebnis(abruf.status()), abruf.begruendung(),
        anzeige.anzeige(fall.nummer()).verfuegbar(), ausgezahltWird);
    String betreff = "Mittelabruf Nr. " + abruf.nummer() + " (AQB " + fall.jahr() + ", " + fall.gebietskoerperschaftName()
        + "): " + (ausgezahltWird ? entscheidung.ausgezahlt() + " werden ausgezahlt" : "abgelehnt");
    Map<String, Object> modell = new HashMap<>();
    modell.put("fall", fall);
    modell.put("aktenzeichen", budget.urspruenglicherBescheid(fall.nummer()).map(Foerderbudget.ErlassenerBescheid::aktenzeichen).orElse(""));
    modell.put("abruf", entscheidung);
    modell.put("link", links.aufgabe(null));
    versand.sende(fall, new Mail(personen.mailAdressen(fall.gruppenId()), betreff, "mittelabruf-entscheidung", modell, List.of()));
  }

  private static String ergebnis(Mittelabrufe.Status status) {
    return switch (status) {
      case AUSGEZAHLT -> Art.AUSZAHLEN.text();
      case GEKUERZT -> Art.KUERZEN.text();
      case ABGELEHNT, OFFEN -> Art.ABLEHNEN.text();
    };
  }
}

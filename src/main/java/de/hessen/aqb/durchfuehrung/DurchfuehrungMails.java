package de.hessen.aqb.durchfuehrung;

import de.hessen.aqb.identity.Personen;
import de.hessen.aqb.mail.Mail;
import de.hessen.aqb.mail.MailVersand;
import de.hessen.aqb.mail.TasklistLinks;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** The mails of the Durchführung: the RP's decision on a Mittelabruf, to the body's clerks. */
@Service
public class DurchfuehrungMails {

  /** What every mail of one case needs. */
  public record Fall(String foerderfallNummer, int jahr, String gebietskoerperschaftName, String gebietskoerperschaftGruppe,
      String aktenzeichen) {}

  /** One decided Mittelabruf as the mail shows it (amounts already formatted). */
  public record Entscheidung(int nummer, String angefordert, String ausgezahlt, String ergebnis, String begruendung,
      String verfuegbar, boolean ausgezahltWird) {}

  private final MailVersand versand;
  private final Personen personen;
  private final TasklistLinks links;

  DurchfuehrungMails(MailVersand versand, Personen personen, TasklistLinks links) {
    this.versand = versand;
    this.personen = personen;
    this.links = links;
  }

  public void entscheidungMitteilen(Fall fall, Entscheidung entscheidung) {
    String betreff = "Mittelabruf Nr. " + entscheidung.nummer() + " (AQB " + fall.jahr() + ", " + fall.gebietskoerperschaftName()
        + "): " + (entscheidung.ausgezahltWird() ? entscheidung.ausgezahlt() + " werden ausgezahlt" : "abgelehnt");
    versand.sende(new Mail(personen.mailAdressen(fall.gebietskoerperschaftGruppe()), betreff, "mittelabruf-entscheidung",
        Map.of("fall", fall, "abruf", entscheidung, "link", links.aufgabe(null)), List.of()));
  }
}

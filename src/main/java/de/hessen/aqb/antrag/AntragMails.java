package de.hessen.aqb.antrag;

import de.hessen.aqb.identity.Gruppen;
import de.hessen.aqb.identity.Personen;
import de.hessen.aqb.mail.Mail;
import de.hessen.aqb.mail.MailVersand;
import de.hessen.aqb.mail.TasklistLinks;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/** The mails of the Antrag stage: deadline reminder and escalation, overdue Nachforderung, the issued Bescheid. */
@Service
public class AntragMails {

  /** What every mail of one case needs. */
  public record Fall(String foerderfallNummer, int jahr, String gebietskoerperschaftName, String gebietskoerperschaftGruppe,
      String antragsfrist) {}

  private final MailVersand versand;
  private final Personen personen;
  private final TasklistLinks links;

  AntragMails(MailVersand versand, Personen personen, TasklistLinks links) {
    this.versand = versand;
    this.personen = personen;
    this.links = links;
  }

  public void antragsfristNaht(Fall fall, String taskId) {
    versand.sende(new Mail(personen.mailAdressen(fall.gebietskoerperschaftGruppe()),
        "Erinnerung: Antrag AQB " + fall.jahr() + " ist bis zum " + fall.antragsfrist() + " einzureichen",
        "antrag-erinnerung", Map.of("fall", fall, "link", links.aufgabe(taskId), "anlass", "frist-naht"), List.of()));
  }

  public void antragUeberfaellig(Fall fall) {
    Set<String> an = new LinkedHashSet<>(personen.mailAdressen(Gruppen.HMSI));
    an.addAll(personen.mailAdressen(fall.gebietskoerperschaftGruppe()));
    versand.sende(new Mail(new ArrayList<>(an), "Antrag AQB " + fall.jahr() + " – " + fall.gebietskoerperschaftName()
        + ": Antragsfrist abgelaufen", "antrag-erinnerung",
        Map.of("fall", fall, "link", links.aufgabe(null), "anlass", "frist-abgelaufen"), List.of()));
  }

  public void nachforderungUeberfaellig(Fall fall) {
    versand.sende(new Mail(personen.mailAdressen(Gruppen.RP_KASSEL), "Antrag AQB " + fall.jahr() + " – "
        + fall.gebietskoerperschaftName() + ": Frist der Nachforderung abgelaufen", "antrag-erinnerung",
        Map.of("fall", fall, "link", links.aufgabe(null), "anlass", "nachforderung-abgelaufen"), List.of()));
  }

  public void bescheidVersenden(Fall fall, String aktenzeichen, String summe, String dateiname, byte[] pdf) {
    Set<String> an = new LinkedHashSet<>(personen.mailAdressen(fall.gebietskoerperschaftGruppe()));
    versand.sende(new Mail(new ArrayList<>(an), "Bescheid zum Antrag AQB " + fall.jahr() + " – Aktenzeichen " + aktenzeichen,
        "bescheid", Map.of("fall", fall, "aktenzeichen", aktenzeichen, "summe", summe),
        List.of(new Mail.Anhang(dateiname, "application/pdf", pdf))));
  }
}

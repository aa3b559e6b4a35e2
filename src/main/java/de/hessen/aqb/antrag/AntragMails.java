package de.hessen.aqb.antrag;

import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.identity.Gruppen;
import de.hessen.aqb.identity.Personen;
import de.hessen.aqb.mail.Mail;
import de.hessen.aqb.mail.MailVersand;
import de.hessen.aqb.mail.TasklistLinks;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * The mails of the Antrag stage: deadline reminder and escalation, overdue Nachforderung, the issued Bescheid.
 * Recipients from the case head's group (the register), the deadline from the stored Antrag.
 */
@Service
public class AntragMails {

  /** What every mail of one case shows (the templates read these names). */
  public record Fall(String foerderfallNummer, int jahr, String gebietskoerperschaftName, String gebietskoerperschaftGruppe,
      String antragsfrist) {}

  private final MailVersand versand;
  private final Personen personen;
  private final TasklistLinks links;
  private final AntragAblage ablage;

  AntragMails(MailVersand versand, Personen personen, TasklistLinks links, AntragAblage ablage) {
    this.versand = versand;
    this.personen = personen;
    this.links = links;
    this.ablage = ablage;
  }

  private Fall fall(Fallkopf kopf) {
    String frist = ablage.antragsfrist(kopf.nummer()).map(f -> f.format(DateTimeFormatter.ofPattern("d.M.yyyy"))).orElse("");
    return new Fall(kopf.nummer(), kopf.jahr(), kopf.gebietskoerperschaftName(), kopf.gruppenId(), frist);
  }

  public void antragsfristNaht(Fallkopf kopf, String taskId) {
    Fall fall = fall(kopf);
    versand.sende(kopf, new Mail(personen.mailAdressen(kopf.gruppenId()),
        "Erinnerung: Antrag AQB " + fall.jahr() + " ist bis zum " + fall.antragsfrist() + " einzureichen",
        "antrag-erinnerung", Map.of("fall", fall, "link", links.aufgabe(taskId), "anlass", "frist-naht"), List.of()));
  }

  public void antragUeberfaellig(Fallkopf kopf) {
    Fall fall = fall(kopf);
    Set<String> an = new LinkedHashSet<>(personen.mailAdressen(Gruppen.HMSI));
    an.addAll(personen.mailAdressen(kopf.gruppenId()));
    versand.sende(kopf, new Mail(new ArrayList<>(an), "Antrag AQB " + fall.jahr() + " – " + fall.gebietskoerperschaftName()
        + ": Antragsfrist abgelaufen", "antrag-erinnerung",
        Map.of("fall", fall, "link", links.aufgabe(null), "anlass", "frist-abgelaufen"), List.of()));
  }

  public void nachforderungUeberfaellig(Fallkopf kopf) {
    Fall fall = fall(kopf);
    versand.sende(kopf, new Mail(personen.mailAdressen(Gruppen.RP_KASSEL), "Antrag AQB " + fall.jahr() + " – "
        + fall.gebietskoerperschaftName() + ": Frist der Nachforderung abgelaufen", "antrag-erinnerung",
        Map.of("fall", fall, "link", links.aufgabe(null), "anlass", "nachforderung-abgelaufen"), List.of()));
  }

  public void bescheidVersenden(Fallkopf kopf, String aktenzeichen, String summe, String dateiname, byte[] pdf) {
    Fall fall = fall(kopf);
    versand.sende(kopf, new Mail(new ArrayList<>(new LinkedHashSet<>(personen.mailAdressen(kopf.gruppenId()))),
        "Bescheid zum Antrag AQB " + fall.jahr() + " – Aktenzeichen " + aktenzeichen, "bescheid",
        Map.of("fall", fall, "aktenzeichen", aktenzeichen, "summe", summe),
        List.of(new Mail.Anhang(dateiname, "application/pdf", pdf))));
  }
}

package de.hessen.aqb.nachweis;

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

/** The mails of the Nachweis stage: reminder and escalation of the deadline, the result (with or without Rückforderung). */
@Service
public class NachweisMails {

  /** What every mail of one case needs. */
  public record Fall(String foerderfallNummer, int jahr, String gebietskoerperschaftName, String gebietskoerperschaftGruppe,
      String frist) {}

  private final MailVersand versand;
  private final Personen personen;
  private final TasklistLinks links;

  NachweisMails(MailVersand versand, Personen personen, TasklistLinks links) {
    this.versand = versand;
    this.personen = personen;
    this.links = links;
  }

  public void fristNaht(Fall fall, String taskId) {
    versand.sende(new Mail(personen.mailAdressen(fall.gebietskoerperschaftGruppe()),
        "Erinnerung: Verwendungsnachweis AQB " + fall.jahr() + " ist bis zum " + fall.frist() + " vorzulegen",
        "nachweis-erinnerung", Map.of("fall", fall, "link", links.aufgabe(taskId), "anlass", "frist-naht"), List.of()));
  }

  public void fristAbgelaufen(Fall fall, String taskId) {
    Set<String> an = new LinkedHashSet<>(personen.mailAdressen(fall.gebietskoerperschaftGruppe()));
    an.addAll(personen.mailAdressen(Gruppen.RP_KASSEL));
    versand.sende(new Mail(new ArrayList<>(an), "Verwendungsnachweis AQB " + fall.jahr() + " – " + fall.gebietskoerperschaftName()
        + ": Frist abgelaufen", "nachweis-erinnerung",
        Map.of("fall", fall, "link", links.aufgabe(taskId), "anlass", "frist-abgelaufen"), List.of()));
  }

  public void schlussbescheid(Fall fall, String aktenzeichen, String rueckforderung, String zinsen, String faellig,
      String dateiname, byte[] pdf) {
    versand.sende(new Mail(personen.mailAdressen(fall.gebietskoerperschaftGruppe()),
        "Schlussbescheid AQB " + fall.jahr() + " – Rückforderung, Aktenzeichen " + aktenzeichen, "nachweis-ergebnis",
        Map.of("fall", fall, "aktenzeichen", aktenzeichen, "rueckforderung", rueckforderung, "zinsen", zinsen, "faellig", faellig),
        List.of(new Mail.Anhang(dateiname, "application/pdf", pdf))));
  }

  public void keineRueckforderung(Fall fall, String aktenzeichen, String ausgezahlt, String anerkannt) {
    versand.sende(new Mail(personen.mailAdressen(fall.gebietskoerperschaftGruppe()),
        "Verwendungsnachweis geprüft – keine Rückforderung (AQB " + fall.jahr() + ", Aktenzeichen " + aktenzeichen + ")",
        "nachweis-ergebnis", Map.of("fall", fall, "aktenzeichen", aktenzeichen, "ausgezahlt", ausgezahlt, "anerkannt", anerkannt),
        List.of()));
  }
}

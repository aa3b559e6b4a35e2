package de.hessen.aqb.nachweis;

import static de.hessen.aqb.gemeinsam.Datumsanzeige.TT_MM_JJJJ;

import de.hessen.aqb.fall.Fallkopf;
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

/**
 * Reminders of the Zwischennachweis to the body: before ({@link #FRIST_NAHT}), on ({@link #FRIST_HEUTE}) and after the
 * due date ({@link #FRIST_ABGELAUFEN}, with the RP Kassel as recipient: the escalation). Deadline from the records.
 */
@Service
public class ZwischennachweisMails {

  public static final String FRIST_NAHT = "frist-naht";
  public static final String FRIST_HEUTE = "frist-heute";
  public static final String FRIST_ABGELAUFEN = "frist-abgelaufen";

  private final MailVersand versand;
  private final Personen personen;
  private final TasklistLinks links;
  private final ZwischennachweisPlanung planung;

  ZwischennachweisMails(MailVersand versand, Personen personen, TasklistLinks links, ZwischennachweisPlanung planung) {
    this.versand = versand;
    this.personen = personen;
    this.links = links;
    this.planung = planung;
  }

  public void erinnere(Fallkopf fall, int jahr, String anlass, String taskId) {
    String frist = planung.frist(fall.nummer(), jahr).format(TT_MM_JJJJ);
    Map<String, Object> modell = Map.of("fall", fall, "jahr", jahr, "frist", frist, "link", links.aufgabe(taskId), "anlass", anlass);
    Set<String> an = new LinkedHashSet<>(personen.mailAdressen(fall.gruppenId()));
    String betreff = switch (anlass) {
      case FRIST_NAHT -> "Erinnerung: Zwischennachweis " + jahr + " (AQB " + fall.jahr() + ") ist bis zum " + frist + " vorzulegen";
      case FRIST_HEUTE -> "Heute fällig: Zwischennachweis " + jahr + " (AQB " + fall.jahr() + "), Frist " + frist;
      case FRIST_ABGELAUFEN -> {
        an.addAll(personen.mailAdressen(Gruppen.RP_KASSEL));
        yield "Zwischennachweis " + jahr + " (AQB " + fall.jahr() + ") – " + fall.gebietskoerperschaftName() + ": Frist "
            + frist + " überschritten";
      }
      default -> throw new IllegalArgumentException("Unbekannter Anlass " + anlass);
    };
    versand.sende(fall, new Mail(new ArrayList<>(an), betreff, "zwischennachweis-erinnerung", modell, List.of()));
  }
}

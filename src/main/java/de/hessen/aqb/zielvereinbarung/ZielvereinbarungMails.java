package de.hessen.aqb.zielvereinbarung;

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

/** The mails of the Zielvereinbarung: signature requests, reminders and the signed version. */
@Service
public class ZielvereinbarungMails {

  /** What every mail of one agreement needs to know. */
  public record Fall(String foerderfallNummer, int jahr, String gebietskoerperschaftName, String gebietskoerperschaftGruppe,
      String sachbearbeitungMinisterium, String sachbearbeitungGebietskoerperschaft, String budgetAnzeige) {}

  /** A PDF to attach. */
  public record Pdf(String dateiname, byte[] inhalt) {}

  private final MailVersand versand;
  private final Personen personen;
  private final TasklistLinks links;

  ZielvereinbarungMails(MailVersand versand, Personen personen, TasklistLinks links) {
    this.versand = versand;
    this.personen = personen;
    this.links = links;
  }


  public void unterzeichnungAnfordern(Fall fall, String partei, String taskId, Pdf pdf, boolean erinnerung) {
    String betreff = (erinnerung ? "Erinnerung: " : "") + "Zielvereinbarung " + fall.jahr() + " – "
        + fall.gebietskoerperschaftName() + ": Unterzeichnung " + ("ministerium".equals(partei) ? "durch das Ministerium" : "durch die Gebietskörperschaft") + " erbeten";
    versand.sende(new Mail(unterzeichnende(fall, partei), betreff, "zv-unterzeichnung",
        modell(fall, Map.of("partei", partei, "link", links.aufgabe(taskId), "erinnerung", erinnerung)),
        List.of(anhang(pdf))));
  }

  public void anPruefungErinnern(Fall fall, String taskId) {
    versand.sende(new Mail(personen.mailAdressen(fall.gebietskoerperschaftGruppe()),
        "Erinnerung: Entwurf der Zielvereinbarung " + fall.jahr() + " wartet auf Ihre Prüfung",
        "zv-pruefung-erinnerung", modell(fall, Map.of("link", links.aufgabe(taskId))), List.of()));
  }

  public void endfassungVersenden(Fall fall, Pdf pdf) {
    Set<String> an = new LinkedHashSet<>(unterzeichnende(fall, "ministerium"));
    an.addAll(unterzeichnende(fall, "gebietskoerperschaft"));
    versand.sende(new Mail(new ArrayList<>(an), "Zielvereinbarung " + fall.jahr() + " – " + fall.gebietskoerperschaftName()
        + ": von beiden Seiten unterzeichnet", "zv-endfassung", modell(fall, Map.of()), List.of(anhang(pdf))));
  }

  private List<String> unterzeichnende(Fall fall, String partei) {
    boolean ministerium = "ministerium".equals(partei);
    Set<String> an = new LinkedHashSet<>(personen.mailAdressenZeichnungsberechtigte(
        ministerium ? Gruppen.HMSI : fall.gebietskoerperschaftGruppe()));
    an.addAll(personen.mailAdresse(ministerium ? fall.sachbearbeitungMinisterium() : fall.sachbearbeitungGebietskoerperschaft()));
    return new ArrayList<>(an);
  }

  private static Map<String, Object> modell(Fall fall, Map<String, Object> weitere) {
    Map<String, Object> modell = new java.util.HashMap<>(weitere);
    modell.put("fall", fall);
    return modell;
  }

  private static Mail.Anhang anhang(Pdf pdf) {
    return new Mail.Anhang(pdf.dateiname(), "application/pdf", pdf.inhalt());
  }
}

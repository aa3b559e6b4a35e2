package de.hessen.aqb.zielvereinbarung;

import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.gemeinsam.Geld;
import de.hessen.aqb.identity.Gruppen;
import de.hessen.aqb.identity.Personen;
import de.hessen.aqb.mail.Mail;
import de.hessen.aqb.mail.MailVersand;
import de.hessen.aqb.mail.TasklistLinks;
import de.hessen.aqb.zielvereinbarung.ZielvereinbarungPdfs.Pdf;
import de.hessen.aqb.zielvereinbarung.domain.Partei;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * The mails of the Zielvereinbarung: signature requests, reminders and the signed version. Recipients come from the
 * case's group and the stored agreement (who drafted, who reviewed), contents from the stored agreement.
 */
@Service
public class ZielvereinbarungMails {

  /** What every mail of one agreement shows (the templates' {@code fall}). */
  public record Fall(String foerderfallNummer, int jahr, String gebietskoerperschaftName, String gebietskoerperschaftGruppe,
      String sachbearbeitungMinisterium, String sachbearbeitungGebietskoerperschaft, String budgetAnzeige) {}

  private final MailVersand versand;
  private final Personen personen;
  private final TasklistLinks links;
  private final ZielvereinbarungTabelle tabelle;
  private final ZielvereinbarungPdfs pdfs;

  ZielvereinbarungMails(MailVersand versand, Personen personen, TasklistLinks links, ZielvereinbarungTabelle tabelle,
      ZielvereinbarungPdfs pdfs) {
    this.versand = versand;
    this.personen = personen;
    this.links = links;
    this.tabelle = tabelle;
    this.pdfs = pdfs;
  }

  public void unterzeichnungAnfordern(Fallkopf kopf, Partei partei, String taskId, boolean erinnerung) {
    Fall fall = fall(kopf);
    String betreff = (erinnerung ? "Erinnerung: " : "") + "Zielvereinbarung " + fall.jahr() + " – "
        + fall.gebietskoerperschaftName() + ": Unterzeichnung "
        + (partei == Partei.MINISTERIUM ? "durch das Ministerium" : "durch die Gebietskörperschaft") + " erbeten";
    versand.sende(kopf, new Mail(unterzeichnende(fall, partei), betreff, "zv-unterzeichnung",
        modell(fall, Map.of("partei", partei.schluessel(), "link", links.aufgabe(taskId), "erinnerung", erinnerung)),
        List.of(anhang(pdfs.entwurf(kopf.nummer())))));
  }

  public void anPruefungErinnern(Fallkopf kopf, String taskId) {
    Fall fall = fall(kopf);
    versand.sende(kopf, new Mail(personen.mailAdressen(kopf.gruppenId()),
        "Erinnerung: Entwurf der Zielvereinbarung " + fall.jahr() + " wartet auf Ihre Prüfung",
        "zv-pruefung-erinnerung", modell(fall, Map.of("link", links.aufgabe(taskId))), List.of()));
  }

  public void endfassungVersenden(Fallkopf kopf) {
    Fall fall = fall(kopf);
    Set<String> an = new LinkedHashSet<>(unterzeichnende(fall, Partei.MINISTERIUM));
    an.addAll(unterzeichnende(fall, Partei.GEBIETSKOERPERSCHAFT));
    versand.sende(kopf, new Mail(new ArrayList<>(an), "Zielvereinbarung " + fall.jahr() + " – " + fall.gebietskoerperschaftName()
        + ": von beiden Seiten unterzeichnet", "zv-endfassung", modell(fall, Map.of()),
        List.of(anhang(pdfs.endfassung(kopf.nummer())))));
  }

  private Fall fall(Fallkopf kopf) {
    ZielvereinbarungAkte akte = tabelle.akte(kopf.nummer())
        .orElseThrow(() -> new IllegalStateException("Zum Förderfall " + kopf.nummer() + " gibt es keinen Entwurf."));
    List<ZielvereinbarungTabelle.Pruefrunde> runden = tabelle.pruefrunden(kopf.nummer());
    String pruefer = runden.isEmpty() ? null : runden.get(runden.size() - 1).von();
    return new Fall(kopf.nummer(), kopf.jahr(), kopf.gebietskoerperschaftName(), kopf.gruppenId(), akte.entwurfVon(), pruefer,
        akte.budgetCent() == null ? "" : Geld.alsWaehrung(akte.budgetCent()));
  }

  private List<String> unterzeichnende(Fall fall, Partei partei) {
    boolean ministerium = partei == Partei.MINISTERIUM;
    Set<String> an = new LinkedHashSet<>(personen.mailAdressenZeichnungsberechtigte(
        ministerium ? Gruppen.HMSI : fall.gebietskoerperschaftGruppe()));
    String sachbearbeitung = ministerium ? fall.sachbearbeitungMinisterium() : fall.sachbearbeitungGebietskoerperschaft();
    if (sachbearbeitung != null) {
      an.addAll(personen.mailAdresse(sachbearbeitung));
    }
    return new ArrayList<>(an);
  }

  private static Map<String, Object> modell(Fall fall, Map<String, Object> weitere) {
    Map<String, Object> modell = new HashMap<>(weitere);
    modell.put("fall", fall);
    return modell;
  }

  private static Mail.Anhang anhang(Pdf pdf) {
    return new Mail.Anhang(pdf.dateiname(), "application/pdf", pdf.inhalt());
  }
}

package de.hessen.aqb.aenderungsantrag;

import de.hessen.aqb.aenderungsantrag.Aenderungen.Vorgang;
import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.gemeinsam.Geld;
import de.hessen.aqb.identity.Personen;
import de.hessen.aqb.mail.Mail;
import de.hessen.aqb.mail.MailVersand;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** "Änderungsschreiben versenden": the issued letter (from the stage's table) to the clerks of the case's body. */
@Service
public class AenderungsantragMails {

  private final Aenderungen aenderungen;
  private final MailVersand versand;
  private final Personen personen;

  AenderungsantragMails(Aenderungen aenderungen, MailVersand versand, Personen personen) {
    this.aenderungen = aenderungen;
    this.versand = versand;
    this.personen = personen;
  }

  public void versende(Fallkopf fall, int nummer) {
    Vorgang v = aenderungen.vorgang(fall.nummer(), nummer);
    byte[] pdf = aenderungen.pdf(fall.nummer(), nummer).filter(x -> v.aktenzeichen() != null).orElseThrow(() ->
        new IllegalStateException("Änderungsantrag " + nummer + " des Förderfalls " + fall.nummer() + " ist nicht erlassen."));
    String ergebnis = v.entscheidung().text();
    long summe = v.entschiedeneAenderung().summeNeuCent();
    String dateiname = ("Aenderung-" + v.aktenzeichen() + ".pdf").replaceAll("[^A-Za-z0-9.-]+", "-");
    versand.sende(fall, new Mail(new ArrayList<>(new LinkedHashSet<>(personen.mailAdressen(fall.gruppenId()))),
        "Änderungsantrag Nr. " + nummer + " (AQB " + fall.jahr() + ", " + fall.gebietskoerperschaftName() + "): " + ergebnis
            + " – Aktenzeichen " + v.aktenzeichen(), "aenderung-entscheidung",
        Map.of("fall", fall, "nummer", nummer, "aktenzeichen", v.aktenzeichen(), "ergebnis", ergebnis,
            "summe", Geld.alsWaehrung(summe), "ende", de.hessen.aqb.gemeinsam.Datumsanzeige.TT_MM_JJJJ.format(
                v.entschiedeneAenderung().endeNachher())),
        List.of(new Mail.Anhang(dateiname, "application/pdf", pdf))));
  }
}

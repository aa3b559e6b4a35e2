package de.hessen.aqb.umsetzungsbesprechung;

import static de.hessen.aqb.gemeinsam.Datumsanzeige.TT_MM_JJJJ;

import de.hessen.aqb.fall.Faelle;
import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.identity.Personen;
import de.hessen.aqb.mail.Mail;
import de.hessen.aqb.mail.MailVersand;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The mails of the Umsetzungsbesprechung, to the invited participants (from the record): the invitation with date,
 * time, place and agenda; the minutes as PDF (the stored one).
 */
@Service
public class UmsetzungsbesprechungMails {

  private final MailVersand versand;
  private final Personen personen;
  private final Faelle faelle;
  private final Umsetzungsbesprechungen besprechungen;

  UmsetzungsbesprechungMails(MailVersand versand, Personen personen, Faelle faelle, Umsetzungsbesprechungen besprechungen) {
    this.versand = versand;
    this.personen = personen;
    this.faelle = faelle;
    this.besprechungen = besprechungen;
  }

  public void einladung(String prozessInstanz) {
    Umsetzungsbesprechungen.Besprechung b = besprechungen.derInstanz(prozessInstanz);
    Fallkopf fall = faelle.kopf(b.nummer());
    List<Umsetzungsbesprechungen.Teilnahme> teilnahme = besprechungen.teilnahme(b.nummer(), b.jahr());
    String termin = b.termin().format(TT_MM_JJJJ);
    versand.sende(fall, new Mail(an(teilnahme), "Einladung: Umsetzungsbesprechung AQB " + fall.jahr() + " – "
        + fall.gebietskoerperschaftName() + " am " + termin + ", " + b.uhrzeit() + " Uhr", "umsetzungsbesprechung-einladung",
        Map.of("fall", fall, "termin", termin, "uhrzeit", b.uhrzeit(), "ort", b.ort(),
            "tagesordnung", b.tagesordnung() == null ? "" : b.tagesordnung(), "jahr", b.jahr(),
            "teilnehmende", teilnahme.stream().map(t -> personen.anzeigename(t.benutzer()) + " (" + t.partei().bezeichnung() + ")").toList()),
        List.of()));
  }

  public void protokoll(String prozessInstanz) {
    Umsetzungsbesprechungen.Besprechung b = besprechungen.derInstanz(prozessInstanz);
    Fallkopf fall = faelle.kopf(b.nummer());
    byte[] pdf = besprechungen.pdf(b.nummer(), b.jahr()).orElseThrow(() ->
        new IllegalStateException("Für die Umsetzungsbesprechung " + b.jahr() + " des Förderfalls " + b.nummer() + " ist kein Protokoll erzeugt."));
    versand.sende(fall, new Mail(an(besprechungen.teilnahme(b.nummer(), b.jahr())), "Protokoll der Umsetzungsbesprechung AQB "
        + fall.jahr() + " – " + fall.gebietskoerperschaftName() + " vom " + b.termin().format(TT_MM_JJJJ),
        "umsetzungsbesprechung-protokoll", Map.of("fall", fall, "termin", b.termin().format(TT_MM_JJJJ), "jahr", b.jahr()),
        List.of(new Mail.Anhang(ProtokollErstellung.dateiname(b), "application/pdf", pdf))));
  }

  private List<String> an(List<Umsetzungsbesprechungen.Teilnahme> teilnahme) {
    return personen.mailAdressen(teilnahme.stream().map(Umsetzungsbesprechungen.Teilnahme::benutzer).toList());
  }
}

package de.hessen.aqb.akte;

import de.hessen.aqb.akte.domain.Aktenstueck;
import de.hessen.aqb.akte.domain.Beitrag;
import de.hessen.aqb.akte.domain.Eintrag;
import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.mail.MailProtokoll;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The mails sent for the case, from the mail log: one text file each (time, recipients, subject, attachment names, the
 * text as sent) and one line each in the history. Attachments are the documents filed under their own folders.
 */
@Component
@Order(90)
class MailBeitrag implements AktenBeitrag {

  static final String ORDNER = "09-Mails/";
  private static final DateTimeFormatter DATEI = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
  private static final DateTimeFormatter ANZEIGE = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

  private final MailProtokoll protokoll;

  MailBeitrag(MailProtokoll protokoll) {
    this.protokoll = protokoll;
  }

  @Override
  public Beitrag fuer(Fallkopf fall) {
    List<Aktenstueck> s = new ArrayList<>();
    List<Eintrag> e = new ArrayList<>();
    int nr = 1;
    for (MailProtokoll.Eintrag m : protokoll.desFalls(fall.nummer())) {
      String text = "Gesendet am: " + m.gesendetAm().format(ANZEIGE) + "\nAn: " + String.join(", ", m.empfaenger())
          + "\nBetreff: " + m.betreff() + "\nAnhänge: " + (m.anhaenge().isEmpty() ? "keine" : String.join(", ", m.anhaenge()))
          + "\n\n" + m.text();
      s.add(new Aktenstueck(ORDNER + String.format("%03d", nr++) + "-" + m.gesendetAm().format(DATEI) + "-"
          + Aktenstueck.dateiname(m.betreff()) + ".txt", "Mail vom " + m.gesendetAm().format(ANZEIGE) + ": " + m.betreff(),
          text.getBytes(StandardCharsets.UTF_8)));
      e.add(new Eintrag(m.gesendetAm(), null, "Mail versandt an " + m.empfaenger().size() + " Empfänger: " + m.betreff()));
    }
    return Beitrag.aus(s, e);
  }
}

package de.hessen.aqb.nachweis.camunda;

import static de.hessen.aqb.gemeinsam.Datumsanzeige.TT_MM_JJJJ;
import static de.hessen.aqb.nachweis.camunda.NachweisVariablen.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import de.hessen.aqb.fall.Faelle;
import de.hessen.aqb.gemeinsam.Geld;
import de.hessen.aqb.nachweis.NachweisMails;
import de.hessen.aqb.nachweis.Rueckzahlungen;
import de.hessen.aqb.plattform.Bearbeiter;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * "Zahlungseingang erfassen" (RP): on create the open claim and the payments so far for the form; on complete the
 * payment is booked (the claim from the ledger, the form gives only date and amount) and "forderungOffenCent" routes
 * the loop. Reminder and dunning letters are service tasks on the timers of the sub-process.
 */
@Configuration
class ZahlungseingangErfassen {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Faelle faelle;
  private final Rueckzahlungen rueckzahlungen;

  ZahlungseingangErfassen(Faelle faelle, Rueckzahlungen rueckzahlungen) {
    this.faelle = faelle;
    this.rueckzahlungen = rueckzahlungen;
  }

  @Bean("zahlungseingangAnzeigen")
  TaskListener anzeigen() {
    return this::zeige;
  }

  @Bean("zahlungseingangBuchen")
  TaskListener buchen(Bearbeiter bearbeiter) {
    return aufgabe -> {
      var kopf = faelle.kopf(aufgabe);
      var buchung = rueckzahlungen.erfasse(kopf, ZAHLUNG_EINGANG_AM.von(aufgabe),
          Geld.inCent(ZAHLUNG_BETRAG.von(aufgabe)), bearbeiter.von(aufgabe));
      FORDERUNG_OFFEN_CENT.setze(aufgabe, buchung.danach().offenCent());
      zeige(aufgabe);
    };
  }

  /** Reminder before the due day (stufe 0) or dunning letter n (the n-th firing of the overdue timer). */
  @Bean("zahlungErinnern")
  JavaDelegate erinnern(NachweisMails mails) {
    return execution -> {
      var kopf = faelle.kopf(execution);
      String nummer = kopf.nummer();
      long offen = rueckzahlungen.offenHeuteCent(nummer);
      if (offen == 0) {
        return;
      }
      int stufe = "zahlung-faellig".equals(ANLASS.von(execution)) ? 0 : rueckzahlungen.mahnungen(nummer) + 1;
      if (rueckzahlungen.vermerkeMahnung(nummer, stufe, offen)) {
        mails.zahlungserinnerung(kopf, stufe, offen, rueckzahlungen.faelligAm(nummer));
      }
    };
  }

  private void zeige(DelegateTask aufgabe) {
    String nummer = faelle.kopf(aufgabe).nummer();
    var stand = rueckzahlungen.stand(nummer);
    FORDERUNG_OFFEN_CENT.setze(aufgabe, stand.offenCent());
    FORDERUNG_OFFEN_ANZEIGE.setze(aufgabe, Geld.alsWaehrung(rueckzahlungen.offenHeuteCent(nummer)));
    ZAHLUNG_FAELLIG_ANZEIGE.setze(aufgabe, rueckzahlungen.faelligAm(nummer).format(TT_MM_JJJJ));
    ArrayNode liste = JSON.createArrayNode();
    rueckzahlungen.zahlungen(nummer).forEach(z -> liste.addObject().put("lfd", z.lfd()).put("eingangAm", z.eingangAm().format(TT_MM_JJJJ))
        .put("betrag", Geld.alsWaehrung(z.betragCent())).put("verzugszinsen", Geld.alsWaehrung(z.verzugszinsenCent()))
        .put("offenDanach", Geld.alsWaehrung(z.offenDanachCent())).put("erfasstVon", z.erfasstVon()));
    ZAHLUNGEN.setze(aufgabe, liste);
  }
}

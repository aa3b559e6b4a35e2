package de.hessen.aqb.nachweis.camunda;

import static de.hessen.aqb.gemeinsam.Datumsanzeige.TT_MM_JJJJ;
import static de.hessen.aqb.nachweis.camunda.ZahlungsVariablen.*;

import com.fasterxml.jackson.databind.node.ArrayNode;
import de.hessen.aqb.fall.Faelle;
import de.hessen.aqb.gemeinsam.Geld;
import de.hessen.aqb.nachweis.Rueckzahlungen;
import de.hessen.aqb.plattform.Bearbeiter;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * "Zahlungseingang erfassen" (RP): on create the open claim and the payments so far for the form; on complete the
 * payment is booked (the claim from the ledger, the form gives only date and amount) and "forderungOffenCent" routes
 * the loop. Reminder and dunning letters: {@link ZahlungErinnern}.
 */
@Configuration
class ZahlungseingangErfassen {

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
      rueckzahlungen.erfasse(faelle.kopf(aufgabe), ZAHLUNG_EINGANG_AM.von(aufgabe), ZAHLUNG_BETRAG.von(aufgabe), bearbeiter.von(aufgabe));
      zeige(aufgabe);
    };
  }

  private void zeige(DelegateTask aufgabe) {
    String nummer = faelle.kopf(aufgabe).nummer();
    var stand = rueckzahlungen.stand(nummer);
    FORDERUNG_OFFEN_CENT.setze(aufgabe, stand.offenCent());
    FORDERUNG_OFFEN_ANZEIGE.setze(aufgabe, Geld.alsWaehrung(rueckzahlungen.offenHeuteCent(nummer)));
    ZAHLUNG_FAELLIG_ANZEIGE.setze(aufgabe, rueckzahlungen.faelligAm(nummer).format(TT_MM_JJJJ));
    ArrayNode liste = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
    rueckzahlungen.zahlungen(nummer).forEach(z -> liste.addObject().put("lfd", z.lfd()).put("eingangAm", z.eingangAm().format(TT_MM_JJJJ))
        .put("betrag", Geld.alsWaehrung(z.betragCent())).put("verzugszinsen", Geld.alsWaehrung(z.verzugszinsenCent()))
        .put("offenDanach", Geld.alsWaehrung(z.offenDanachCent())).put("erfasstVon", z.erfasstVon()));
    ZAHLUNGEN.setze(aufgabe, liste);
  }
}

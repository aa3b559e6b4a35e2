package de.hessen.aqb.akte;

import static de.hessen.aqb.akte.AktenLeser.cent;
import static de.hessen.aqb.akte.AktenLeser.eintragen;

import de.hessen.aqb.akte.domain.Beitrag;
import de.hessen.aqb.akte.domain.Eintrag;
import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.gemeinsam.Geld;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The payments on the Rückforderung recorded by the RP (aqb_rueckzahlung: received when, how much, split on interest
 * and principal, open afterwards; who recorded it) and the dunning letters (aqb_rueckforderung_mahnung). The letters
 * themselves are mails, filed by {@link MailBeitrag}.
 */
@Component
@Order(85)
class RueckzahlungBeitrag implements AktenBeitrag {

  private final AktenLeser leser;

  RueckzahlungBeitrag(AktenLeser leser) {
    this.leser = leser;
  }

  @Override
  public Beitrag fuer(Fallkopf fall) {
    List<Eintrag> e = new ArrayList<>();
    for (var z : leser.zeilen("select * from aqb_rueckzahlung where foerderfall_nummer = ? order by lfd", fall.nummer())) {
      eintragen(e, z.get("erfasst_am"), z.get("erfasst_von"), "Zahlungseingang " + z.get("lfd") + " vom "
          + AktenLeser.anzeige(z.get("eingang_am")) + " erfasst: " + Geld.alsWaehrung(cent(z.get("betrag_cent")))
          + " (auf Zinsen " + Geld.alsWaehrung(cent(z.get("auf_zinsen_cent"))) + ", auf die Hauptforderung "
          + Geld.alsWaehrung(cent(z.get("auf_hauptforderung_cent"))) + "), danach offen "
          + Geld.alsWaehrung(cent(z.get("offen_danach_cent"))));
    }
    for (var m : leser.zeilen("select * from aqb_rueckforderung_mahnung where foerderfall_nummer = ? order by stufe", fall.nummer())) {
      eintragen(e, m.get("am"), null, (cent(m.get("stufe")) == 0 ? "Zahlungserinnerung" : m.get("stufe") + ". Mahnung")
          + " zur Rückforderung, offen " + Geld.alsWaehrung(cent(m.get("offen_cent"))));
    }
    return Beitrag.aus(List.of(), e);
  }
}

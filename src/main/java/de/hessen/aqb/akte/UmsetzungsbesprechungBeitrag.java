package de.hessen.aqb.akte;

import static de.hessen.aqb.akte.AktenLeser.bytes;
import static de.hessen.aqb.akte.AktenLeser.eintragen;

import de.hessen.aqb.akte.domain.Aktenstueck;
import de.hessen.aqb.akte.domain.Beitrag;
import de.hessen.aqb.akte.domain.Eintrag;
import de.hessen.aqb.fall.Fallkopf;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The yearly Umsetzungsbesprechungen: scheduled, minutes recorded (PDF as issued), follow-ups closed. */
@Component
@Order(60)
class UmsetzungsbesprechungBeitrag implements AktenBeitrag {

  static final String ORDNER = "06-Umsetzungsbesprechungen/";

  private final AktenLeser leser;

  UmsetzungsbesprechungBeitrag(AktenLeser leser) {
    this.leser = leser;
  }

  @Override
  public Beitrag fuer(Fallkopf fall) {
    List<Aktenstueck> s = new ArrayList<>();
    List<Eintrag> e = new ArrayList<>();
    for (var b : leser.zeilen("select * from aqb_umsetzungsbesprechung where foerderfall_nummer = ? order by jahr", fall.nummer())) {
      String titel = "Umsetzungsbesprechung " + b.get("jahr");
      eintragen(e, b.get("terminiert_am"), b.get("terminiert_von"), titel + " angesetzt auf "
          + AktenLeser.anzeige(b.get("termin_datum")) + " " + AktenLeser.anzeige(b.get("termin_uhrzeit")) + " Uhr, "
          + AktenLeser.anzeige(b.get("ort")));
      eintragen(e, b.get("protokolliert_am"), b.get("protokolliert_von"), titel + ": Protokoll aufgenommen");
      byte[] pdf = bytes(b.get("protokoll_pdf"));
      if (pdf != null) {
        s.add(new Aktenstueck(ORDNER + "Protokoll-" + b.get("jahr") + ".pdf", "Protokoll der " + titel, pdf));
      }
    }
    for (var v : leser.zeilen("select * from aqb_ub_vereinbarung where foerderfall_nummer = ? order by jahr, nr", fall.nummer())) {
      eintragen(e, v.get("erledigt_am"), v.get("erledigt_von"), "Umsetzungsbesprechung " + v.get("jahr") + ", Vereinbarung "
          + v.get("nr") + " erledigt: " + v.get("was") + (v.get("vermerk") == null ? "" : " – " + v.get("vermerk")));
    }
    return Beitrag.aus(s, e);
  }
}

package de.hessen.aqb.akte;

import static de.hessen.aqb.akte.AktenLeser.eintragen;

import de.hessen.aqb.akte.domain.Beitrag;
import de.hessen.aqb.akte.domain.Eintrag;
import de.hessen.aqb.fall.Fallkopf;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The RP's objections to single Belege in the rechnerische Prüfung (V13 aqb_vn_einwand): row, reason, comment, who, when. */
@Component
@Order(72)
class EinwandBeitrag implements AktenBeitrag {

  private final AktenLeser leser;

  EinwandBeitrag(AktenLeser leser) {
    this.leser = leser;
  }

  @Override
  public Beitrag fuer(Fallkopf fall) {
    List<Eintrag> e = new ArrayList<>();
    for (var w : leser.zeilen("select * from aqb_vn_einwand where foerderfall_nummer = ? order by fassung, zeile", fall.nummer())) {
      eintragen(e, w.get("am"), w.get("von"), "Verwendungsnachweis (Fassung " + w.get("fassung") + "): Beleg in Zeile " + w.get("zeile")
          + " beanstandet – " + grund(w.get("grund")) + (w.get("kommentar") == null ? "" : " (" + w.get("kommentar") + ")"));
    }
    return Beitrag.aus(List.of(), e);
  }

  private static String grund(Object code) {
    return de.hessen.aqb.nachweis.domain.Einwandgrund.von(String.valueOf(code))
        .map(de.hessen.aqb.nachweis.domain.Einwandgrund::text).orElse(String.valueOf(code));
  }
}

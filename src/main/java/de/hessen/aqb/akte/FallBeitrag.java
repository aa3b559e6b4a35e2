package de.hessen.aqb.akte;

import static de.hessen.aqb.akte.AktenLeser.eintragen;

import de.hessen.aqb.akte.domain.Beitrag;
import de.hessen.aqb.akte.domain.Eintrag;
import de.hessen.aqb.fall.Fallkopf;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The register: case opened, cancelled (with reason) or closed. */
@Component
@Order(0)
class FallBeitrag implements AktenBeitrag {

  private final AktenLeser leser;

  FallBeitrag(AktenLeser leser) {
    this.leser = leser;
  }

  @Override
  public Beitrag fuer(Fallkopf fall) {
    List<Eintrag> e = new ArrayList<>();
    for (var z : leser.zeilen("select * from aqb_foerderfall where nummer = ?", fall.nummer())) {
      eintragen(e, z.get("angelegt_am"), z.get("angelegt_von"), "Förderfall angelegt");
      eintragen(e, z.get("storniert_am"), null, "Förderfall storniert: " + z.get("storno_grund"));
      eintragen(e, z.get("abgeschlossen_am"), null, "Förderfall abgeschlossen");
    }
    return Beitrag.aus(List.of(), e);
  }
}

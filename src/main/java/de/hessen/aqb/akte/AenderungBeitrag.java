package de.hessen.aqb.akte;

import static de.hessen.aqb.akte.AktenLeser.bytes;
import static de.hessen.aqb.akte.AktenLeser.eintragen;

import de.hessen.aqb.akte.domain.Aktenstueck;
import de.hessen.aqb.akte.domain.Beitrag;
import de.hessen.aqb.akte.domain.Eintrag;
import de.hessen.aqb.fall.Fallkopf;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The Änderungsanträge: filed, drafted, released, issued (by whom, when). A letter booked as a Bescheid is already in
 * {@link BescheidBeitrag}; a letter not booked there (e.g. a refusal) is filed here.
 */
@Component
@Order(50)
class AenderungBeitrag implements AktenBeitrag {

  static final String ORDNER = "05-Aenderungen/";

  private final AktenLeser leser;

  AenderungBeitrag(AktenLeser leser) {
    this.leser = leser;
  }

  @Override
  public Beitrag fuer(Fallkopf fall) {
    Set<Object> gebucht = new HashSet<>();
    leser.zeilen("select aktenzeichen from aqb_bescheid where foerderfall_nummer = ?", fall.nummer())
        .forEach(z -> gebucht.add(z.get("aktenzeichen")));
    List<Aktenstueck> s = new ArrayList<>();
    List<Eintrag> e = new ArrayList<>();
    for (var a : leser.zeilen("select * from aqb_aenderung where foerderfall_nummer = ? order by nummer", fall.nummer())) {
      String titel = ("ANZEIGE".equals(a.get("art")) ? "Änderungsanzeige" : "Änderungsantrag") + " Nr. " + a.get("nummer");
      eintragen(e, a.get("gestellt_am"), a.get("gestellt_von"), titel + " gestellt – " + a.get("begruendung"));
      eintragen(e, a.get("entworfen_am"), a.get("verfasser"), titel + ": Entscheidung entworfen ("
          + AktenLeser.anzeige(a.get("entscheidung")) + ")");
      eintragen(e, a.get("freigabe_am"), a.get("freigabe_von"), titel + ": " + AntragBeitrag.freigabe(a.get("freigabe_entscheidung"))
          + (a.get("freigabe_bemerkung") == null ? "" : " – " + a.get("freigabe_bemerkung")));
      eintragen(e, a.get("erlassen_am"), a.get("freigabe_von") == null ? a.get("verfasser") : a.get("freigabe_von"),
          titel + " entschieden (" + AktenLeser.anzeige(a.get("status")) + ")"
          + (a.get("aktenzeichen") == null ? "" : ", Aktenzeichen " + a.get("aktenzeichen")));
      byte[] pdf = bytes(a.get("pdf"));
      if (pdf != null && !gebucht.contains(a.get("aktenzeichen"))) {
        s.add(new Aktenstueck(ORDNER + Aktenstueck.dateiname("Aenderung-" + a.get("nummer") + "-" + a.get("aktenzeichen")) + ".pdf",
            titel + ", Entscheidung des RP Kassel", pdf));
      }
    }
    return Beitrag.aus(s, e);
  }
}

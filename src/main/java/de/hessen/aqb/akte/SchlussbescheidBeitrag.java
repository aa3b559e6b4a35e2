package de.hessen.aqb.akte;

import static de.hessen.aqb.akte.AktenLeser.bytes;
import static de.hessen.aqb.akte.AktenLeser.cent;
import static de.hessen.aqb.akte.AktenLeser.eintragen;

import de.hessen.aqb.akte.domain.Aktenstueck;
import de.hessen.aqb.akte.domain.Beitrag;
import de.hessen.aqb.akte.domain.Eintrag;
import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.gemeinsam.Geld;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The Schlussbescheid (Rückforderungsbescheid) as issued, when the check of the Verwendungsnachweis led to one. */
@Component
@Order(80)
class SchlussbescheidBeitrag implements AktenBeitrag {

  static final String DATEI = "08-Schlussbescheid/Schlussbescheid.pdf";

  private final AktenLeser leser;

  SchlussbescheidBeitrag(AktenLeser leser) {
    this.leser = leser;
  }

  @Override
  public Beitrag fuer(Fallkopf fall) {
    List<Aktenstueck> s = new ArrayList<>();
    List<Eintrag> e = new ArrayList<>();
    for (var v : leser.zeilen("""
        select schlussbescheid_pdf, schlussbescheid_datum, rechnerisch_geprueft_von, rechnerisch_geprueft_am, rueckforderung_cent,
          zinsen_cent, rueckforderung_faellig from aqb_verwendungsnachweis
        where foerderfall_nummer = ? and schlussbescheid_pdf is not null order by fassung""", fall.nummer())) {
      s.add(new Aktenstueck(DATEI, "Schlussbescheid (Rückforderungsbescheid) vom " + AktenLeser.anzeige(v.get("schlussbescheid_datum")),
          bytes(v.get("schlussbescheid_pdf"))));
      eintragen(e, v.get("rechnerisch_geprueft_am"), null, "Schlussbescheid vom " + AktenLeser.anzeige(v.get("schlussbescheid_datum"))
          + " erzeugt: Rückforderung " + Geld.alsWaehrung(cent(v.get("rueckforderung_cent"))) + " zzgl. Zinsen "
          + Geld.alsWaehrung(cent(v.get("zinsen_cent"))) + ", fällig am " + AktenLeser.anzeige(v.get("rueckforderung_faellig")));
    }
    return Beitrag.aus(s.size() > 1 ? s.subList(s.size() - 1, s.size()) : s, e);
  }
}

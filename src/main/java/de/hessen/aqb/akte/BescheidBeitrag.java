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

/**
 * Every Bescheid booked for the case (aqb_bescheid, in booking order): the Zuwendungsbescheid and each Änderungsbescheid
 * or acknowledged Änderungsanzeige, as the PDF that was issued, with who drafted and who released it.
 */
@Component
@Order(30)
class BescheidBeitrag implements AktenBeitrag {

  static final String ORDNER = "03-Bescheide/";

  private final AktenLeser leser;

  BescheidBeitrag(AktenLeser leser) {
    this.leser = leser;
  }

  @Override
  public Beitrag fuer(Fallkopf fall) {
    List<Aktenstueck> s = new ArrayList<>();
    List<Eintrag> e = new ArrayList<>();
    int nr = 1;
    for (var b : leser.zeilen("""
        select aktenzeichen, art, bescheid_datum, summe_bewilligt_cent, verfasser, freigabe, erlassen_am, pdf
        from aqb_bescheid where foerderfall_nummer = ? order by lfd""", fall.nummer())) {
      String art = art(b.get("art"));
      String az = (String) b.get("aktenzeichen");
      s.add(new Aktenstueck(ORDNER + nr++ + "-" + Aktenstueck.dateiname(art + "-" + az) + ".pdf",
          art + ", Aktenzeichen " + az + ", vom " + AktenLeser.anzeige(b.get("bescheid_datum")), bytes(b.get("pdf"))));
      eintragen(e, b.get("erlassen_am"), b.get("freigabe"), art + " " + az + " erlassen (bewilligt "
          + Geld.alsWaehrung(cent(b.get("summe_bewilligt_cent"))) + "; verfasst von " + b.get("verfasser") + ", freigegeben von "
          + b.get("freigabe") + ")");
    }
    return Beitrag.aus(s, e);
  }

  static String art(Object art) {
    String a = art == null ? "" : art.toString();
    return switch (a) {
      case "VOLLBEWILLIGUNG" -> "Zuwendungsbescheid (Vollbewilligung)";
      case "TEILBEWILLIGUNG" -> "Zuwendungsbescheid (Teilbewilligung)";
      case "ABLEHNUNG" -> "Ablehnungsbescheid";
      case "AENDERUNGSBESCHEID" -> "Änderungsbescheid";
      case "AENDERUNGSANZEIGE" -> "Änderungsanzeige";
      default -> "Bescheid " + a;
    };
  }
}

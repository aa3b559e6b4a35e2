package de.hessen.aqb.akte;

import static de.hessen.aqb.akte.AktenLeser.eintragen;

import de.hessen.aqb.akte.domain.Beitrag;
import de.hessen.aqb.akte.domain.Eintrag;
import de.hessen.aqb.fall.Fallkopf;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The Antrag and its check: submitted by whom, the RP's Nachforderungen and the answers, the Bescheid drafted and the
 * second clerk's release decision (the letters themselves come from {@link BescheidBeitrag}).
 */
@Component
@Order(20)
class AntragBeitrag implements AktenBeitrag {

  private final AktenLeser leser;

  AntragBeitrag(AktenLeser leser) {
    this.leser = leser;
  }

  @Override
  public Beitrag fuer(Fallkopf fall) {
    List<Eintrag> e = new ArrayList<>();
    for (var z : leser.zeilen("select * from aqb_antrag where foerderfall_nummer = ?", fall.nummer())) {
      eintragen(e, z.get("eingereicht_am"), z.get("eingereicht_von"), "Antrag eingereicht");
    }
    for (var n : leser.zeilen("select * from aqb_antrag_nachforderung where foerderfall_nummer = ? order by runde", fall.nummer())) {
      eintragen(e, n.get("am"), n.get("von"), "Antrag: Nachforderung " + n.get("runde") + " (Frist " + AktenLeser.anzeige(n.get("frist")) + ") – "
          + n.get("text"));
      eintragen(e, n.get("beantwortet_am"), n.get("beantwortet_von"), "Antrag: Nachforderung " + n.get("runde") + " beantwortet");
    }
    for (var b : leser.zeilen("select * from aqb_bescheid_entwurf where foerderfall_nummer = ?", fall.nummer())) {
      eintragen(e, b.get("entworfen_am"), b.get("verfasser"), "Bescheid entworfen: " + BescheidBeitrag.art(b.get("art"))
          + ", Aktenzeichen " + b.get("aktenzeichen"));
      eintragen(e, b.get("freigabe_am"), b.get("freigabe_von"), "Bescheidentwurf " + b.get("aktenzeichen") + ": "
          + freigabe(b.get("freigabe_entscheidung")) + (b.get("freigabe_bemerkung") == null ? "" : " – " + b.get("freigabe_bemerkung")));
    }
    return Beitrag.aus(List.of(), e);
  }

  static String freigabe(Object entscheidung) {
    String e = entscheidung == null ? "" : entscheidung.toString();
    return switch (e.toLowerCase(java.util.Locale.ROOT)) {
      case "freigeben", "freigegeben", "freigabe" -> "freigegeben";
      case "zurueck", "zurueckgeben", "zurueckgegeben", "ueberarbeiten" -> "zur Überarbeitung zurückgegeben";
      default -> "Freigabeentscheidung " + e;
    };
  }
}

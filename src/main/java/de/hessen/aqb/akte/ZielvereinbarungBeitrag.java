package de.hessen.aqb.akte;

import static de.hessen.aqb.akte.AktenLeser.bytes;
import static de.hessen.aqb.akte.AktenLeser.eintragen;

import de.hessen.aqb.akte.domain.Aktenstueck;
import de.hessen.aqb.akte.domain.Beitrag;
import de.hessen.aqb.akte.domain.Eintrag;
import de.hessen.aqb.fall.Fallkopf;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The Zielvereinbarung: draft, review rounds, both signatures with their scans, the final version and its receipt. */
@Component
@Order(10)
class ZielvereinbarungBeitrag implements AktenBeitrag {

  static final String ORDNER = "01-Zielvereinbarung/";

  private final AktenLeser leser;

  ZielvereinbarungBeitrag(AktenLeser leser) {
    this.leser = leser;
  }

  @Override
  public Beitrag fuer(Fallkopf fall) {
    List<Aktenstueck> s = new ArrayList<>();
    List<Eintrag> e = new ArrayList<>();
    for (Map<String, Object> z : leser.zeilen("select * from aqb_zielvereinbarung where foerderfall_nummer = ?", fall.nummer())) {
      datei(s, "1-Entwurf.pdf", "Zielvereinbarung, Entwurf (zur Unterzeichnung)", z.get("entwurf_pdf"));
      datei(s, "2-Unterschrift-Ministerium-" + scanName(z.get("ministerium_scan_name")),
          "Zielvereinbarung, Scan der Unterschrift des Ministeriums", z.get("ministerium_scan"));
      datei(s, "3-Unterschrift-Gebietskoerperschaft-" + scanName(z.get("partner_scan_name")),
          "Zielvereinbarung, Scan der Unterschrift der Gebietskörperschaft", z.get("partner_scan"));
      datei(s, "4-Endfassung.pdf", "Zielvereinbarung, von beiden Seiten unterzeichnete Endfassung", z.get("endfassung_pdf"));
      eintragen(e, z.get("entwurf_am"), z.get("entwurf_von"), "Zielvereinbarung: Entwurf erstellt");
      eintragen(e, z.get("ministerium_am"), z.get("ministerium_von"), "Zielvereinbarung für das Ministerium unterzeichnet ("
          + AktenLeser.anzeige(z.get("ministerium_ort")) + ", " + AktenLeser.anzeige(z.get("ministerium_datum")) + ")");
      eintragen(e, z.get("partner_am"), z.get("partner_von"), "Zielvereinbarung für die Gebietskörperschaft unterzeichnet ("
          + AktenLeser.anzeige(z.get("partner_ort")) + ", " + AktenLeser.anzeige(z.get("partner_datum")) + ")");
      eintragen(e, z.get("eingang_am"), z.get("eingang_von"), "Zielvereinbarung: Eingang der unterzeichneten Fassung bestätigt");
    }
    for (var r : leser.zeilen("select * from aqb_zv_pruefrunde where foerderfall_nummer = ? order by runde", fall.nummer())) {
      eintragen(e, r.get("geprueft_am"), r.get("geprueft_von"), "Zielvereinbarung, Prüfrunde " + r.get("runde") + ": "
          + (Boolean.TRUE.equals(r.get("zugestimmt")) ? "Entwurf zugestimmt" : "Änderung erbeten – " + r.get("aenderungswunsch")));
    }
    return Beitrag.aus(s, e);
  }

  private static void datei(List<Aktenstueck> s, String name, String beschreibung, Object inhalt) {
    byte[] b = bytes(inhalt);
    if (b != null) {
      s.add(new Aktenstueck(ORDNER + name, beschreibung, b));
    }
  }

  private static String scanName(Object name) {
    String n = name == null ? "scan.pdf" : name.toString();
    int punkt = n.lastIndexOf('.');
    return punkt <= 0 ? Aktenstueck.dateiname(n) : Aktenstueck.dateiname(n.substring(0, punkt)) + "."
        + Aktenstueck.dateiname(n.substring(punkt + 1)).toLowerCase(java.util.Locale.ROOT);
  }
}

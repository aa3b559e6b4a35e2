package de.hessen.aqb.akte;

import static de.hessen.aqb.akte.AktenLeser.cent;
import static de.hessen.aqb.akte.AktenLeser.eintragen;

import de.hessen.aqb.akte.domain.Aktenstueck;
import de.hessen.aqb.akte.domain.Beitrag;
import de.hessen.aqb.akte.domain.Eintrag;
import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.gemeinsam.Geld;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Every Fassung of every Zwischennachweis (V12: Sachbericht, plan / actual / paid per measure, the year's Belege, as
 * text), its Nachforderungen and the RP's acceptance (who and when).
 */
@Component
@Order(65)
class ZwischennachweisBeitrag implements AktenBeitrag {

  static final String ORDNER = "06a-Zwischennachweise/";

  private final AktenLeser leser;

  ZwischennachweisBeitrag(AktenLeser leser) {
    this.leser = leser;
  }

  @Override
  public Beitrag fuer(Fallkopf fall) {
    List<Aktenstueck> s = new ArrayList<>();
    List<Eintrag> e = new ArrayList<>();
    String nr = fall.nummer();
    for (var z : leser.zeilen("select * from aqb_zwischennachweis where foerderfall_nummer = ? order by haushaltsjahr", nr)) {
      Object jahr = z.get("haushaltsjahr");
      eintragen(e, z.get("angefordert_am"), null, "Zwischennachweis " + jahr + " angefordert (Frist " + AktenLeser.anzeige(z.get("frist"))
          + ")");
      if ("ANGENOMMEN".equals(z.get("status"))) {
        eintragen(e, z.get("geprueft_am"), z.get("geprueft_von"), "Zwischennachweis " + jahr + " angenommen (Fassung " + z.get("fassung") + ")");
      }
    }
    for (var f : leser.zeilen("select * from aqb_zn_fassung where foerderfall_nummer = ? order by haushaltsjahr, fassung", nr)) {
      Object jahr = f.get("haushaltsjahr");
      Object fassung = f.get("fassung");
      eintragen(e, f.get("eingereicht_am"), f.get("eingereicht_von"), "Zwischennachweis " + jahr + " eingereicht (Fassung " + fassung
          + ", Ausgaben " + Geld.alsWaehrung(cent(f.get("summe_ausgaben_cent"))) + ")");
      StringBuilder t = new StringBuilder("Zwischennachweis " + jahr + ", Fassung " + fassung + "\nEingereicht am "
          + AktenLeser.anzeige(f.get("eingereicht_am")) + " von " + f.get("eingereicht_von") + "\n\nSachbericht:\n"
          + f.get("sachbericht") + "\n\nZahlenmäßiger Nachweis (Maßnahme: geplant / Ausgaben / ausgezahlt im Jahr)\n");
      for (var p : leser.zeilen("select * from aqb_zn_position where foerderfall_nummer = ? and haushaltsjahr = ? and fassung = ? "
          + "order by massnahme_id", nr, jahr, fassung)) {
        t.append("- ").append(p.get("massnahme_id")).append(' ').append(p.get("massnahme_name")).append(": ")
            .append(Geld.alsWaehrung(cent(p.get("geplant_cent")))).append(" / ").append(Geld.alsWaehrung(cent(p.get("ausgaben_cent"))))
            .append(" / ").append(Geld.alsWaehrung(cent(p.get("ausgezahlt_cent")))).append('\n');
      }
      t.append("\nBelege (").append(f.get("belegliste_datei")).append(")\n");
      for (var b : leser.zeilen("select * from aqb_zn_beleg where foerderfall_nummer = ? and haushaltsjahr = ? and fassung = ? "
          + "order by datum, zeile", nr, jahr, fassung)) {
        t.append("- Zeile ").append(b.get("zeile")).append(", ").append(AktenLeser.anzeige(b.get("datum"))).append(", ")
            .append(b.get("zahlungsempfaenger")).append(", ").append(b.get("verwendungszweck")).append(", ")
            .append(Geld.alsWaehrung(cent(b.get("betrag_cent")))).append(", ").append(b.get("massnahme_id")).append('\n');
      }
      s.add(new Aktenstueck(ORDNER + "Zwischennachweis-" + jahr + "-Fassung-" + fassung + ".txt",
          "Zwischennachweis " + jahr + ", Fassung " + fassung, t.toString().getBytes(StandardCharsets.UTF_8)));
    }
    for (var n : leser.zeilen("select * from aqb_zn_nachforderung where foerderfall_nummer = ? order by haushaltsjahr", nr)) {
      eintragen(e, n.get("am"), n.get("von"), "Zwischennachweis " + n.get("haushaltsjahr") + ": Nachforderung – " + n.get("text"));
    }
    return Beitrag.aus(s, e);
  }
}

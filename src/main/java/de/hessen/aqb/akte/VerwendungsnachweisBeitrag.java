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
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Each Fassung of the Verwendungsnachweis as filed (Sachbericht and zahlenmäßiger Nachweis per measure, as text), the
 * RP's Nachforderungen, and both checks (sachlich, rechnerisch: who and when).
 */
@Component
@Order(70)
class VerwendungsnachweisBeitrag implements AktenBeitrag {

  static final String ORDNER = "07-Verwendungsnachweis/";

  private final AktenLeser leser;

  VerwendungsnachweisBeitrag(AktenLeser leser) {
    this.leser = leser;
  }

  @Override
  public Beitrag fuer(Fallkopf fall) {
    List<Aktenstueck> s = new ArrayList<>();
    List<Eintrag> e = new ArrayList<>();
    List<Map<String, Object>> positionen = leser.zeilen(
        "select * from aqb_vn_position where foerderfall_nummer = ? order by fassung, massnahme_id", fall.nummer());
    for (var v : leser.zeilen("select * from aqb_verwendungsnachweis where foerderfall_nummer = ? order by fassung", fall.nummer())) {
      Object fassung = v.get("fassung");
      eintragen(e, v.get("eingereicht_am"), v.get("eingereicht_von"), "Verwendungsnachweis eingereicht (Fassung " + fassung
          + ", Ausgaben " + Geld.alsWaehrung(cent(v.get("summe_ausgaben_cent"))) + ")");
      eintragen(e, v.get("sachlich_geprueft_am"), v.get("sachlich_geprueft_von"), "Verwendungsnachweis (Fassung " + fassung
          + ") sachlich richtig");
      eintragen(e, v.get("rechnerisch_geprueft_am"), v.get("rechnerisch_geprueft_von"), "Verwendungsnachweis (Fassung " + fassung
          + ") rechnerisch richtig: anerkannt " + Geld.alsWaehrung(cent(v.get("anerkannt_cent"))) + ", Rückforderung "
          + Geld.alsWaehrung(cent(v.get("rueckforderung_cent"))) + ", Zinsen " + Geld.alsWaehrung(cent(v.get("zinsen_cent"))));
      String text = sachbericht(v, positionen.stream().filter(p -> fassung.equals(p.get("fassung"))).toList());
      s.add(new Aktenstueck(ORDNER + "Verwendungsnachweis-Fassung-" + fassung + ".txt",
          "Verwendungsnachweis, Fassung " + fassung + ": Sachbericht und zahlenmäßiger Nachweis",
          text.getBytes(StandardCharsets.UTF_8)));
    }
    for (var n : leser.zeilen("select * from aqb_vn_nachforderung where foerderfall_nummer = ? order by runde", fall.nummer())) {
      eintragen(e, n.get("am"), n.get("von"), "Verwendungsnachweis: Nachforderung " + n.get("runde") + " (Frist "
          + AktenLeser.anzeige(n.get("frist")) + ") – " + n.get("text"));
    }
    return Beitrag.aus(s, e);
  }

  private static String sachbericht(Map<String, Object> v, List<Map<String, Object>> positionen) {
    StringBuilder t = new StringBuilder();
    t.append("Verwendungsnachweis, Fassung ").append(v.get("fassung")).append('\n')
        .append("Eingereicht am ").append(AktenLeser.anzeige(v.get("eingereicht_am"))).append(" von ")
        .append(v.get("eingereicht_von")).append("\n\n");
    abschnitt(t, "Durchführung", v.get("sachbericht_durchfuehrung"));
    abschnitt(t, "Teilnehmende", v.get("sachbericht_teilnehmende"));
    abschnitt(t, "Ergebnisse", v.get("sachbericht_ergebnisse"));
    abschnitt(t, "Abweichungen", v.get("sachbericht_abweichungen"));
    t.append("Zahlenmäßiger Nachweis (Maßnahme: bewilligt / Ausgaben / Einnahmen / anerkannt)\n");
    for (var p : positionen) {
      t.append("- ").append(p.get("massnahme_id")).append(' ').append(p.get("massnahme_name")).append(": ")
          .append(Geld.alsWaehrung(cent(p.get("bewilligt_cent")))).append(" / ").append(Geld.alsWaehrung(cent(p.get("ausgaben_cent"))))
          .append(" / ").append(Geld.alsWaehrung(cent(p.get("einnahmen_cent")))).append(" / ")
          .append(p.get("anerkannt_cent") == null ? "–" : Geld.alsWaehrung(cent(p.get("anerkannt_cent"))))
          .append(p.get("kuerzungsgrund") == null ? "" : " (" + p.get("kuerzungsgrund") + ")").append('\n');
    }
    t.append("\nBelegliste: ").append(v.get("belegliste_datei")).append('\n');
    return t.toString();
  }

  private static void abschnitt(StringBuilder t, String titel, Object text) {
    t.append(titel).append('\n').append(text == null ? "" : text).append("\n\n");
  }
}

package de.hessen.aqb.akte;

import de.hessen.aqb.akte.domain.Aktenstueck;
import de.hessen.aqb.akte.domain.Eintrag;
import de.hessen.aqb.dokument.PdfRenderer;
import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.plattform.UhrKonfiguration;
import de.hessen.aqb.identity.Personen;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The cover of the case file (template {@code templates/dokumente/akte/deckblatt.html}): case head, table of contents,
 * decisions and completed tasks. Rendered reproducibly: its dates are the case's last change ({@code stand}), never the
 * time of the download.
 */
@Component
class AktenDeckblatt {

  static final String VORLAGE = "dokumente/akte/deckblatt";
  static final String DATEI = "00-Deckblatt.pdf";

  /** One line of a table, formatted: who as display name, and the user id below it when the name differs. */
  record Zeile(String zeit, String wer, String kennung, String was) {}

  private final PdfRenderer renderer;
  private final Personen personen;

  AktenDeckblatt(PdfRenderer renderer, Personen personen) {
    this.renderer = renderer;
    this.personen = personen;
  }

  byte[] erzeuge(Fallkopf fall, String status, LocalDateTime stand, List<Aktenstueck> inhalt, List<Eintrag> entscheidungen,
      List<Eintrag> aufgaben) {
    Map<String, Object> v = new HashMap<>();
    v.put("nummer", fall.nummer());
    v.put("gebietskoerperschaft", fall.gebietskoerperschaftName());
    v.put("jahr", fall.jahr());
    v.put("status", status);
    v.put("stand", stand.format(AktenLeser.ZEIT));
    v.put("inhalt", inhalt);
    v.put("entscheidungen", zeilen(entscheidungen));
    v.put("aufgaben", zeilen(aufgaben));
    return renderer.renderePdf(VORLAGE, v, stand.atZone(UhrKonfiguration.HESSEN).toInstant());
  }

  private List<Zeile> zeilen(List<Eintrag> eintraege) {
    return eintraege.stream().sorted(Eintrag.REIHENFOLGE).map(e -> {
      String name = e.wer() == null ? "AQB-Workflow" : personen.anzeigename(e.wer());
      return new Zeile(e.am().format(AktenLeser.ZEIT), name, e.wer() == null || name.equals(e.wer()) ? null : e.wer(), e.was());
    }).toList();
  }
}

package de.hessen.aqb.umsetzungsbesprechung;

import static de.hessen.aqb.gemeinsam.Datumsanzeige.TT_MM_JJJJ;

import de.hessen.aqb.dokument.PdfRenderer;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The minutes of an Umsetzungsbesprechung in the ministry's letter style (template
 * {@code templates/dokumente/umsetzungsbesprechung/protokoll.html}). Dates are formatted here; the template prints strings.
 */
@Component
public class ProtokollDokument {

  static final String VORLAGE = "dokumente/umsetzungsbesprechung/protokoll";

  /** Everything the minutes print. */
  public record Daten(String ministerium, String foerderfallNummer, String gebietskoerperschaft, int programmjahr, int jahr,
      LocalDate termin, String uhrzeit, String ort, String tagesordnung, List<Teilnehmer> teilnehmende, String protokoll,
      List<Punkt> vereinbarungen, String protokolliertVon, LocalDate datum) {}

  /** A participant: name, side, attended or not. */
  public record Teilnehmer(String name, String partei, boolean anwesend) {}

  /** An agreed follow-up as printed. */
  public record Punkt(int nr, String was, String zustaendig, String faelligAm) {}

  private final PdfRenderer pdfRenderer;

  public ProtokollDokument(PdfRenderer pdfRenderer) {
    this.pdfRenderer = pdfRenderer;
  }

  public byte[] erzeugePdf(Daten daten) {
    return pdfRenderer.renderePdf(VORLAGE, variablen(daten));
  }

  public String erzeugeHtml(Daten daten) {
    return pdfRenderer.rendereHtml(VORLAGE, variablen(daten));
  }

  static Map<String, Object> variablen(Daten d) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("daten", d);
    v.put("termin", d.termin().format(TT_MM_JJJJ));
    v.put("datum", d.datum().format(TT_MM_JJJJ));
    v.put("anwesend", d.teilnehmende().stream().filter(Teilnehmer::anwesend).toList());
    v.put("entschuldigt", d.teilnehmende().stream().filter(t -> !t.anwesend()).toList());
    v.put("absaetze", List.of(d.protokoll().split("\\R\\s*\\R")));
    v.put("tagesordnung", d.tagesordnung() == null || d.tagesordnung().isBlank() ? List.of()
        : d.tagesordnung().lines().map(String::strip).filter(z -> !z.isEmpty()).toList());
    return v;
  }
}

package de.hessen.aqb.nachweis;

import static de.hessen.aqb.gemeinsam.Datumsanzeige.TT_MM_JJJJ;
import de.hessen.aqb.antrag.BescheidDokument;
import de.hessen.aqb.dokument.PdfRenderer;
import de.hessen.aqb.gemeinsam.Geld;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The RP Kassel's Schlussbescheid with Rückforderung (template {@code templates/dokumente/nachweis/schlussbescheid.html}).
 * Numbers and dates are formatted here; the template only prints strings.
 */
@Component
public class SchlussbescheidDokument {

  static final String VORLAGE = "dokumente/nachweis/schlussbescheid";

  private final PdfRenderer pdfRenderer;

  public SchlussbescheidDokument(PdfRenderer pdfRenderer) {
    this.pdfRenderer = pdfRenderer;
  }

  public byte[] erzeugePdf(Schlussbescheid daten) {
    return pdfRenderer.renderePdf(VORLAGE, variablen(daten));
  }

  public String erzeugeHtml(Schlussbescheid daten) {
    return pdfRenderer.rendereHtml(VORLAGE, variablen(daten));
  }

  /** One row of the table of measures, formatted. */
  public record Zeile(int nr, String name, String bewilligt, String ausgaben, String anerkannt) {}

  /** One interest period, formatted ("01.01.2026 – 30.06.2026", "181", "1,27 %", "6,27 %", "123,45 €"). */
  public record Zinszeile(String zeitraum, long tage, String basiszinssatz, String zinssatz, String zinsen) {}

  /** One part of a payment used late (§ 49a Abs. 4), formatted. */
  public record Abs4Zeile(String ausgezahltAm, String betrag, String verwendetAm, String zeitraum, long tage, String zinsen) {}

  static Map<String, Object> variablen(Schlussbescheid d) {
    if (d.gesamtCent() <= 0) {
      throw new IllegalArgumentException("Ein Schlussbescheid ohne Forderung (Rückforderung oder Zinsen) ist nicht vorgesehen.");
    }
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("daten", d);
    v.put("datum", BescheidDokument.datum(d.datum()));
    v.put("bewilligungVon", BescheidDokument.datum(d.bewilligungVon()));
    v.put("bewilligungBis", BescheidDokument.datum(d.bewilligungBis()));
    v.put("faelligAm", BescheidDokument.datum(d.faelligAm()));
    v.put("zinsenVon", BescheidDokument.datum(d.zinsen().von()));
    v.put("zinsenBis", BescheidDokument.datum(d.zinsen().bis()));
    int[] nr = {1};
    v.put("zeilen", d.zeilen().stream().map(z -> new Zeile(nr[0]++, z.name(), Geld.alsWaehrung(z.bewilligtCent()),
        Geld.alsWaehrung(z.ausgabenCent()), Geld.alsWaehrung(z.anerkanntCent()))).toList());
    v.put("gruende", d.zeilen().stream().filter(z -> z.grund() != null && !z.grund().isBlank())
        .map(z -> "Maßnahme „" + z.name() + "“: " + z.grund()).toList());
    v.put("zinszeilen", d.zinsen().abschnitte().stream().map(a -> new Zinszeile(a.von().format(TT_MM_JJJJ) + " – " + a.bis().format(TT_MM_JJJJ),
        a.tage(), prozent(a.basiszinssatz()), prozent(a.zinssatz()), Geld.alsWaehrung(a.zinsenCent()))).toList());
    v.put("aufschlag", d.zinsen().abschnitte().stream().findFirst()
        .map(a -> a.zinssatz().subtract(a.basiszinssatz()).stripTrailingZeros().toPlainString().replace('.', ','))
        .orElse(""));
    v.put("summeBewilligt", Geld.alsWaehrung(d.bewilligtCent()));
    v.put("summeAusgaben", Geld.alsWaehrung(d.ausgabenCent()));
    v.put("summeAnerkannt", Geld.alsWaehrung(d.anerkanntCent()));
    v.put("ausgezahlt", Geld.alsWaehrung(d.ausgezahltCent()));
    v.put("rueckforderung", Geld.alsWaehrung(d.rueckforderungCent()));
    v.put("zinsen", Geld.alsWaehrung(d.zinsen().zinsenCent()));
    v.put("gesamt", Geld.alsWaehrung(d.gesamtCent()));
    v.put("mitRueckforderung", d.rueckforderungCent() > 0);
    v.put("zinsenAbs4", Geld.alsWaehrung(d.zinsenAbs4().zinsenCent()));
    v.put("mitZinsenAbs4", d.zinsenAbs4().zinsenCent() > 0);
    v.put("abs4zeilen", d.zinsenAbs4().verzinst().stream().map(p -> new Abs4Zeile(p.ausgezahltAm().format(TT_MM_JJJJ),
        Geld.alsWaehrung(p.betragCent()), p.verwendetAm() == null ? "nicht verwendet" : p.verwendetAm().format(TT_MM_JJJJ),
        p.zinsen().von().format(TT_MM_JJJJ) + " – " + p.zinsen().bis().format(TT_MM_JJJJ), p.zinsen().tage(),
        Geld.alsWaehrung(p.zinsenCent()))).toList());
    v.put("zinsWarnung", d.zinsWarnung());
    int nr4 = d.rueckforderungCent() > 0 ? 4 : 1;
    v.put("nrAbs4", nr4 + ".");
    v.put("nrGesamt", (d.zinsenAbs4().zinsenCent() > 0 ? nr4 + 1 : nr4) + ".");
    return v;
  }

  /** "1,27 %" (German decimal comma, two places). */
  static String prozent(BigDecimal wert) {
    return wert.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString().replace('.', ',') + " %";
  }

}

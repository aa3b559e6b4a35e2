package de.hessen.aqb.aenderungsantrag;

import de.hessen.aqb.aenderungsantrag.domain.Aenderung;
import de.hessen.aqb.aenderungsantrag.domain.Entscheidung;
import de.hessen.aqb.antrag.BescheidDokument;
import de.hessen.aqb.dokument.PdfRenderer;
import de.hessen.aqb.gemeinsam.Geld;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The RP Kassel's letter on an Änderungsantrag (template {@code dokumente/aenderungsbescheid/aenderungsbescheid.html}):
 * Änderungsbescheid, refusal, or confirmation of an Änderungsanzeige — referring to the original Bescheid, old → new per
 * measure and in total, the Bewilligungszeitraum, reasons and Rechtsbehelfsbelehrung. Everything formatted here.
 */
@Component
public class AenderungsbescheidDokument {

  static final String VORLAGE = "dokumente/aenderungsbescheid/aenderungsbescheid";

  /** What the letter says. */
  public record Brief(String aktenzeichen, LocalDate datum, Entscheidung.Art art, String empfaenger, int programmjahr,
      String bescheidAktenzeichen, LocalDate bescheidDatum, LocalDate antragDatum, Aenderung beantragt,
      Aenderung entschieden, LocalDate bewilligungVon, String begruendungAntrag, String begruendung, String verfasser,
      String freigabe) {}

  /** One row of the table; amounts formatted. */
  public record Zeile(int nr, String name, String traeger, String bisher, String beantragt, String neu, String hinweis) {}

  private final PdfRenderer renderer;

  AenderungsbescheidDokument(PdfRenderer renderer) {
    this.renderer = renderer;
  }

  public byte[] erzeugePdf(Brief brief) {
    return renderer.renderePdf(VORLAGE, variablen(brief));
  }

  static Map<String, Object> variablen(Brief b) {
    List<Zeile> zeilen = new ArrayList<>();
    int nr = 1;
    Map<String, Long> neu = b.entschieden().neueBetraege();
    for (Aenderung.Posten p : b.beantragt().posten()) {
      String hinweis = p.neu() ? "neue Maßnahme" : p.entfaellt() ? "entfällt" : p.traegerGeaendert() ? "Trägerwechsel" : "";
      zeilen.add(new Zeile(nr++, p.name(), p.traegerName() == null ? "" : p.traegerName(), Geld.alsWaehrung(p.bisherCent()),
          Geld.alsWaehrung(p.neuCent()), Geld.alsWaehrung(neu.getOrDefault(p.id(), p.bisherCent())), hinweis));
    }
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("b", b);
    v.put("ablehnung", b.art() == Entscheidung.Art.ABGELEHNT);
    v.put("anzeige", b.art() == Entscheidung.Art.ZUR_KENNTNIS);
    v.put("teilweise", b.art() == Entscheidung.Art.TEILWEISE);
    v.put("titel", switch (b.art()) {
      case ZUR_KENNTNIS -> "Bestätigung Ihrer Änderungsanzeige";
      case ABGELEHNT -> "Ablehnung Ihres Änderungsantrags";
      default -> "Änderungsbescheid";
    });
    v.put("datum", BescheidDokument.datum(b.datum()));
    v.put("bescheidDatum", BescheidDokument.datum(b.bescheidDatum()));
    v.put("antragDatum", BescheidDokument.datum(b.antragDatum()));
    v.put("bewilligungVon", BescheidDokument.datum(b.bewilligungVon()));
    v.put("bisherigesEnde", BescheidDokument.datum(b.beantragt().bisherigesEnde()));
    v.put("neuesEnde", BescheidDokument.datum(b.art() == Entscheidung.Art.ABGELEHNT ? b.beantragt().bisherigesEnde()
        : b.entschieden().endeNachher()));
    v.put("verlaengert", b.art() != Entscheidung.Art.ABGELEHNT && b.entschieden().verlaengert());
    v.put("beantragtesEnde", b.beantragt().verlaengert() ? BescheidDokument.datum(b.beantragt().neuesEnde()) : null);
    v.put("zeilen", zeilen);
    v.put("summeBisher", Geld.alsWaehrung(b.beantragt().summeBisherCent()));
    v.put("summeBeantragt", Geld.alsWaehrung(b.beantragt().summeNeuCent()));
    v.put("summeNeu", Geld.alsWaehrung(neu.values().stream().mapToLong(Long::longValue).sum()));
    return v;
  }
}

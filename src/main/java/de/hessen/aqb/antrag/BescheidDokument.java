package de.hessen.aqb.antrag;

import de.hessen.aqb.antrag.domain.BescheidDaten;
import de.hessen.aqb.antrag.domain.BescheidRegeln;
import de.hessen.aqb.dokument.PdfRenderer;
import de.hessen.aqb.antrag.domain.BescheidDaten.Bescheidart;
import de.hessen.aqb.antrag.domain.BescheidDaten.Position;
import de.hessen.aqb.gemeinsam.Geld;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * Generates the RP Kassel's Zuwendungsbescheid (full or partial grant) or Ablehnungsbescheid from
 * {@link BescheidDaten}. One template, {@code templates/dokumente/bescheid/zuwendungsbescheid.html},
 * with sections by {@link Bescheidart}.
 *
 * <p>All numbers and dates are formatted here (German currency, "13. August 2025"), so the template
 * only prints strings. Data that would make the Bescheid contradict itself is rejected by
 * {@link BescheidRegeln#pruefeDokument} (the one place of the Bescheid invariants) instead of being printed.
 */
@Component
public class BescheidDokument {

    static final String VORLAGE = "dokumente/bescheid/zuwendungsbescheid";

    /** Printed where a measure has no money in a Haushaltsjahr. */
    static final String KEIN_BETRAG = "–";

    private static final String[] MONATE = {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli",
        "August", "September", "Oktober", "November", "Dezember"};

    private final PdfRenderer pdfRenderer;

    public BescheidDokument(PdfRenderer pdfRenderer) {
        this.pdfRenderer = Objects.requireNonNull(pdfRenderer, "pdfRenderer");
    }

    /**
     * Renders the Bescheid as PDF (A4).
     *
     * @throws IllegalArgumentException if the data are inconsistent (see class comment)
     */
    public byte[] erzeugePdf(BescheidDaten daten) {
        return pdfRenderer.renderePdf(VORLAGE, variablen(daten));
    }

    /** The XHTML the PDF is made from (for previews and tests). */
    public String erzeugeHtml(BescheidDaten daten) {
        return pdfRenderer.rendereHtml(VORLAGE, variablen(daten));
    }

    /** Long German date, e.g. "13. August 2025"; empty for {@code null}. */
    public static String datum(LocalDate datum) {
        if (datum == null) {
            return "";
        }
        return datum.getDayOfMonth() + ". " + MONATE[datum.getMonthValue() - 1] + " " + datum.getYear();
    }

    /** First letter upper case ("der Landeshauptstadt …" → "Der Landeshauptstadt …"). */
    public static String amSatzanfang(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return text.substring(0, 1).toUpperCase(Locale.GERMAN) + text.substring(1);
    }

    /** One row of the table of measures; amounts already formatted. */
    public record Zeile(int nr, String name, String massnahmenart, String traeger, String beantragt,
            String bewilligt) {}

    /** One row of the table by Haushaltsjahr: one cell per year of {@code jahre}, then the row total. */
    public record JahresZeile(int nr, String name, List<String> betraege, String summe) {}

    static Map<String, Object> variablen(BescheidDaten daten) {
        BescheidRegeln.pruefeDokument(daten);
        Bescheidart art = daten.art();
        boolean ablehnung = art == Bescheidart.ABLEHNUNG;

        List<Zeile> zeilen = new ArrayList<>();
        int nr = 1;
        for (Position p : daten.positionen()) {
            zeilen.add(new Zeile(nr++, p.name(), p.massnahmenart(), p.traeger(),
                    Geld.alsWaehrung(p.beantragtCent()), Geld.alsWaehrung(p.bewilligtCent())));
        }

        List<Integer> jahre = new ArrayList<>(haushaltsjahre(daten));
        List<JahresZeile> jahresZeilen = new ArrayList<>();
        long[] jahresSummen = new long[jahre.size()];
        nr = 1;
        for (Position p : daten.positionen()) {
            int zeilenNr = nr++;
            if (p.bewilligtCent() == 0) {
                continue; // refused measure: nothing to split
            }
            List<String> betraege = new ArrayList<>();
            for (int i = 0; i < jahre.size(); i++) {
                Long cent = jahresBetraege(p).get(jahre.get(i));
                if (cent == null || cent == 0) {
                    betraege.add(KEIN_BETRAG);
                } else {
                    betraege.add(Geld.alsWaehrung(cent));
                    jahresSummen[i] += cent;
                }
            }
            jahresZeilen.add(new JahresZeile(zeilenNr, p.name(), betraege, Geld.alsWaehrung(p.bewilligtCent())));
        }
        List<String> jahresSummenText = new ArrayList<>();
        for (long summe : jahresSummen) {
            jahresSummenText.add(Geld.alsWaehrung(summe));
        }

        Map<String, Object> variablen = new LinkedHashMap<>();
        variablen.put("daten", daten);
        variablen.put("ablehnung", ablehnung);
        variablen.put("teilbewilligung", art == Bescheidart.TEILBEWILLIGUNG);
        variablen.put("titel", ablehnung ? "Ablehnungsbescheid" : "Zuwendungsbescheid");
        variablen.put("bescheidDatum", datum(daten.bescheidDatum()));
        variablen.put("antragDatum", datum(daten.antragDatum()));
        variablen.put("bewilligungVon", datum(daten.bewilligungVon()));
        variablen.put("bewilligungBis", datum(daten.bewilligungBis()));
        variablen.put("verwendungsnachweisFrist", datum(daten.verwendungsnachweisFrist()));
        variablen.put("empfaengerAmSatzanfang", amSatzanfang(daten.empfaengerDativ()));
        variablen.put("summeBeantragt", Geld.alsWaehrung(daten.summeBeantragtCent()));
        variablen.put("summeBewilligt", Geld.alsWaehrung(daten.summeBewilligtCent()));
        variablen.put("zeilen", zeilen);
        variablen.put("jahre", jahre);
        variablen.put("jahresZeilen", jahresZeilen);
        variablen.put("jahresSummen", jahresSummenText);
        variablen.put("begruendung", daten.begruendung() == null ? List.of()
                : daten.begruendung().stream().filter(b -> b != null && !b.isBlank()).toList());
        return variablen;
    }

    private static SortedSet<Integer> haushaltsjahre(BescheidDaten daten) {
        SortedSet<Integer> jahre = new TreeSet<>();
        for (Position p : daten.positionen()) {
            jahresBetraege(p).forEach((jahr, cent) -> {
                if (cent != null && cent != 0) {
                    jahre.add(jahr);
                }
            });
        }
        return jahre;
    }

    private static Map<Integer, Long> jahresBetraege(Position p) {
        return p.bewilligtJeHaushaltsjahrCent() == null ? Map.of() : p.bewilligtJeHaushaltsjahrCent();
    }
}

package de.hessen.aqb.zielvereinbarung;

import de.hessen.aqb.dokument.PdfRenderer;

import de.hessen.aqb.zielvereinbarung.domain.Massnahmenart;
import de.hessen.aqb.zielvereinbarung.domain.ZielvereinbarungDaten;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Generates the Zielvereinbarung PDF. Each year's wording is a template
 * {@code templates/dokumente/zielvereinbarung/<jahr>.html}; a year is available exactly when its
 * template file exists, so adding a year means adding a file.
 */
@Component
public class ZielvereinbarungDokument {

    public static final String VORLAGEN_PFAD = "dokumente/zielvereinbarung/";

    private static final Pattern JAHRES_VORLAGE = Pattern.compile("(\\d{4})\\.html");

    private final PdfRenderer pdfRenderer;

    public ZielvereinbarungDokument(PdfRenderer pdfRenderer) {
        this.pdfRenderer = Objects.requireNonNull(pdfRenderer, "pdfRenderer");
    }

    public boolean vorlageVorhanden(int jahr) {
        return PdfRenderer.vorlageVorhanden(vorlage(jahr));
    }

    /** All years with a template, ascending. */
    public Set<Integer> verfuegbareJahre() {
        Set<Integer> jahre = new TreeSet<>();
        try {
            Resource[] vorlagen = new PathMatchingResourcePatternResolver(getClass().getClassLoader())
                    .getResources("classpath*:" + PdfRenderer.VORLAGEN_ORDNER + VORLAGEN_PFAD + "*.html");
            for (Resource vorlage : vorlagen) {
                Matcher treffer = JAHRES_VORLAGE.matcher(Objects.toString(vorlage.getFilename(), ""));
                if (treffer.matches()) {
                    jahre.add(Integer.parseInt(treffer.group(1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Vorlagen der Zielvereinbarung nicht lesbar", e);
        }
        return Collections.unmodifiableSet(jahre);
    }

    /**
     * Renders the agreement as PDF.
     *
     * @throws IllegalArgumentException if there is no template for the year
     */
    public byte[] erzeugePdf(ZielvereinbarungDaten daten) {
        return pdfRenderer.renderePdf(pruefeVorlage(daten.jahr()), variablen(daten));
    }

    /** The XHTML the PDF is made from (for previews and tests). */
    public String erzeugeHtml(ZielvereinbarungDaten daten) {
        return pdfRenderer.rendereHtml(pruefeVorlage(daten.jahr()), variablen(daten));
    }

    private String pruefeVorlage(int jahr) {
        if (!vorlageVorhanden(jahr)) {
            throw new IllegalArgumentException(
                    "Für das Jahr " + jahr + " liegt keine Vorlage der Zielvereinbarung vor.");
        }
        return vorlage(jahr);
    }

    private static String vorlage(int jahr) {
        return VORLAGEN_PFAD + jahr;
    }

    private static Map<String, Object> variablen(ZielvereinbarungDaten daten) {
        Map<String, Object> variablen = new LinkedHashMap<>();
        variablen.put("daten", daten);
        variablen.put("partner", daten.partner());
        variablen.put("jahr", daten.jahr());
        variablen.put("betrag", daten.budgetImVertragstext());
        variablen.put("massnahmenarten", List.of(Massnahmenart.values()));
        return variablen;
    }
}

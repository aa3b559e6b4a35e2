package de.hessen.aqb.dokument;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.DateConverter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a Thymeleaf template (HTML mode, well-formed XHTML) to PDF with openhtmltopdf.
 *
 * <p>The font family {@value #SCHRIFT} (DejaVu Sans, shipped under {@code fonts/}) is embedded in
 * every PDF, so documents look the same in every container. Templates must use this family.
 *
 * <p>Every PDF is tagged (PDF/UA structure tree in reading order) and conforms to {@link #PDF_A} (ADR 18): the
 * language comes from the template's {@code <html lang="de-DE">}, the title from its {@code <title>}, alternative
 * texts from {@code alt}; the output intent is the sRGB profile that ships with the JDK.
 *
 * <p>Inside Spring the application's template engine is injected (templates under
 * {@code classpath:/templates/}); outside Spring use {@link #mitKlassenpfadVorlagen()}.
 * Template expressions are SpEL in both cases (plain Thymeleaf would need OGNL, which is not on the
 * classpath).
 */
@Component
public class PdfRenderer {

    /** Font family name to use in the templates' CSS. */
    public static final String SCHRIFT = "DejaVu Sans";

    /** Classpath folder the templates are resolved from. */
    public static final String VORLAGEN_ORDNER = "templates/";

    /** The PDF/A level of every document (ADR 18): archivable and accessible ("a") at once. */
    public static final PdfAConformance PDF_A = PdfAConformance.PDFA_2_A;

    /** The fonts, parsed once for every PDF of the application (both renderers share them). */
    static final Schriften SCHRIFTEN = new Schriften();

    private final ITemplateEngine templateEngine;

    public PdfRenderer(ITemplateEngine templateEngine) {
        this.templateEngine = Objects.requireNonNull(templateEngine, "templateEngine");
    }

    /** A renderer without Spring context, reading templates from {@code classpath:templates/}. */
    public static PdfRenderer mitKlassenpfadVorlagen() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(PdfRenderer.class.getClassLoader());
        resolver.setPrefix(VORLAGEN_ORDNER);
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setEnableSpringELCompiler(false);
        return new PdfRenderer(engine);
    }

    /** True if a template {@code templates/<name>.html} exists on the classpath. */
    public static boolean vorlageVorhanden(String vorlage) {
        return PdfRenderer.class.getClassLoader().getResource(VORLAGEN_ORDNER + vorlage + ".html") != null;
    }

    /** Processes the template to XHTML (exposed for tests and previews). */
    public String rendereHtml(String vorlage, Map<String, Object> variablen) {
        Context context = new Context(Locale.GERMANY);
        context.setVariables(variablen);
        return templateEngine.process(vorlage, context);
    }

    /** Renders the template with the given variables to PDF bytes. */
    public byte[] renderePdf(String vorlage, Map<String, Object> variablen) {
        return htmlZuPdf(rendereHtml(vorlage, variablen));
    }

    /** Converts well-formed XHTML to PDF bytes. */
    public byte[] htmlZuPdf(String xhtml) {
        Schriften.Paar schriften = SCHRIFTEN.leihe();
        try (PDDocument dokument = new PDDocument(); ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(dokument);
            builder.useFont(schriften.fuer(dokument, false), SCHRIFT, 400, FontStyle.NORMAL, true);
            builder.useFont(schriften.fuer(dokument, true), SCHRIFT, 700, FontStyle.NORMAL, true);
            builder.useUnicodeLineBreaker(new ZeilenumbruchOhneBindestrich(Locale.GERMAN));
            builder.usePdfUaAccessibility(true);
            builder.usePdfAConformance(PDF_A);
            builder.useColorProfile(SRGB);
            builder.withProducer("AQB-Workflow (openhtmltopdf)");
            builder.withHtmlContent(xhtml, null);
            builder.toStream(pdf);
            builder.run();
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF konnte nicht erzeugt werden", e);
        } finally {
            SCHRIFTEN.gibZurueck(schriften);
        }
    }

    /**
     * Renders the template to a reproducible PDF: the same variables and {@code stand} give the same bytes. The creation
     * and modification dates in the document information are {@code stand} (not the time of rendering), and the file
     * identifier (trailer /ID) is derived from them instead of the clock; the XMP metadata carries the same dates, as
     * PDF/A requires. For documents that must be identical when
     * produced twice, e.g. the cover of the case file (ADR 14).
     */
    public byte[] renderePdf(String vorlage, Map<String, Object> variablen, Instant stand) {
        return reproduzierbar(renderePdf(vorlage, variablen), stand);
    }

    /** The PDF with its dates set to {@code stand} and a file identifier that does not depend on the clock. */
    public static byte[] reproduzierbar(byte[] pdf, Instant stand) {
        try (PDDocument dokument = Loader.loadPDF(pdf); ByteArrayOutputStream aus = new ByteArrayOutputStream()) {
            Calendar datum = GregorianCalendar.from(stand.atZone(ZoneOffset.UTC));
            PDDocumentInformation info = dokument.getDocumentInformation();
            info.setCreationDate(datum);
            info.setModificationDate(datum);
            xmpDatumSetzen(dokument, datum);
            dokument.getDocument().getTrailer().removeItem(COSName.ID);
            dokument.setDocumentId(stand.toEpochMilli());
            dokument.save(aus);
            return aus.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF konnte nicht erzeugt werden", e);
        }
    }

    /** Sets xmp:CreateDate and xmp:ModifyDate in the XMP packet (text, so openhtmltopdf's PDF/UA schema stays as is). */
    private static void xmpDatumSetzen(PDDocument dokument, Calendar datum) throws IOException {
        PDMetadata metadaten = dokument.getDocumentCatalog().getMetadata();
        if (metadaten == null) {
            return;
        }
        String xmp;
        try (InputStream ein = metadaten.exportXMPMetadata()) {
            xmp = new String(ein.readAllBytes(), StandardCharsets.UTF_8);
        }
        String iso = DateConverter.toISO8601(datum);
        String neu = XMP_AENDERUNG.matcher(xmp).replaceAll("");
        neu = XMP_ERSTELLUNG.matcher(neu).replaceFirst(Matcher.quoteReplacement(
                "<xmp:CreateDate>" + iso + "</xmp:CreateDate><xmp:ModifyDate>" + iso + "</xmp:ModifyDate>"));
        if (neu.equals(xmp) || !neu.contains(iso)) {
            throw new IOException("XMP-Metadaten ohne xmp:CreateDate");
        }
        metadaten.importXMPMetadata(neu.getBytes(StandardCharsets.UTF_8));
    }

    private static final Pattern XMP_ERSTELLUNG = Pattern.compile("<xmp:CreateDate>[^<]*</xmp:CreateDate>");
    private static final Pattern XMP_AENDERUNG = Pattern.compile("<xmp:ModifyDate>[^<]*</xmp:ModifyDate>");

    /** The sRGB profile of the JDK (OpenJDK, GPLv2 with Classpath Exception), the output intent of every PDF. */
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
}

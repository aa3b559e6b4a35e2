package de.hessen.aqb.dokument;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.xml.DomXmpParser;

/**
 * Test helper: reads a generated PDF with PDFBox and checks what makes it accessible and archivable (ADR 18) — a
 * structure tree with marked content, {@code /Lang de-DE}, a title shown instead of the file name, alternative text on
 * every figure, every font embedded, an sRGB output intent and the PDF/A identification ({@link PdfRenderer#PDF_A}) in
 * the XMP metadata with the same dates as the document information. veraPDF, the reference validator, does not resolve
 * from the registry here; these are the checks a reader and an archive depend on most.
 */
public final class ArchivPdf {

  private ArchivPdf() {
  }

  /** A short description of a checked PDF, for the test log and the closing note. */
  public record Befund(int seiten, String titel, String sprache, String pdfA, int strukturelemente,
      Map<String, Integer> elementarten, TreeSet<String> schriften) {

    @Override
    public String toString() {
      return seiten + " Seite(n), Titel „" + titel + "“, /Lang " + sprache + ", PDF/A-" + pdfA + ", " + strukturelemente
          + " Strukturelemente " + elementarten + ", Schriften " + schriften + " (eingebettet)";
    }
  }

  /** Asserts every property and returns the description; the title must contain {@code imTitel}. */
  public static Befund pruefe(byte[] pdf, String imTitel) {
    try (PDDocument dokument = Loader.loadPDF(pdf)) {
      PDDocumentCatalog katalog = dokument.getDocumentCatalog();
      // tagged: marked content and a structure tree that holds the page content
      assertThat(katalog.getMarkInfo()).as("MarkInfo").isNotNull();
      assertThat(katalog.getMarkInfo().isMarked()).as("MarkInfo /Marked").isTrue();
      assertThat(katalog.getStructureTreeRoot()).as("StructTreeRoot").isNotNull();
      Map<String, Integer> arten = new TreeMap<>();
      List<PDStructureElement> figuren = new ArrayList<>();
      int elemente = zaehle(katalog.getStructureTreeRoot(), arten, figuren);
      assertThat(elemente).as("Strukturelemente").isGreaterThan(5);
      assertThat(arten).as("Strukturelemente mit Text").containsKey("P");
      for (PDStructureElement figur : figuren) {
        assertThat(figur.getAlternateDescription()).as("Alternativtext einer Abbildung").isNotBlank();
      }
      assertThat(katalog.getLanguage()).as("/Lang").isEqualTo("de-DE");

      String titel = dokument.getDocumentInformation().getTitle();
      assertThat(titel).as("Titel").isNotBlank().contains(imTitel);
      assertThat(katalog.getViewerPreferences()).as("ViewerPreferences").isNotNull();
      assertThat(katalog.getViewerPreferences().displayDocTitle()).as("DisplayDocTitle").isTrue();

      TreeSet<String> schriften = new TreeSet<>();
      for (PDPage seite : dokument.getPages()) {
        PDResources ressourcen = seite.getResources();
        for (COSName name : ressourcen.getFontNames()) {
          PDFont schrift = ressourcen.getFont(name);
          assertThat(schrift.isEmbedded()).as("eingebettet: " + schrift.getName()).isTrue();
          schriften.add(schrift.getName().replaceFirst("^[A-Z]{6}\\+", ""));
        }
      }
      assertThat(schriften).as("Schriften").isNotEmpty();

      List<PDOutputIntent> intents = katalog.getOutputIntents();
      assertThat(intents).as("OutputIntents").singleElement().satisfies(intent -> {
        assertThat(intent.getCOSObject().getNameAsString(COSName.S)).isEqualTo("GTS_PDFA1");
        assertThat(intent.getDestOutputIntent()).as("ICC-Profil").isNotNull();
        assertThat(intent.getOutputConditionIdentifier()).contains("sRGB");
      });

      assertThat(katalog.getMetadata()).as("XMP-Metadaten").isNotNull();
      XMPMetadata xmp;
      try (InputStream ein = katalog.getMetadata().exportXMPMetadata()) {
        DomXmpParser parser = new DomXmpParser();
        parser.setStrictParsing(false); // openhtmltopdf's pdfuaid schema is unknown to xmpbox
        xmp = parser.parse(ein.readAllBytes());
      }
      PDFAIdentificationSchema pdfa = xmp.getPDFAIdentificationSchema();
      assertThat(pdfa).as("PDF/A-Identifikation in XMP").isNotNull();
      assertThat(pdfa.getPart()).as("pdfaid:part").isEqualTo(PdfRenderer.PDF_A.getPart());
      assertThat(pdfa.getConformance()).as("pdfaid:conformance").isEqualTo(PdfRenderer.PDF_A.getConformanceValue());
      assertThat(xmp.getDublinCoreSchema().getTitle()).as("dc:title").isEqualTo(titel);
      assertThat(xmp.getXMPBasicSchema().getCreateDate().toInstant()).as("xmp:CreateDate wie /CreationDate")
          .isEqualTo(dokument.getDocumentInformation().getCreationDate().toInstant());
      if (dokument.getDocumentInformation().getModificationDate() != null) {
        assertThat(xmp.getXMPBasicSchema().getModifyDate()).as("xmp:ModifyDate").isNotNull();
        assertThat(xmp.getXMPBasicSchema().getModifyDate().toInstant()).as("xmp:ModifyDate wie /ModDate")
            .isEqualTo(dokument.getDocumentInformation().getModificationDate().toInstant());
      }
      return new Befund(dokument.getNumberOfPages(), titel, katalog.getLanguage(), pdfa.getPart() + pdfa.getConformance(),
          elemente, arten, schriften);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (org.apache.xmpbox.xml.XmpParsingException | org.apache.xmpbox.type.BadFieldValueException e) {
      throw new AssertionError("XMP-Metadaten nicht lesbar", e);
    }
  }

  private static int zaehle(PDStructureNode knoten, Map<String, Integer> arten, List<PDStructureElement> figuren) {
    int anzahl = 0;
    for (Object kind : knoten.getKids()) {
      if (kind instanceof PDStructureElement element) {
        anzahl++;
        arten.merge(element.getStructureType(), 1, Integer::sum);
        if ("Figure".equals(element.getStructureType())) {
          figuren.add(element);
        }
        anzahl += zaehle(element, arten, figuren);
      }
    }
    return anzahl;
  }
}

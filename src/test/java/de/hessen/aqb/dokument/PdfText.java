package de.hessen.aqb.dokument;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;

/** Test helper: text extraction from generated PDFs with PDFBox 3. */
public final class PdfText {

    private PdfText() {
    }

    public static String text(byte[] pdf) {
        try (PDDocument dokument = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(dokument);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int seiten(byte[] pdf) {
        try (PDDocument dokument = Loader.loadPDF(pdf)) {
            return dokument.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Text of the left and right half of the last page above the footer: the two signature
     * blocks, which are laid out side by side.
     */
    public static String[] linkeUndRechteHaelfteLetzteSeite(byte[] pdf) {
        try (PDDocument dokument = Loader.loadPDF(pdf)) {
            PDPage seite = dokument.getPage(dokument.getNumberOfPages() - 1);
            float breite = seite.getMediaBox().getWidth();
            float hoehe = seite.getMediaBox().getHeight();
            float ohneFusszeile = hoehe - 2.2f / 2.54f * 72f;
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            stripper.setSortByPosition(true);
            stripper.addRegion("links", new Rectangle2D.Float(0, 0, breite / 2, ohneFusszeile));
            stripper.addRegion("rechts", new Rectangle2D.Float(breite / 2, 0, breite / 2, ohneFusszeile));
            stripper.extractRegions(seite);
            return new String[] {stripper.getTextForRegion("links"), stripper.getTextForRegion("rechts")};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path ablegen(byte[] pdf, String dateiname) {
        try {
            Path ordner = Path.of("target", "dokumente");
            Files.createDirectories(ordner);
            return Files.write(ordner.resolve(dateiname), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

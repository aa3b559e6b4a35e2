package de.hessen.aqb.antrag;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Test helper for the Bescheid: page images, glyph positions, fonts. */
final class BescheidPdfPruefung {

    private static final float PUNKTE_JE_CM = 72f / 2.54f;

    private BescheidPdfPruefung() {
    }

    /** Writes every page as {@code target/dokumente/<name>-seite<n>.png} (100 dpi). */
    static List<Path> seitenAlsPng(byte[] pdf, String name) {
        try (PDDocument dokument = Loader.loadPDF(pdf)) {
            Path ordner = Files.createDirectories(Path.of("target", "dokumente"));
            PDFRenderer renderer = new PDFRenderer(dokument);
            List<Path> dateien = new ArrayList<>();
            for (int i = 0; i < dokument.getNumberOfPages(); i++) {
                BufferedImage bild = renderer.renderImageWithDPI(i, 100, ImageType.RGB);
                Path datei = ordner.resolve(name + "-seite" + (i + 1) + ".png");
                ImageIO.write(bild, "png", datei.toFile());
                dateien.add(datei);
            }
            return dateien;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts that no glyph lies outside the left/right page margins (nothing overflows a table). */
    static void assertTextInnerhalbDerRaender(byte[] pdf, float linkerRandCm, float rechterRandCm) {
        try (PDDocument dokument = Loader.loadPDF(pdf)) {
            List<String> ausserhalb = new ArrayList<>();
            for (int i = 0; i < dokument.getNumberOfPages(); i++) {
                PDPage seite = dokument.getPage(i);
                float links = linkerRandCm * PUNKTE_JE_CM - 1f;
                float rechts = seite.getMediaBox().getWidth() - rechterRandCm * PUNKTE_JE_CM + 1f;
                int nummer = i + 1;
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positionen) throws IOException {
                        for (TextPosition p : positionen) {
                            if (p.getXDirAdj() < links || p.getXDirAdj() + p.getWidthDirAdj() > rechts) {
                                ausserhalb.add("Seite " + nummer + ": »" + text + "«");
                                return;
                            }
                        }
                        super.writeString(text, positionen);
                    }
                };
                stripper.setStartPage(nummer);
                stripper.setEndPage(nummer);
                stripper.getText(dokument);
            }
            assertThat(ausserhalb).as("Text außerhalb der Seitenränder").isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Asserts that no two glyphs on the same baseline overlap: text that runs out of its table cell
     * collides with the neighbouring cell.
     */
    static void assertKeineUeberlappendenZeichen(byte[] pdf) {
        try (PDDocument dokument = Loader.loadPDF(pdf)) {
            List<String> kollisionen = new ArrayList<>();
            for (int i = 0; i < dokument.getNumberOfPages(); i++) {
                List<TextPosition> zeichen = new ArrayList<>();
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void processTextPosition(TextPosition text) {
                        zeichen.add(text);
                    }
                };
                stripper.setStartPage(i + 1);
                stripper.setEndPage(i + 1);
                stripper.getText(dokument);
                java.util.Map<Integer, List<TextPosition>> zeilen = new java.util.TreeMap<>();
                for (TextPosition z : zeichen) {
                    if (!z.getUnicode().isBlank()) {
                        zeilen.computeIfAbsent(Math.round(z.getYDirAdj() * 2), y -> new ArrayList<>()).add(z);
                    }
                }
                for (List<TextPosition> zeile : zeilen.values()) {
                    zeile.sort(java.util.Comparator.comparingDouble(TextPosition::getXDirAdj));
                    for (int k = 1; k < zeile.size(); k++) {
                        TextPosition davor = zeile.get(k - 1);
                        TextPosition jetzt = zeile.get(k);
                        if (jetzt.getXDirAdj() < davor.getXDirAdj() + davor.getWidthDirAdj() - 0.6f) {
                            kollisionen.add("Seite " + (i + 1) + ": »" + davor.getUnicode() + jetzt.getUnicode()
                                    + "« bei x=" + Math.round(jetzt.getXDirAdj()));
                        }
                    }
                }
            }
            assertThat(kollisionen).as("überlappende Zeichen").isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Names of all fonts used, without subset prefix; fails if one is not embedded. */
    static Set<String> schriften(byte[] pdf) {
        Set<String> schriften = new TreeSet<>();
        try (PDDocument dokument = Loader.loadPDF(pdf)) {
            for (PDPage seite : dokument.getPages()) {
                PDResources ressourcen = seite.getResources();
                for (COSName name : ressourcen.getFontNames()) {
                    PDFont schrift = ressourcen.getFont(name);
                    assertThat(schrift.isEmbedded()).as(schrift.getName()).isTrue();
                    schriften.add(schrift.getName().replaceFirst("^[A-Z]{6}\\+", ""));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return schriften;
    }
}

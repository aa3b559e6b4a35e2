package de.hessen.aqb.altvereinbarung;

import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text layer of a PDF (PDFBox, which openhtmltopdf already brings); a scan without one is refused in German. */
final class PdfText {

  private PdfText() {}

  static String aus(byte[] pdf) {
    try (PDDocument dokument = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(dokument);
      if (text.strip().length() < 200) {
        throw new UngueltigeEingabe("Die PDF-Datei enthält keine Textebene (nur ein Bild). Bitte zuerst eine Texterkennung "
            + "(OCR) durchführen oder den erkannten Text hochladen. Es wurde nichts gespeichert.");
      }
      return text;
    } catch (IOException e) {
      throw new UngueltigeEingabe("Die Datei ist kein lesbares PDF. Es wurde nichts gespeichert.");
    }
  }
}

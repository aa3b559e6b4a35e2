package de.hessen.aqb.eingabe;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The kinds of file a form may upload, recognised by their first bytes ("magic bytes"), never by the file name or the
 * browser's MIME type alone: an HTML page renamed to {@code scan.pdf} is not a PDF.
 */
public enum Dateityp {
  PDF("PDF"), PNG("PNG-Bild"), JPEG("JPEG-Bild"), XLSX("Excel-Datei (XLSX)"),
  /** Plain text in UTF-8 or a single-byte code page (CSV, OCR text): no NUL bytes, no UTF-16, no HTML or XML. */
  TEXT("Textdatei (CSV oder TXT, UTF-8)");

  private final String bezeichnung;

  Dateityp(String bezeichnung) {
    this.bezeichnung = bezeichnung;
  }

  public String bezeichnung() {
    return bezeichnung;
  }

  /** Whether the file's first bytes (up to a few KB) are of this kind. */
  public boolean erkennt(byte[] anfang) {
    return switch (this) {
      case PDF -> beginntMit(anfang, "%PDF-".getBytes(StandardCharsets.US_ASCII));
      case PNG -> beginntMit(anfang, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
      case JPEG -> beginntMit(anfang, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff});
      // a ZIP (XLSX), or an OLE2 container: a password-protected XLSX or an old XLS, which the reader names precisely
      case XLSX -> beginntMit(anfang, new byte[] {'P', 'K', 3, 4})
          || beginntMit(anfang, new byte[] {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1});
      case TEXT -> istText(anfang);
    };
  }

  private static boolean istText(byte[] anfang) {
    if (anfang.length >= 2 && ((anfang[0] == (byte) 0xff && anfang[1] == (byte) 0xfe) || (anfang[0] == (byte) 0xfe && anfang[1] == (byte) 0xff))) {
      return false; // UTF-16: our readers expect UTF-8 or Windows-1252
    }
    int i = anfang.length >= 3 && anfang[0] == (byte) 0xef && anfang[1] == (byte) 0xbb && anfang[2] == (byte) 0xbf ? 3 : 0;
    for (int j = i; j < anfang.length; j++) {
      byte b = anfang[j];
      if (b == 0 || (b >= 1 && b < 32 && b != '\t' && b != '\n' && b != '\r' && b != '\f')) {
        return false; // binary
      }
    }
    String text = new String(anfang, i, anfang.length - i, StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(Locale.ROOT);
    return !(text.startsWith("<") || text.contains("<script") || text.contains("<html") || text.contains("<svg"));
  }

  private static boolean beginntMit(byte[] inhalt, byte[] kennung) {
    if (inhalt.length < kennung.length) {
      return false;
    }
    for (int i = 0; i < kennung.length; i++) {
      if (inhalt[i] != kennung[i]) {
        return false;
      }
    }
    return true;
  }

  /** MIME types a browser must never be told a stored upload has (it would render or run it). */
  public static boolean gefaehrlicherMimeTyp(String mimeTyp) {
    if (mimeTyp == null) {
      return false;
    }
    String m = mimeTyp.toLowerCase(Locale.ROOT).strip();
    return m.contains("html") || m.contains("javascript") || m.contains("ecmascript") || m.contains("svg")
        || m.startsWith("text/xml") || m.startsWith("application/xml") || m.contains("+xml");
  }
}

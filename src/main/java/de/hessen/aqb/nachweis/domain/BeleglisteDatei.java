package de.hessen.aqb.nachweis.domain;

import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * An uploaded Belegliste as rows of text cells, whatever Excel wrote: the format is recognised by the content, never by
 * the file name — an XLSX is a ZIP ("PK"), an encrypted XLSX (and the old .xls) is an OLE2 compound file; anything else
 * must be text: CSV in UTF-8 (with or without BOM), UTF-16 with BOM (Excel's "Unicode-Text") or Windows-1252 (Excel's
 * plain "CSV"). Empty, binary, encrypted and oversized files are refused with a German message.
 */
public final class BeleglisteDatei {

  /** The formats read. */
  public enum Format {
    CSV("text/csv"), XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String mimeType;

    Format(String mimeType) {
      this.mimeType = mimeType;
    }

    public String mimeType() {
      return mimeType;
    }
  }

  /** One row as the spreadsheet shows it: its number (header = 1) and its cells as text (null: a cell refused as such). */
  public record Zeile(int nr, List<String> zellen) {

    public String zelle(int i) {
      return i < zellen.size() && zellen.get(i) != null ? zellen.get(i).strip() : "";
    }

    /** True when the cell itself was refused (a formula or an error value), already reported with its row. */
    public boolean verworfen(int i) {
      return i < zellen.size() && zellen.get(i) == null;
    }

    public boolean leer() {
      return zellen.stream().allMatch(z -> z == null || z.isBlank());
    }
  }

  /** A problem of one row. */
  record Meldung(int zeile, String text) {}

  /** What a file holds: its rows, and problems of single cells (formulas, error values) with their row. */
  record Inhalt(Format format, List<Zeile> zeilen, List<Meldung> zellfehler) {}

  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private BeleglisteDatei() {}

  /** The format the content shows (XLSX for a ZIP, else CSV); the entry point reads it the same way. */
  public static Format format(byte[] datei) {
    return beginntMit(datei, ZIP) ? Format.XLSX : Format.CSV;
  }

  static Inhalt lies(byte[] datei, Grenzen grenzen) {
    if (datei == null || datei.length == 0) {
      throw new UngueltigeEingabe(BeleglisteLeser.LEER);
    }
    if (datei.length > grenzen.hoechstBytes()) {
      throw new UngueltigeEingabe("Die Belegliste ist zu groß (" + mb(datei.length) + "); höchstens " + mb(grenzen.hoechstBytes())
          + " sind erlaubt. Bitte nur die Belegliste hochladen, ohne Bilder oder weitere Tabellenblätter.");
    }
    if (beginntMit(datei, OLE2)) {
      throw new UngueltigeEingabe("Die Belegliste ist eine kennwortgeschützte (verschlüsselte) Excel-Datei oder eine Datei im "
          + "alten Format Excel 97–2003 (.xls). Bitte ohne Kennwort als „Excel-Arbeitsmappe (*.xlsx)“ oder als „CSV UTF-8“ speichern.");
    }
    if (beginntMit(datei, ZIP)) {
      return BeleglisteXlsx.lies(datei, grenzen);
    }
    return new Inhalt(Format.CSV, BeleglisteCsv.zeilen(text(datei), grenzen), List.of());
  }

  /**
   * The text of a CSV upload: UTF-16 with BOM, UTF-8 (a BOM is dropped), else Windows-1252. Control characters (NUL and
   * the like, as in PDFs, images or UTF-16 without BOM) mean it is no text file.
   */
  static String text(byte[] datei) {
    String text;
    if (beginntMit(datei, new byte[] {(byte) 0xFF, (byte) 0xFE})) {
      text = new String(datei, 2, datei.length - 2, StandardCharsets.UTF_16LE);
    } else if (beginntMit(datei, new byte[] {(byte) 0xFE, (byte) 0xFF})) {
      text = new String(datei, 2, datei.length - 2, StandardCharsets.UTF_16BE);
    } else {
      try {
        text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(datei)).toString();
      } catch (CharacterCodingException e) {
        text = new String(datei, WINDOWS_1252);
      }
    }
    text = text.startsWith("\uFEFF") ? text.substring(1) : text;
    if (text.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F)) {
      throw new UngueltigeEingabe("Die Belegliste ist weder eine CSV-Datei noch eine Excel-Arbeitsmappe (.xlsx). Bitte die Vorlage "
          + "verwenden und als „CSV UTF-8 (durch Trennzeichen getrennt)“ oder als „Excel-Arbeitsmappe“ speichern.");
    }
    return text;
  }

  private static boolean beginntMit(byte[] datei, byte[] anfang) {
    return datei != null && datei.length >= anfang.length && Arrays.equals(datei, 0, anfang.length, anfang, 0, anfang.length);
  }

  static String mb(long bytes) {
    return String.format(Locale.GERMANY, "%.1f MB", bytes / (1024.0 * 1024.0));
  }
}

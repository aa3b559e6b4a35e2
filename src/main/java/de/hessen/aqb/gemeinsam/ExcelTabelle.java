package de.hessen.aqb.gemeinsam;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The rows of an uploaded Excel workbook (.xlsx) as text, for every upload that takes a table (the Belegliste, the
 * programme year's allocation); read with fastexcel-reader, streaming. Each cell as text: numbers exactly as stored (no
 * binary floating point, German decimal comma), cells formatted as dates as ISO dates, booleans WAHR/FALSCH. Formula and
 * error cells are reported per cell and not read: a formula's cached result cannot be checked, and a formula must never
 * travel on to someone else's Excel. Before the reader sees the file, its unpacked size is measured, so a ZIP bomb is
 * refused instead of filling the memory; an encrypted, binary or broken file is refused in German.
 */
public final class ExcelTabelle {

  /** Unpacked, an XLSX is some ten times its size; a Belegliste of 20.000 rows unpacks to about 6 MB. */
  public static final long HOECHSTENS_ENTPACKT = 100L * 1024 * 1024;

  /**
   * How the file is named in the refusals.
   *
   * @param datei the file as subject of a sentence ("Die Belegliste")
   * @param darin where a cell is ("in der Belegliste")
   * @param hinweis what the user should do or know, closing each refusal of the whole file
   */
  public record Benennung(String datei, String darin, String hinweis) {}

  /** One row with its number as Excel shows it (from 1). */
  public record Zeile(int nummer, List<String> zellen) {}

  /** A cell that could not be read (a formula, an error value), with its row number. */
  public record Zellfehler(int zeile, String meldung) {}

  /** The rows read, and the cells that could not be read (their text is {@code null} in the row). */
  public record Inhalt(List<Zeile> zeilen, List<Zellfehler> zellfehler) {}

  private ExcelTabelle() {}

  /**
   * Reads the first worksheet.
   *
   * @param nurEinBlatt refuse a workbook with more than one worksheet (else the others are ignored)
   * @param hoechstZeilen the most rows read (header included); one more is refused with {@code zuVieleZeilen}
   * @throws UngueltigeEingabe for a file that is no readable workbook, too large unpacked, has too many sheets or rows
   */
  public static Inhalt lies(byte[] datei, Benennung benennung, boolean nurEinBlatt, int hoechstZeilen,
      Supplier<UngueltigeEingabe> zuVieleZeilen) {
    pruefeEntpackteGroesse(datei, benennung);
    List<Zeile> zeilen = new ArrayList<>();
    List<Zellfehler> zellfehler = new ArrayList<>();
    try (ReadableWorkbook mappe = new ReadableWorkbook(new ByteArrayInputStream(datei), new ReadingOptions(true, false))) {
      List<Sheet> blaetter = mappe.getSheets().toList();
      if (blaetter.isEmpty() || nurEinBlatt && blaetter.size() != 1) {
        throw new UngueltigeEingabe("Die Excel-Datei enthält " + blaetter.size() + " Tabellenblätter. " + benennung.datei()
            + " muss allein im ersten Tabellenblatt stehen; bitte die übrigen Blätter löschen oder die Vorlage verwenden.");
      }
      try (Stream<Row> zeilenStrom = blaetter.get(0).openStream()) {
        Iterator<Row> it = zeilenStrom.iterator();
        while (it.hasNext()) {
          Row zeile = it.next();
          if (zeilen.size() >= hoechstZeilen) {
            throw zuVieleZeilen.get();
          }
          zeilen.add(new Zeile(zeile.getRowNum(), zellen(zeile, benennung, zellfehler)));
        }
      }
    } catch (UngueltigeEingabe e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw unlesbar(benennung);
    }
    return new Inhalt(zeilen, zellfehler);
  }

  private static List<String> zellen(Row zeile, Benennung benennung, List<Zellfehler> zellfehler) {
    List<String> zellen = new ArrayList<>();
    for (Cell zelle : zeile) {
      if (zelle == null) {
        continue;
      }
      while (zellen.size() < zelle.getColumnIndex()) {
        zellen.add("");
      }
      zellen.add(text(zelle, zeile.getRowNum(), benennung, zellfehler));
    }
    return zellen;
  }

  private static String text(Cell zelle, int nr, Benennung benennung, List<Zellfehler> zellfehler) {
    String wo = "Zelle " + zelle.getAddress() + ": ";
    return switch (zelle.getType()) {
      case STRING -> zelle.asString();
      case NUMBER -> istDatum(zelle) ? zelle.asDate().toLocalDate().toString()
          : new BigDecimal(zelle.getRawValue()).stripTrailingZeros().toPlainString().replace('.', ',');
      case BOOLEAN -> Boolean.TRUE.equals(zelle.asBoolean()) ? "WAHR" : "FALSCH";
      case FORMULA -> {
        zellfehler.add(new Zellfehler(nr, wo + "Formeln sind " + benennung.darin() + " nicht erlaubt. Bitte die Werte "
            + "eintragen (in Excel: Kopieren, dann „Einfügen – Werte“)."));
        yield null;
      }
      case ERROR -> {
        zellfehler.add(new Zellfehler(nr, wo + "Die Zelle enthält einen Fehlerwert statt eines Werts."));
        yield null;
      }
      case EMPTY -> "";
    };
  }

  /** Excel stores a date as a number with a date format: a built-in one (14–22, 45–47) or an own one with d or y. */
  static boolean istDatum(Cell zelle) {
    Integer id = zelle.getDataFormatId();
    if (id != null && (id >= 14 && id <= 22 || id >= 45 && id <= 47)) {
      return true;
    }
    String format = zelle.getDataFormatString();
    if (format == null) {
      return false;
    }
    String ohneText = format.replaceAll("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.", "").toLowerCase(Locale.ROOT);
    return ohneText.matches(".*[dy].*");
  }

  private static UngueltigeEingabe unlesbar(Benennung benennung) {
    return new UngueltigeEingabe(benennung.datei() + " ist keine lesbare Excel-Arbeitsmappe (.xlsx). " + benennung.hinweis());
  }

  private static void pruefeEntpackteGroesse(byte[] datei, Benennung benennung) {
    long entpackt = 0;
    byte[] puffer = new byte[64 * 1024];
    try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(datei)).get()) {
      for (ZipArchiveEntry eintrag : Collections.list(zip.getEntries())) {
        try (InputStream in = zip.getInputStream(eintrag)) {
          for (int n = in.read(puffer); n > 0; n = in.read(puffer)) {
            entpackt += n;
            if (entpackt > HOECHSTENS_ENTPACKT) {
              throw new UngueltigeEingabe("Die Excel-Datei ist entpackt größer als "
                  + String.format(Locale.GERMANY, "%.1f MB", HOECHSTENS_ENTPACKT / (1024.0 * 1024.0))
                  + " und wird nicht gelesen. " + benennung.hinweis());
            }
          }
        }
      }
    } catch (UngueltigeEingabe e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw unlesbar(benennung);
    }
  }
}

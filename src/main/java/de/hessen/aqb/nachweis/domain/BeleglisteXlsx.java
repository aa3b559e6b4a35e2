package de.hessen.aqb.nachweis.domain;

import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
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
 * The rows of an XLSX Belegliste (fastexcel-reader, streaming): the first and only worksheet, each cell as text — numbers
 * exactly as stored (no binary floating point), cells formatted as dates as ISO dates. Formula cells are refused (their
 * cached result cannot be checked, and a formula must never reach the RP's Excel), error cells too. Before the reader
 * sees the file, its unpacked size is measured, so a ZIP bomb is refused instead of filling the memory.
 */
final class BeleglisteXlsx {

  /** Unpacked, an XLSX is some ten times its size; a Belegliste of 20.000 rows unpacks to about 6 MB. */
  static final long HOECHSTENS_ENTPACKT = 100L * 1024 * 1024;

  private BeleglisteXlsx() {}

  static BeleglisteDatei.Inhalt lies(byte[] datei, Grenzen grenzen) {
    pruefeEntpackteGroesse(datei);
    List<BeleglisteDatei.Zeile> zeilen = new ArrayList<>();
    List<BeleglisteDatei.Meldung> zellfehler = new ArrayList<>();
    try (ReadableWorkbook mappe = new ReadableWorkbook(new ByteArrayInputStream(datei), new ReadingOptions(true, false))) {
      List<Sheet> blaetter = mappe.getSheets().toList();
      if (blaetter.size() != 1) {
        throw new UngueltigeEingabe("Die Excel-Datei enthält " + blaetter.size() + " Tabellenblätter. Die Belegliste muss allein "
            + "im ersten Tabellenblatt stehen; bitte die übrigen Blätter löschen oder die Vorlage verwenden.");
      }
      try (Stream<Row> zeilenStrom = blaetter.get(0).openStream()) {
        Iterator<Row> it = zeilenStrom.iterator();
        while (it.hasNext()) {
          Row zeile = it.next();
          if (zeilen.size() >= grenzen.hoechstZeilen() + 1) {
            throw BeleglisteCsv.zuVieleZeilen(grenzen);
          }
          zeilen.add(new BeleglisteDatei.Zeile(zeile.getRowNum(), zellen(zeile, zellfehler)));
        }
      }
    } catch (UngueltigeEingabe e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new UngueltigeEingabe("Die Belegliste ist keine lesbare Excel-Arbeitsmappe (.xlsx). Bitte die Vorlage verwenden "
          + "oder die Datei in Excel neu als „Excel-Arbeitsmappe (*.xlsx)“ speichern.");
    }
    return new BeleglisteDatei.Inhalt(BeleglisteDatei.Format.XLSX, zeilen, zellfehler);
  }

  private static List<String> zellen(Row zeile, List<BeleglisteDatei.Meldung> zellfehler) {
    List<String> zellen = new ArrayList<>();
    for (Cell zelle : zeile) {
      if (zelle == null) {
        continue;
      }
      while (zellen.size() < zelle.getColumnIndex()) {
        zellen.add("");
      }
      zellen.add(text(zelle, zeile.getRowNum(), zellfehler));
    }
    return zellen;
  }

  private static String text(Cell zelle, int nr, List<BeleglisteDatei.Meldung> zellfehler) {
    String wo = "Zelle " + zelle.getAddress() + ": ";
    return switch (zelle.getType()) {
      case STRING -> zelle.asString();
      case NUMBER -> istDatum(zelle) ? zelle.asDate().toLocalDate().toString()
          : new BigDecimal(zelle.getRawValue()).stripTrailingZeros().toPlainString().replace('.', ',');
      case BOOLEAN -> Boolean.TRUE.equals(zelle.asBoolean()) ? "WAHR" : "FALSCH";
      case FORMULA -> {
        zellfehler.add(new BeleglisteDatei.Meldung(nr, wo + "Formeln sind in der Belegliste nicht erlaubt. Bitte die Werte "
            + "eintragen (in Excel: Kopieren, dann „Einfügen – Werte“)."));
        yield null;
      }
      case ERROR -> {
        zellfehler.add(new BeleglisteDatei.Meldung(nr, wo + "Die Zelle enthält einen Fehlerwert statt eines Werts."));
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
    String ohneText = format.replaceAll("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.", "").toLowerCase(java.util.Locale.ROOT);
    return ohneText.matches(".*[dy].*");
  }

  private static void pruefeEntpackteGroesse(byte[] datei) {
    long entpackt = 0;
    byte[] puffer = new byte[64 * 1024];
    try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(datei)).get()) {
      for (ZipArchiveEntry eintrag : java.util.Collections.list(zip.getEntries())) {
        try (InputStream in = zip.getInputStream(eintrag)) {
          for (int n = in.read(puffer); n > 0; n = in.read(puffer)) {
            entpackt += n;
            if (entpackt > HOECHSTENS_ENTPACKT) {
              throw new UngueltigeEingabe("Die Excel-Datei ist entpackt größer als " + BeleglisteDatei.mb(HOECHSTENS_ENTPACKT)
                  + " und wird nicht gelesen. Bitte die Vorlage verwenden.");
            }
          }
        }
      }
    } catch (UngueltigeEingabe e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new UngueltigeEingabe("Die Belegliste ist keine lesbare Excel-Arbeitsmappe (.xlsx): Die Datei ist beschädigt.");
    }
  }
}

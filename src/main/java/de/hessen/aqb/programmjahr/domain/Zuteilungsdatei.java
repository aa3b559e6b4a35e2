package de.hessen.aqb.programmjahr.domain;

import de.hessen.aqb.gemeinsam.ExcelTabelle;
import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an allocation: the text of the start form or an uploaded file, German Excel CSV ({@code ;}, UTF-8 with or
 * without BOM) or XLSX (first sheet). Columns: Gebietskörperschaft (AGS, Kreisschlüssel or name); Betrag; optionally
 * "davon zweckgebunden". A first line naming the columns is skipped; empty lines are ignored.
 */
public final class Zuteilungsdatei {

  static final int HOECHSTENS_ZEILEN = 200;
  private static final ExcelTabelle.Benennung BENENNUNG =
      new ExcelTabelle.Benennung("Die Zuteilung", "in der Zuteilung", "Es wurde nichts gestartet.");
  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setTrim(true).get();

  private Zuteilungsdatei() {}

  /** The lines of the form's text field (same format as a CSV file). */
  public static List<Zuteilungszeile> ausText(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    String ohneBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
    List<List<String>> zeilen = new ArrayList<>();
    try {
      for (CSVRecord satz : FORMAT.parse(new StringReader(ohneBom))) {
        zeilen.add(satz.toList());
      }
    } catch (IOException | RuntimeException e) {
      // the reader's own text is English and names its classes: it is not passed on
      throw new UngueltigeEingabe("Die Zuteilung ist keine lesbare CSV-Tabelle (Trennzeichen „;“, Texte mit Semikolon in "
          + "Anführungszeichen). Es wurde nichts gestartet.");
    }
    return zeilen(zeilen);
  }

  /** The lines of an uploaded file, by its name: .csv or .xlsx; anything else is refused in German. */
  public static List<Zuteilungszeile> ausDatei(String dateiname, byte[] inhalt) {
    String name = dateiname == null ? "" : dateiname.toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) {
      if (istBinaer(inhalt)) {
        throw falscherTyp(dateiname);
      }
      return ausText(new String(inhalt, StandardCharsets.UTF_8));
    }
    if (name.endsWith(".xlsx")) {
      if (inhalt.length < 4 || inhalt[0] != 'P' || inhalt[1] != 'K') {
        throw new UngueltigeEingabe("Die Datei „" + dateiname + "“ ist keine Excel-Arbeitsmappe (.xlsx). Es wurde nichts gestartet.");
      }
      return xlsx(inhalt);
    }
    throw falscherTyp(dateiname);
  }

  private static UngueltigeEingabe falscherTyp(String dateiname) {
    return new UngueltigeEingabe("Die Datei „" + dateiname + "“ hat einen falschen Dateityp. Bitte die Zuteilung als CSV-Datei "
        + "(Trennzeichen „;“) oder als Excel-Arbeitsmappe (.xlsx) hochladen. Es wurde nichts gestartet.");
  }

  private static boolean istBinaer(byte[] inhalt) {
    for (int i = 0; i < Math.min(inhalt.length, 4096); i++) {
      if (inhalt[i] == 0) {
        return true;
      }
    }
    return false;
  }

  private static List<Zuteilungszeile> xlsx(byte[] inhalt) {
    ExcelTabelle.Inhalt tabelle = ExcelTabelle.lies(inhalt, BENENNUNG, false, HOECHSTENS_ZEILEN + 1, Zuteilungsdatei::zuVieleZeilen);
    if (!tabelle.zellfehler().isEmpty()) {
      throw new UngueltigeEingabe(tabelle.zellfehler().stream().map(f -> "Zeile " + f.zeile() + ": " + f.meldung())
          .collect(Collectors.joining(" ")) + " Es wurde nichts gestartet.");
    }
    return zeilen(tabelle.zeilen().stream().map(ExcelTabelle.Zeile::zellen).toList());
  }

  private static UngueltigeEingabe zuVieleZeilen() {
    return new UngueltigeEingabe("Die Zuteilung hat mehr als " + HOECHSTENS_ZEILEN + " Zeilen. Es wurde nichts gestartet.");
  }

  private static List<Zuteilungszeile> zeilen(List<List<String>> roh) {
    List<Zuteilungszeile> zeilen = new ArrayList<>();
    for (int i = 0; i < roh.size(); i++) {
      List<String> z = roh.get(i);
      if (z.stream().allMatch(s -> s == null || s.isBlank())) {
        continue;
      }
      if (i == 0 && String.join(";", z).toLowerCase(Locale.GERMAN).contains("betrag")) {
        continue; // header
      }
      if (zeilen.size() >= HOECHSTENS_ZEILEN) {
        throw zuVieleZeilen();
      }
      zeilen.add(new Zuteilungszeile(i + 1, spalte(z, 0), spalte(z, 1), spalte(z, 2)));
    }
    return zeilen;
  }

  private static String spalte(List<String> z, int i) {
    return i < z.size() ? z.get(i) : null;
  }
}

package de.hessen.aqb.nachweis.domain;

import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** The rows of a CSV Belegliste as German Excel writes it: ";" as separator, fields in quotes where they contain one. */
final class BeleglisteCsv {

  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setIgnoreEmptyLines(false).setTrim(true).get();

  private BeleglisteCsv() {}

  static List<BeleglisteDatei.Zeile> zeilen(String text, Grenzen grenzen) {
    List<BeleglisteDatei.Zeile> zeilen = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
      for (CSVRecord satz : parser) {
        if (zeilen.size() >= grenzen.hoechstZeilen() + 1) {
          throw zuVieleZeilen(grenzen);
        }
        zeilen.add(new BeleglisteDatei.Zeile((int) satz.getRecordNumber(), satz.toList()));
      }
    } catch (IOException | UncheckedIOException e) {
      // the reader's own text is English and names its classes: only the line number is passed on
      java.util.regex.Matcher zeile = java.util.regex.Pattern.compile("(?:line:? |startline )(\\d+)").matcher(String.valueOf(e.getMessage()));
      throw new UngueltigeEingabe("Die Belegliste ist keine lesbare CSV-Datei" + (zeile.find() ? " (Zeile " + zeile.group(1) + ")" : "")
          + ": Bitte die Anführungszeichen prüfen – ein Feld, das mit \" beginnt, muss mit \" enden – und die Datei in Excel als "
          + "„CSV UTF-8 (durch Trennzeichen getrennt)“ speichern.");
    } catch (IllegalStateException e) {
      throw new UngueltigeEingabe("Die Belegliste ist keine lesbare CSV-Datei (Anführungszeichen nicht geschlossen?).");
    }
    return zeilen;
  }

  static UngueltigeEingabe zuVieleZeilen(Grenzen grenzen) {
    return new UngueltigeEingabe("Die Belegliste hat mehr als " + String.format(Locale.GERMANY, "%,d", grenzen.hoechstZeilen())
        + " Zeilen. Bitte Zahlungen zusammenfassen (etwa Monatssummen je Zahlungsempfänger) oder das Regierungspräsidium ansprechen.");
  }
}

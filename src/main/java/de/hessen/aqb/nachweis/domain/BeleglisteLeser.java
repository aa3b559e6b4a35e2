package de.hessen.aqb.nachweis.domain;

import static de.hessen.aqb.gemeinsam.Datumsanzeige.TT_MM_JJJJ;
import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the Belegliste as German Excel writes it: CSV with ";" as separator, decimal commas, UTF-8 with or without
 * BOM (Windows-1252, Excel's plain "CSV" format, is recognised too). Columns, in this order: Datum; Zahlungsempfänger;
 * Verwendungszweck; Betrag; Maßnahme. Every row is checked (date inside the Bewilligungszeitraum, positive amount with
 * at most two decimals, measure of the Bescheid by id or name, required fields); all problems are reported at once,
 * each naming its row. Rows need not be sorted: the result is put in date order (the order of the Belegliste the
 * Nebenbestimmungen ask for), so clerks may paste payments per measure.
 */
public final class BeleglisteLeser {

  public static final List<String> SPALTEN = List.of("Datum", "Zahlungsempfänger", "Verwendungszweck", "Betrag", "Maßnahme");
  /** More messages than this would bury the first ones; the rest is only counted. */
  static final int HOECHSTENS_MELDUNGEN = 20;

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final DateTimeFormatter DEUTSCH = DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);
  private static final Pattern DEUTSCHER_BETRAG = Pattern.compile("-?(\\d{1,3}(\\.\\d{3})+|\\d+)(,\\d+)?");
  private static final Pattern PUNKT_DEZIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");

  private final List<BewilligteMassnahme> massnahmen;
  private final LocalDate von;
  private final LocalDate bis;

  public BeleglisteLeser(List<BewilligteMassnahme> massnahmen, LocalDate bewilligungVon, LocalDate bewilligungBis) {
    this.massnahmen = List.copyOf(massnahmen);
    this.von = bewilligungVon;
    this.bis = bewilligungBis;
  }

  /** The Belegliste, or {@link UngueltigeEingabe} naming every faulty row. */
  public Belegliste lies(byte[] datei) {
    String text = dekodiere(datei);
    if (text.isBlank()) {
      throw new UngueltigeEingabe("Die Belegliste ist leer. Bitte die Vorlage verwenden und je Zahlung eine Zeile ausfüllen.");
    }
    List<CSVRecord> zeilen = zeilen(text);
    pruefeKopf(zeilen.get(0));
    List<String> fehler = new ArrayList<>();
    List<Beleg> belege = new ArrayList<>();
    for (CSVRecord zeile : zeilen.subList(1, zeilen.size())) {
      Beleg beleg = leer(zeile) ? null : beleg(zeile, (int) zeile.getRecordNumber(), fehler); // Excel writes ";;;;" for emptied rows
      if (beleg != null) {
        belege.add(beleg);
      }
    }
    if (!fehler.isEmpty()) {
      List<String> gezeigt = new ArrayList<>(fehler.subList(0, Math.min(fehler.size(), HOECHSTENS_MELDUNGEN)));
      if (fehler.size() > HOECHSTENS_MELDUNGEN) {
        gezeigt.add("… und " + (fehler.size() - HOECHSTENS_MELDUNGEN) + " weitere Fehler.");
      }
      throw new UngueltigeEingabe("Die Belegliste enthält Fehler: " + String.join(" ", gezeigt));
    }
    belege.sort(Comparator.comparing(Beleg::datum).thenComparingInt(Beleg::zeile));
    return new Belegliste(belege);
  }

  private Beleg beleg(CSVRecord zeile, int nr, List<String> fehler) {
    String vorne = "Zeile " + nr + ": ";
    int vorher = fehler.size();
    String datumText = feld(zeile, 0);
    String empfaenger = feld(zeile, 1);
    String zweck = feld(zeile, 2);
    String betragText = feld(zeile, 3);
    String massnahmeText = feld(zeile, 4);
    if (zeile.size() > SPALTEN.size() && zeile.stream().skip(SPALTEN.size()).anyMatch(s -> !s.isBlank())) {
      fehler.add(vorne + "Die Zeile hat mehr als " + SPALTEN.size() + " Spalten (Trennzeichen „;“ im Text? Dann den Text in "
          + "Anführungszeichen setzen).");
    }
    for (int i = 0; i < SPALTEN.size(); i++) {
      if (feld(zeile, i).isEmpty()) {
        fehler.add(vorne + "Bitte „" + SPALTEN.get(i) + "“ angeben.");
      }
    }
    LocalDate datum = datumText.isEmpty() ? null : datum(datumText);
    if (!datumText.isEmpty() && datum == null) {
      fehler.add(vorne + "„" + datumText + "“ ist kein gültiges Datum (TT.MM.JJJJ).");
    } else if (datum != null && (datum.isBefore(von) || datum.isAfter(bis))) {
      fehler.add(vorne + "Das Datum " + datum.format(TT_MM_JJJJ) + " liegt außerhalb des Bewilligungszeitraums ("
          + von.format(TT_MM_JJJJ) + " bis " + bis.format(TT_MM_JJJJ) + ").");
    }
    Long cent = betragText.isEmpty() ? null : cent(betragText);
    if (!betragText.isEmpty() && cent == null) {
      fehler.add(vorne + "„" + betragText + "“ ist kein gültiger Betrag.");
    } else if (cent != null && cent <= 0) {
      fehler.add(vorne + "Der Betrag „" + betragText + "“ muss größer als null sein.");
    }
    BewilligteMassnahme massnahme = massnahmeText.isEmpty() ? null
        : massnahmen.stream().filter(m -> m.heisst(massnahmeText)).findFirst().orElse(null);
    if (!massnahmeText.isEmpty() && massnahme == null) {
      fehler.add(vorne + "Die Maßnahme „" + massnahmeText + "“ ist im Bescheid nicht enthalten (Nummer wie „M1“ oder "
          + "Name wie im Bescheid angeben).");
    }
    return fehler.size() > vorher ? null : new Beleg(nr, datum, empfaenger, zweck, cent, massnahme.id());
  }

  private void pruefeKopf(CSVRecord kopf) {
    List<String> gefunden = kopf.stream().map(String::strip).toList();
    List<String> ohneLeere = new ArrayList<>(gefunden);
    while (!ohneLeere.isEmpty() && ohneLeere.get(ohneLeere.size() - 1).isEmpty()) {
      ohneLeere.remove(ohneLeere.size() - 1);
    }
    boolean passt = ohneLeere.size() == SPALTEN.size();
    for (int i = 0; passt && i < SPALTEN.size(); i++) {
      passt = spalte(ohneLeere.get(i)).equals(spalte(SPALTEN.get(i)));
    }
    if (!passt) {
      throw new UngueltigeEingabe("Die erste Zeile der Belegliste muss die Spalten „" + String.join("; ", SPALTEN)
          + "“ enthalten (getrennt durch Semikolon), gefunden: „" + String.join("; ", ohneLeere) + "“. Bitte die Vorlage verwenden.");
    }
  }

  private static List<CSVRecord> zeilen(String text) {
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setIgnoreEmptyLines(false).setTrim(true).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      return parser.getRecords();
    } catch (IOException | UncheckedIOException e) {
      throw new UngueltigeEingabe("Die Belegliste ist keine lesbare CSV-Datei: " + e.getMessage());
    } catch (IllegalStateException e) {
      throw new UngueltigeEingabe("Die Belegliste ist keine lesbare CSV-Datei (Anführungszeichen nicht geschlossen?).");
    }
  }

  /** UTF-8 (a BOM is dropped); bytes that are no UTF-8 are read as Windows-1252, Excel's plain "CSV" encoding. */
  static String dekodiere(byte[] datei) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(datei)).toString();
    } catch (CharacterCodingException e) {
      text = new String(datei, WINDOWS_1252);
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  static LocalDate datum(String text) {
    try {
      return text.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(text) : LocalDate.parse(text, DEUTSCH);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Cents of a German amount ("1.234,56", "1234,5", "1.200", "12 €"), null when it is none or has more than two decimals. */
  static Long cent(String text) {
    String t = text.replace("€", "").replace("EUR", "").replace(" ", "").replace("\u00a0", "");
    String normal;
    if (DEUTSCHER_BETRAG.matcher(t).matches() && (t.contains(",") || t.indexOf('.') != t.lastIndexOf('.')
        || t.matches("-?\\d{1,3}\\.\\d{3}"))) {
      normal = t.replace(".", "").replace(',', '.');
    } else if (PUNKT_DEZIMAL.matcher(t).matches()) {
      normal = t;
    } else {
      return null;
    }
    BigDecimal euro = new BigDecimal(normal);
    if (euro.stripTrailingZeros().scale() > 2) {
      return null;
    }
    return euro.movePointRight(2).longValueExact();
  }

  private static String feld(CSVRecord zeile, int i) {
    return i < zeile.size() && zeile.get(i) != null ? zeile.get(i).strip() : "";
  }

  private static boolean leer(CSVRecord zeile) {
    return zeile.stream().allMatch(s -> s == null || s.isBlank());
  }

  private static String spalte(String name) {
    return name.toLowerCase(Locale.GERMAN).replace("ä", "ae").replace("ß", "ss").replaceAll("[^a-z]", "");
  }
}

package de.hessen.aqb.nachweis.domain;

import static de.hessen.aqb.gemeinsam.Datumsanzeige.TT_MM_JJJJ;

import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the Belegliste, as CSV (German Excel: ";", decimal commas) or as XLSX — told apart by the content
 * ({@link BeleglisteDatei}). Columns, in this order: Belegnummer; Datum; Zahlungsempfänger; Verwendungszweck; Betrag;
 * Maßnahme (lists of the earlier template, without Belegnummer, are still read). Every row is checked (date inside the
 * Bewilligungszeitraum, positive amount with at most two decimals, measure of the Bescheid by id or name, required
 * fields, every Belegnummer once, no text that Excel would run as a formula); all problems are reported at once, each
 * naming its row. The result is in date order (the order the Nebenbestimmungen ask for), so rows need not be sorted.
 */
public final class BeleglisteLeser {

  /** The columns of the template. */
  public static final List<String> SPALTEN = List.of("Belegnummer", "Datum", "Zahlungsempfänger", "Verwendungszweck", "Betrag", "Maßnahme");
  /** The columns of the earlier template (no Belegnummer), still accepted. */
  public static final List<String> FRUEHERE_SPALTEN = SPALTEN.subList(1, SPALTEN.size());
  /** More messages than this would bury the first ones; the rows of the rest are listed. */
  static final int HOECHSTENS_MELDUNGEN = 20;
  static final String LEER = "Die Belegliste ist leer. Bitte die Vorlage verwenden und je Zahlung eine Zeile ausfüllen.";

  private static final DateTimeFormatter DEUTSCH = DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);
  private static final Pattern DEUTSCHER_BETRAG = Pattern.compile("-?(\\d{1,3}(\\.\\d{3})+|\\d+)(,\\d+)?");
  private static final Pattern PUNKT_DEZIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final String FORMELZEICHEN = "=+-@\t\r";

  private final List<BewilligteMassnahme> massnahmen;
  private final LocalDate von;
  private final LocalDate bis;
  private final Grenzen grenzen;

  public BeleglisteLeser(List<BewilligteMassnahme> massnahmen, LocalDate bewilligungVon, LocalDate bewilligungBis) {
    this(massnahmen, bewilligungVon, bewilligungBis, Grenzen.STANDARD);
  }

  public BeleglisteLeser(List<BewilligteMassnahme> massnahmen, LocalDate bewilligungVon, LocalDate bewilligungBis, Grenzen grenzen) {
    this.massnahmen = List.copyOf(massnahmen);
    this.von = bewilligungVon;
    this.bis = bewilligungBis;
    this.grenzen = grenzen;
  }

  /** The Belegliste (CSV or XLSX), or {@link UngueltigeEingabe} naming every faulty row. */
  public Belegliste lies(byte[] datei) {
    BeleglisteDatei.Inhalt inhalt = BeleglisteDatei.lies(datei, grenzen);
    List<BeleglisteDatei.Zeile> zeilen = inhalt.zeilen().stream().dropWhile(BeleglisteDatei.Zeile::leer).toList();
    if (zeilen.isEmpty()) {
      throw new UngueltigeEingabe(LEER);
    }
    List<String> spalten = spalten(zeilen.get(0));
    List<BeleglisteDatei.Meldung> fehler = new ArrayList<>(inhalt.zellfehler());
    Map<String, Integer> belegnummern = new HashMap<>();
    List<Beleg> belege = new ArrayList<>();
    for (BeleglisteDatei.Zeile zeile : zeilen.subList(1, zeilen.size())) {
      Beleg beleg = zeile.leer() ? null : beleg(zeile, spalten, belegnummern, fehler); // Excel writes ";;;;" for emptied rows
      if (beleg != null) {
        belege.add(beleg);
      }
    }
    if (!fehler.isEmpty()) {
      throw new UngueltigeEingabe(BeleglisteMeldungen.zusammenfassung(fehler, HOECHSTENS_MELDUNGEN));
    }
    belege.sort(Comparator.comparing(Beleg::datum).thenComparingInt(Beleg::zeile));
    return new Belegliste(belege);
  }

  private Beleg beleg(BeleglisteDatei.Zeile zeile, List<String> spalten, Map<String, Integer> belegnummern,
      List<BeleglisteDatei.Meldung> fehler) {
    int nr = zeile.nr();
    int vorher = fehler.size();
    int versatz = spalten.size() - FRUEHERE_SPALTEN.size();
    String belegnummer = versatz == 0 ? null : zeile.zelle(0);
    String datumText = zeile.zelle(versatz);
    String empfaenger = zeile.zelle(versatz + 1);
    String zweck = zeile.zelle(versatz + 2);
    String betragText = zeile.zelle(versatz + 3);
    String massnahmeText = zeile.zelle(versatz + 4);
    if (zeile.zellen().stream().skip(spalten.size()).anyMatch(s -> s != null && !s.isBlank())) {
      fehler.add(new BeleglisteDatei.Meldung(nr, "Die Zeile hat mehr als " + spalten.size() + " Spalten (Trennzeichen „;“ im "
          + "Text? Dann den Text in Anführungszeichen setzen)."));
    }
    for (int i = 0; i < spalten.size(); i++) {
      if (zeile.zelle(i).isEmpty() && !zeile.verworfen(i)) {
        fehler.add(new BeleglisteDatei.Meldung(nr, "Bitte „" + spalten.get(i) + "“ angeben."));
      } else if (FORMELZEICHEN.indexOf(zeile.zelle(i).isEmpty() ? ' ' : zeile.zelle(i).charAt(0)) >= 0
          && !spalten.get(i).equals("Betrag")) {
        fehler.add(new BeleglisteDatei.Meldung(nr, "„" + spalten.get(i) + "“ darf nicht mit „" + zeile.zelle(i).charAt(0)
            + "“ beginnen (Excel würde den Text als Formel ausführen). Bitte das Zeichen entfernen."));
      }
    }
    if (belegnummer != null && !belegnummer.isEmpty()) {
      Integer erste = belegnummern.putIfAbsent(belegnummer.toLowerCase(Locale.GERMAN).replaceAll("\\s+", ""), nr);
      if (erste != null) {
        fehler.add(new BeleglisteDatei.Meldung(nr, "Die Belegnummer „" + belegnummer + "“ steht schon in Zeile " + erste
            + " (jede Belegnummer nur einmal)."));
      }
    }
    LocalDate datum = datumText.isEmpty() ? null : datum(datumText);
    if (!datumText.isEmpty() && datum == null) {
      fehler.add(new BeleglisteDatei.Meldung(nr, "„" + datumText + "“ ist kein gültiges Datum (TT.MM.JJJJ)."));
    } else if (datum != null && (datum.isBefore(von) || datum.isAfter(bis))) {
      fehler.add(new BeleglisteDatei.Meldung(nr, "Das Datum " + datum.format(TT_MM_JJJJ) + " liegt außerhalb des "
          + "Bewilligungszeitraums (" + von.format(TT_MM_JJJJ) + " bis " + bis.format(TT_MM_JJJJ) + ")."));
    }
    Long cent = betragText.isEmpty() ? null : cent(betragText);
    if (!betragText.isEmpty() && cent == null) {
      fehler.add(new BeleglisteDatei.Meldung(nr, "„" + betragText + "“ ist kein gültiger Betrag."));
    } else if (cent != null && cent <= 0) {
      fehler.add(new BeleglisteDatei.Meldung(nr, "Der Betrag „" + betragText + "“ muss größer als null sein."));
    }
    BewilligteMassnahme massnahme = massnahmeText.isEmpty() ? null
        : massnahmen.stream().filter(m -> m.heisst(massnahmeText)).findFirst().orElse(null);
    if (!massnahmeText.isEmpty() && massnahme == null) {
      fehler.add(new BeleglisteDatei.Meldung(nr, "Die Maßnahme „" + massnahmeText + "“ ist im Bescheid nicht enthalten (Nummer "
          + "wie „M1“ oder Name wie im Bescheid angeben)."));
    }
    boolean fehlerhaft = fehler.size() > vorher || zeile.zellen().contains(null);
    return fehlerhaft ? null : new Beleg(nr, datum, empfaenger, zweck, cent, massnahme.id(), belegnummer);
  }

  /** The columns of the header row: the template's, or the earlier template's; else a German message. */
  private static List<String> spalten(BeleglisteDatei.Zeile kopf) {
    List<String> gefunden = new ArrayList<>(kopf.zellen().stream().map(s -> s == null ? "" : s.strip()).toList());
    while (!gefunden.isEmpty() && gefunden.get(gefunden.size() - 1).isEmpty()) {
      gefunden.remove(gefunden.size() - 1);
    }
    for (List<String> spalten : List.of(SPALTEN, FRUEHERE_SPALTEN)) {
      if (gefunden.stream().map(BeleglisteLeser::spalte).toList().equals(spalten.stream().map(BeleglisteLeser::spalte).toList())) {
        return spalten;
      }
    }
    throw new UngueltigeEingabe("Die erste Zeile der Belegliste muss die Spalten „" + String.join("; ", SPALTEN)
        + "“ enthalten (in einer CSV-Datei getrennt durch Semikolon), gefunden: „" + String.join("; ", gefunden)
        + "“. Bitte die Vorlage verwenden.");
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
    if (euro.stripTrailingZeros().scale() > 2 || euro.abs().compareTo(BigDecimal.valueOf(90_000_000_000_000L)) > 0) {
      return null;
    }
    return euro.movePointRight(2).longValueExact();
  }

  private static String spalte(String name) {
    return name.toLowerCase(Locale.GERMAN).replace("ä", "ae").replace("ß", "ss").replaceAll("[^a-z]", "");
  }
}

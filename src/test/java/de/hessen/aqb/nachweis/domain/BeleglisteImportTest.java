package de.hessen.aqb.nachweis.domain;

import static de.hessen.aqb.nachweis.domain.BeleglisteDateien.betrag;
import static de.hessen.aqb.nachweis.domain.BeleglisteDateien.csv;
import static de.hessen.aqb.nachweis.domain.BeleglisteDateien.xlsx;
import static de.hessen.aqb.nachweis.domain.BeleglisteDateien.zeilen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Belegliste as CSV and as XLSX through the one entry point: 500 and 5.000 rows (sums computed by hand), and every
 * kind of bad input with its German message — all problems at once, nothing half-read.
 */
class BeleglisteImportTest {

  static final BeleglisteLeser LESER = BeleglisteLeserTest.LESER;

  static String fehler(byte[] datei) {
    return fehler(LESER, datei);
  }

  static String fehler(BeleglisteLeser leser, byte[] datei) {
    try {
      leser.lies(datei);
    } catch (UngueltigeEingabe e) {
      return e.getMessage();
    }
    throw new AssertionError("keine Fehlermeldung");
  }

  @ParameterizedTest(name = "{0} Zeilen als {1}")
  @CsvSource({
      // Σ (1000 + i) cent for i = 1..n = 1000·n + n(n+1)/2; M1 holds the odd rows: 1000·n/2 + (n/2)²
      "500, CSV, 312500, 312750",
      "500, XLSX, 312500, 312750",
      "5000, CSV, 8750000, 8752500",
      "5000, XLSX, 8750000, 8752500"})
  void grosseListenWerdenVollstaendigGelesen(int anzahl, String format, long m1Cent, long m2Cent) {
    byte[] datei = format.equals("CSV") ? csv(zeilen(anzahl)) : xlsx(zeilen(anzahl));
    assertThat(BeleglisteDatei.format(datei).name()).isEqualTo(format);
    Belegliste liste = LESER.lies(datei);
    assertThat(liste.belege()).hasSize(anzahl);
    assertThat(liste.summeJeMassnahmeCent()).containsEntry("M1", m1Cent).containsEntry("M2", m2Cent);
    assertThat(liste.belege()).extracting(Beleg::belegnummer).doesNotHaveDuplicates().contains("R-1", "R-" + anzahl);
    assertThat(liste.belege()).isSortedAccordingTo(java.util.Comparator.comparing(Beleg::datum).thenComparingInt(Beleg::zeile));
  }

  @Test
  void xlsxMitDatumszellenZahlenUndTextenWieExcelSieSchreibt() {
    List<Object[]> zeilen = List.of(
        new Object[] {"A-7", LocalDate.of(2025, 3, 15), "Müller; Schulz GbR", "Miete März", new BigDecimal("1234.5"), "Fit für den Beruf (FIB)"},
        new Object[] {new BigDecimal("1001"), "02.01.2025", "Bäckerei Groß", "Verpflegung", "12,30", "M2"},
        new Object[] {null, null, null, null, null, null});
    Belegliste liste = LESER.lies(xlsx(zeilen));
    assertThat(liste.belege()).extracting(Beleg::zeile, Beleg::belegnummer, Beleg::datum, Beleg::betragCent, Beleg::massnahmeId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3, "1001", LocalDate.of(2025, 1, 2), 12_30L, "M2"),
            org.assertj.core.groups.Tuple.tuple(2, "A-7", LocalDate.of(2025, 3, 15), 1_234_50L, "M1"));
  }

  @Test
  void dieFruehereVorlageOhneBelegnummerWirdWeiterGelesen() {
    byte[] alt = xlsx(BeleglisteLeser.FRUEHERE_SPALTEN, List.<Object[]>of(new Object[] {"02.01.2025", "A", "B", "10,00", "M1"}), 1);
    assertThat(LESER.lies(alt).belege()).singleElement().satisfies(b -> {
      assertThat(b.belegnummer()).isNull();
      assertThat(b.betragCent()).isEqualTo(10_00L);
    });
  }

  @Test
  void jedeArtFehlerhafterZeileInEinerXlsxAufEinmal() {
    List<Object[]> zeilen = new ArrayList<>(List.of(
        new Object[] {"R-1", LocalDate.of(2024, 12, 31), "A", "B", new BigDecimal("10"), "M1"},
        new Object[] {"R-2", LocalDate.of(2025, 1, 2), "A", "B", new BigDecimal("-50"), "M1"},
        new Object[] {"R-3", LocalDate.of(2025, 1, 2), "A", "B", new BigDecimal("10"), "M9"},
        new Object[] {"R-1", LocalDate.of(2025, 1, 2), "A", "B", new BigDecimal("10"), "M1"},
        new Object[] {"R-5", LocalDate.of(2025, 1, 2), "A", "B", new BeleglisteDateien.Formel("2*5"), "M1"},
        new Object[] {"R-6", LocalDate.of(2025, 1, 2), "=HYPERLINK(\"http://x\";\"klick\")", "B", new BigDecimal("10"), "M1"},
        new Object[] {"R-7", LocalDate.of(2025, 1, 2), "A", "@SUMME(1;2)", new BigDecimal("10"), "M1"},
        new Object[] {"+49 1", LocalDate.of(2025, 1, 2), "A", "-B", new BigDecimal("10.001"), "M1"}));
    assertThat(fehler(xlsx(zeilen))).isEqualTo("Die Belegliste enthält Fehler: "
        + "Zeile 2: Das Datum 31.12.2024 liegt außerhalb des Bewilligungszeitraums (01.01.2025 bis 31.12.2025). "
        + "Zeile 3: Der Betrag „-50“ muss größer als null sein. "
        + "Zeile 4: Die Maßnahme „M9“ ist im Bescheid nicht enthalten (Nummer wie „M1“ oder Name wie im Bescheid angeben). "
        + "Zeile 5: Die Belegnummer „R-1“ steht schon in Zeile 2 (jede Belegnummer nur einmal). "
        + "Zeile 6: Zelle E6: Formeln sind in der Belegliste nicht erlaubt. Bitte die Werte eintragen (in Excel: Kopieren, dann "
        + "„Einfügen – Werte“). "
        + "Zeile 7: „Zahlungsempfänger“ darf nicht mit „=“ beginnen (Excel würde den Text als Formel ausführen). Bitte das Zeichen entfernen. "
        + "Zeile 8: „Verwendungszweck“ darf nicht mit „@“ beginnen (Excel würde den Text als Formel ausführen). Bitte das Zeichen entfernen. "
        + "Zeile 9: „Belegnummer“ darf nicht mit „+“ beginnen (Excel würde den Text als Formel ausführen). Bitte das Zeichen entfernen. "
        + "Zeile 9: „Verwendungszweck“ darf nicht mit „-“ beginnen (Excel würde den Text als Formel ausführen). Bitte das Zeichen entfernen. "
        + "Zeile 9: „10,001“ ist kein gültiger Betrag.");
  }

  @Test
  void falscheSpaltenInXlsxUndCsv() {
    String erwartet = "Die erste Zeile der Belegliste muss die Spalten „Belegnummer; Datum; Zahlungsempfänger; Verwendungszweck; "
        + "Betrag; Maßnahme“ enthalten (in einer CSV-Datei getrennt durch Semikolon), gefunden: „Datum; Betrag; Empfänger“. "
        + "Bitte die Vorlage verwenden.";
    assertThat(fehler(xlsx(List.of("Datum", "Betrag", "Empfänger"), List.of(), 1))).isEqualTo(erwartet);
    assertThat(fehler("Datum;Betrag;Empfänger\r\n".getBytes(StandardCharsets.UTF_8))).isEqualTo(erwartet);
  }

  @Test
  void vieleFehlerNennenAlleZeilen() {
    List<Object[]> zeilen = zeilen(5_000);
    for (int i = 99; i < 5_000; i += 100) {
      zeilen.get(i)[5] = "M9"; // rows 101, 201, … 5001 (header = row 1)
    }
    zeilen.get(4_000)[4] = new BigDecimal("0"); // row 4002
    String meldung = fehler(xlsx(zeilen));
    assertThat(meldung).startsWith("Die Belegliste enthält Fehler: Zeile 101: Die Maßnahme „M9“")
        .contains("Zeile 2001: Die Maßnahme").doesNotContain("Zeile 2101:")
        .endsWith(" Weitere 31 Fehler in den Zeilen 2101, 2201, 2301, 2401, 2501, 2601, 2701, 2801, 2901, 3001, 3101, 3201, 3301, "
            + "3401, 3501, 3601, 3701, 3801, 3901, 4001–4002, 4101, 4201, 4301, 4401, 4501, 4601, 4701, 4801, 4901, 5001.");
  }

  @Test
  void leereBinaereVerschluesselteUndZuGrosseDateien() throws IOException {
    assertThat(fehler(new byte[0])).isEqualTo(BeleglisteLeser.LEER);
    assertThat(fehler(xlsx(List.of(), List.of(), 1))).isEqualTo(BeleglisteLeser.LEER);
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    assertThat(fehler(png)).startsWith("Die Belegliste ist weder eine CSV-Datei noch eine Excel-Arbeitsmappe (.xlsx).");
    // an encrypted (password-protected) XLSX is an OLE2 compound file (MS-OFFCRYPTO), as is the old .xls
    byte[] verschluesselt = new byte[4096];
    System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, 0,
        verschluesselt, 0, 8);
    assertThat(fehler(verschluesselt)).startsWith("Die Belegliste ist eine kennwortgeschützte (verschlüsselte) Excel-Datei");
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream aus = new ZipOutputStream(zip)) {
      aus.putNextEntry(new ZipEntry("word/document.xml"));
      aus.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
    }
    assertThat(fehler(zip.toByteArray())).startsWith("Die Belegliste ist keine lesbare Excel-Arbeitsmappe (.xlsx).");
    byte[] kaputt = java.util.Arrays.copyOf(xlsx(zeilen(50)), 900);
    assertThat(fehler(kaputt)).startsWith("Die Belegliste ist keine lesbare Excel-Arbeitsmappe (.xlsx)");
    BeleglisteLeser klein = new BeleglisteLeser(BeleglisteLeserTest.MASSNAHMEN, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
        new Grenzen(100 * 1024, 1_000));
    assertThat(fehler(klein, csv(zeilen(2_000)))).startsWith("Die Belegliste ist zu groß (0,1 MB); höchstens 0,1 MB sind erlaubt.");
    assertThat(fehler(klein, xlsx(zeilen(1_001)))).startsWith("Die Belegliste hat mehr als 1.000 Zeilen.");
    assertThat(fehler(xlsx(BeleglisteLeser.SPALTEN, zeilen(1), 2))).startsWith("Die Excel-Datei enthält 2 Tabellenblätter.");
  }

  @Test
  void zipBombeWirdNichtEntpackt() throws IOException {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream aus = new ZipOutputStream(zip)) {
      aus.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
      byte[] nullen = new byte[1024 * 1024];
      for (int i = 0; i < 101; i++) {
        aus.write(nullen);
      }
    }
    assertThat(zip.size()).isLessThan(200 * 1024);
    assertThat(fehler(zip.toByteArray())).startsWith("Die Excel-Datei ist entpackt größer als 100,0 MB");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"UTF-8 mit BOM", "UTF-16LE mit BOM", "UTF-16BE mit BOM", "windows-1252"})
  void csvInAnderenKodierungen(String kodierung) {
    String text = "Belegnummer;Datum;Zahlungsempfänger;Verwendungszweck;Betrag;Maßnahme\r\n1;02.01.2025;Bäckerei Groß;Brötchen;10,00;M1\r\n";
    Function<Charset, byte[]> mitBom = cs -> ("\uFEFF" + text).getBytes(cs);
    byte[] datei = switch (kodierung) {
      case "UTF-8 mit BOM" -> mitBom.apply(StandardCharsets.UTF_8);
      case "UTF-16LE mit BOM" -> mitBom.apply(StandardCharsets.UTF_16LE);
      case "UTF-16BE mit BOM" -> mitBom.apply(StandardCharsets.UTF_16BE);
      default -> text.getBytes(Charset.forName(kodierung));
    };
    assertThat(LESER.lies(datei).belege()).singleElement().extracting(Beleg::zahlungsempfaenger).isEqualTo("Bäckerei Groß");
  }

  @Test
  void utf16OhneBomIstKeinText() {
    byte[] datei = "Belegnummer;Datum\r\n".getBytes(StandardCharsets.UTF_16LE);
    assertThat(fehler(datei)).startsWith("Die Belegliste ist weder eine CSV-Datei noch eine Excel-Arbeitsmappe (.xlsx).");
  }

  @Test
  void formelzeichenAuchInCsv() {
    String text = String.join(";", BeleglisteLeser.SPALTEN) + "\n1;02.01.2025;=1+1;B;10,00;M1\n2;02.01.2025;A;@x;10,00;M1\n";
    assertThat(fehler(text.getBytes(StandardCharsets.UTF_8)))
        .contains("Zeile 2: „Zahlungsempfänger“ darf nicht mit „=“ beginnen").contains("Zeile 3: „Verwendungszweck“ darf nicht mit „@“");
    assertThat(betrag(1)).isEqualByComparingTo("10.01");
  }
}

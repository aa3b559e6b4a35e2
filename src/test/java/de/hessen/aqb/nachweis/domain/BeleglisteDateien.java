package de.hessen.aqb.nachweis.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Belegliste files made in the test (fastexcel writer for XLSX, German Excel CSV): the template's header and any rows.
 * A cell is a String (text), a LocalDate (a date cell), a BigDecimal (a number cell) or a {@link Formel}.
 */
public final class BeleglisteDateien {

  /** A formula cell (XLSX only). */
  public record Formel(String ausdruck) {}

  private BeleglisteDateien() {}

  /** {@code anzahl} valid rows for M1 and M2 (alternating), dated through 2025, amounts 10,01 € … with a known sum. */
  public static List<Object[]> zeilen(int anzahl) {
    List<Object[]> zeilen = new ArrayList<>();
    for (int i = 1; i <= anzahl; i++) {
      zeilen.add(new Object[] {"R-" + i, LocalDate.of(2025, 1, 1).plusDays(i % 365), "Empfänger " + (i % 37), "Honorar Nr. " + i,
          betrag(i), i % 2 == 1 ? "M1" : "M2"});
    }
    return zeilen;
  }

  /** Row i's amount: 10,00 € + i cent. */
  public static BigDecimal betrag(int i) {
    return BigDecimal.valueOf(1_000 + i, 2);
  }

  public static byte[] xlsx(List<Object[]> zeilen) {
    return xlsx(BeleglisteLeser.SPALTEN, zeilen, 1);
  }

  public static byte[] xlsx(List<String> kopf, List<Object[]> zeilen, int blaetter) {
    ByteArrayOutputStream aus = new ByteArrayOutputStream();
    try (Workbook mappe = new Workbook(aus, "AQB-Test", "1.0")) {
      Worksheet blatt = mappe.newWorksheet("Belegliste");
      for (int s = 0; s < kopf.size(); s++) {
        blatt.value(0, s, kopf.get(s));
      }
      for (int z = 0; z < zeilen.size(); z++) {
        Object[] zeile = zeilen.get(z);
        for (int s = 0; s < zeile.length; s++) {
          Object wert = zeile[s];
          if (wert instanceof LocalDate datum) {
            blatt.value(z + 1, s, datum);
            blatt.style(z + 1, s).format("dd.mm.yyyy").set();
          } else if (wert instanceof BigDecimal zahl) {
            blatt.value(z + 1, s, zahl);
          } else if (wert instanceof Formel formel) {
            blatt.formula(z + 1, s, formel.ausdruck());
          } else if (wert != null) {
            blatt.value(z + 1, s, wert.toString());
          }
        }
      }
      for (int b = 2; b <= blaetter; b++) {
        mappe.newWorksheet("Notizen " + b).value(0, 0, "Notiz");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return aus.toByteArray();
  }

  /** German Excel CSV ("CSV UTF-8": BOM, ";", CRLF), dates TT.MM.JJJJ, amounts with decimal comma. */
  public static byte[] csv(List<Object[]> zeilen) {
    StringBuilder text = new StringBuilder("\uFEFF").append(String.join(";", BeleglisteLeser.SPALTEN)).append("\r\n");
    for (Object[] zeile : zeilen) {
      List<String> zellen = new ArrayList<>();
      for (Object wert : zeile) {
        zellen.add(wert instanceof LocalDate d ? de.hessen.aqb.gemeinsam.Datumsanzeige.TT_MM_JJJJ.format(d)
            : wert instanceof BigDecimal b ? b.toPlainString().replace('.', ',') : String.valueOf(wert));
      }
      text.append(String.join(";", zellen)).append("\r\n");
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Writes the browser journey's fixture e2e/fixtures/belegliste-e2e.xlsx (journey m, demo case Wiesbaden 2025). */
  public static void main(String[] args) throws IOException {
    java.nio.file.Path ziel = java.nio.file.Path.of("e2e/fixtures/belegliste-e2e.xlsx");
    java.nio.file.Files.createDirectories(ziel.getParent());
    java.nio.file.Files.write(ziel, xlsx(List.of(
        new Object[] {"E2E-1", LocalDate.of(2025, 10, 1), "Bildungswerk Rhein-Main gGmbH", "Honorare Oktober (E2E)", new BigDecimal("15000"), "M1"},
        new Object[] {"E2E-2", LocalDate.of(2025, 10, 15), "Bildungswerk Rhein-Main gGmbH", "Raummiete Oktober (E2E)", new BigDecimal("10000.50"), "M1"},
        new Object[] {"E2E-3", LocalDate.of(2025, 11, 3), "Catering Schmidt", "Bewirtung Abschlussfeier (E2E)", new BigDecimal("800"), "M2"},
        new Object[] {"E2E-4", LocalDate.of(2025, 11, 10), "Pflegeschule Wiesbaden e. V.", "Lehrgang (E2E)", new BigDecimal("7200"), "M2"})));
  }
}

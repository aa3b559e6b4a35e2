package de.hessen.aqb.nachweis.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

/**
 * The two templates the body's form offers (forms/embedded/belegliste-vorlage.csv and .xlsx) have the reader's columns
 * and read as an empty Belegliste. The XLSX is generated: {@code main} writes it again after a change of the columns.
 */
class BeleglisteVorlageTest {

  static final Path CSV = Path.of("forms/embedded/belegliste-vorlage.csv");
  static final Path XLSX = Path.of("forms/embedded/belegliste-vorlage.xlsx");
  static final BeleglisteLeser LESER = new BeleglisteLeser(List.of(), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));

  @Test
  void beideVorlagenHabenDieSpaltenDesLesers() throws IOException {
    assertThat(LESER.lies(Files.readAllBytes(CSV)).belege()).isEmpty();
    assertThat(Files.readString(CSV)).isEqualTo("\uFEFF" + String.join(";", BeleglisteLeser.SPALTEN) + "\r\n");
    byte[] xlsx = Files.readAllBytes(XLSX);
    assertThat(BeleglisteDatei.format(xlsx)).isEqualTo(BeleglisteDatei.Format.XLSX);
    assertThat(LESER.lies(xlsx).belege()).isEmpty();
    assertThat(BeleglisteDatei.lies(xlsx, Grenzen.STANDARD).zeilen().get(0).zellen()).isEqualTo(BeleglisteLeser.SPALTEN);
  }

  /** Writes the XLSX template: bold header, sensible widths, date and amount formats prepared for 2.000 rows. */
  public static void main(String[] args) throws IOException {
    ByteArrayOutputStream aus = new ByteArrayOutputStream();
    try (Workbook mappe = new Workbook(aus, "AQB-Workflow", "1.0")) {
      Worksheet blatt = mappe.newWorksheet("Belegliste");
      double[] breiten = {16, 12, 36, 44, 14, 30};
      for (int s = 0; s < BeleglisteLeser.SPALTEN.size(); s++) {
        blatt.value(0, s, BeleglisteLeser.SPALTEN.get(s));
        blatt.style(0, s).bold().set();
        blatt.width(s, breiten[s]);
      }
      blatt.range(1, 1, 2000, 1).style().format("dd.mm.yyyy").set();
      blatt.range(1, 4, 2000, 4).style().format("#,##0.00").set();
      blatt.freezePane(0, 1);
    }
    Files.write(XLSX, aus.toByteArray());
  }
}

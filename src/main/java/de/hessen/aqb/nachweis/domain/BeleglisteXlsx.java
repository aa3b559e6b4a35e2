package de.hessen.aqb.nachweis.domain;

import de.hessen.aqb.gemeinsam.ExcelTabelle;

/**
 * The rows of an XLSX Belegliste: the first and only worksheet, read by the shared {@link ExcelTabelle} (numbers exactly
 * as stored, dates as ISO dates, formula and error cells refused per cell, ZIP bombs refused before reading).
 */
final class BeleglisteXlsx {

  private static final ExcelTabelle.Benennung BENENNUNG = new ExcelTabelle.Benennung("Die Belegliste", "in der Belegliste",
      "Bitte die Vorlage verwenden oder die Datei in Excel neu als „Excel-Arbeitsmappe (*.xlsx)“ speichern.");

  private BeleglisteXlsx() {}

  static BeleglisteDatei.Inhalt lies(byte[] datei, Grenzen grenzen) {
    ExcelTabelle.Inhalt inhalt = ExcelTabelle.lies(datei, BENENNUNG, true, grenzen.hoechstZeilen() + 1,
        () -> BeleglisteCsv.zuVieleZeilen(grenzen));
    return new BeleglisteDatei.Inhalt(BeleglisteDatei.Format.XLSX,
        inhalt.zeilen().stream().map(z -> new BeleglisteDatei.Zeile(z.nummer(), z.zellen())).toList(),
        inhalt.zellfehler().stream().map(f -> new BeleglisteDatei.Meldung(f.zeile(), f.meldung())).toList());
  }
}

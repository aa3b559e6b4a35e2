package de.hessen.aqb.nachweis.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Rerunnable benchmark of the Belegliste import (not a test): a 5.000-row file (or {@code args[0]} rows) as CSV and as
 * XLSX, made like {@link BeleglisteImportTest}'s, read by {@link BeleglisteLeser} — detection, parsing, every row check,
 * sorting. Warm-up rounds first, then the median and the slowest of the measured rounds. Run: {@code bench/belegliste-import}.
 */
public final class BeleglisteImportBenchmark {

  private BeleglisteImportBenchmark() {}

  public static void main(String[] args) {
    int zeilen = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
    int aufwaermen = 5;
    int runden = 20;
    var leser = new BeleglisteLeser(List.of(new BewilligteMassnahme("M1", "Fit für den Beruf (FIB)", 1),
        new BewilligteMassnahme("M2", "AidA", 1)), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
    for (String format : List.of("CSV", "XLSX")) {
      byte[] datei = format.equals("CSV") ? BeleglisteDateien.csv(BeleglisteDateien.zeilen(zeilen))
          : BeleglisteDateien.xlsx(BeleglisteDateien.zeilen(zeilen));
      long[] ms = new long[runden];
      for (int r = -aufwaermen; r < runden; r++) {
        long start = System.nanoTime();
        int gelesen = leser.lies(datei).belege().size();
        long dauer = System.nanoTime() - start;
        if (gelesen != zeilen) {
          throw new IllegalStateException(format + ": " + gelesen + " statt " + zeilen + " Belege gelesen");
        }
        if (r >= 0) {
          ms[r] = dauer / 1_000_000;
        }
      }
      Arrays.sort(ms);
      System.out.printf(Locale.ROOT, "belegliste-import format=%s zeilen=%d bytes=%d median_ms=%d max_ms=%d runden=%d java=%s cpus=%d%n",
          format, zeilen, datei.length, ms[runden / 2], ms[runden - 1], runden, System.getProperty("java.version"),
          Runtime.getRuntime().availableProcessors());
    }
  }
}

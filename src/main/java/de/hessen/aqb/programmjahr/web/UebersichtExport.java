package de.hessen.aqb.programmjahr.web;

import de.hessen.aqb.gemeinsam.Geld;
import de.hessen.aqb.programmjahr.domain.Budgetzeile;
import de.hessen.aqb.programmjahr.domain.Uebersicht;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The overview's lines as JSON-ready maps, as German Excel CSV (";", decimal comma, UTF-8 with BOM) and as XLSX. */
final class UebersichtExport {

  static final List<String> SPALTEN = List.of("Kreisschlüssel", "Gebietskörperschaft", "Förderfall", "Stufe", "Zuteilung",
      "Budget (Zielvereinbarung)", "Bewilligt", "Ausgezahlt", "Anerkannt", "Zurückgefordert", "Rest");

  private UebersichtExport() {}

  static Map<String, Object> json(Uebersicht u) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("jahr", u.jahr());
    m.put("jahre", u.jahre());
    m.put("landesbudgetCent", u.landesbudgetCent());
    m.put("zeilen", u.zeilen().stream().map(UebersichtExport::zeile).toList());
    m.put("summe", zeile(u.summe()));
    m.put("fristen", u.fristen());
    m.put("ueberfaellig", u.ueberfaellig());
    m.put("stoerungen", u.stoerungen());
    return m;
  }

  static Map<String, Object> zeile(Budgetzeile z) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kreisschluessel", z.kreisschluessel());
    m.put("bezeichnung", z.bezeichnung());
    m.put("foerderfallNummer", z.foerderfallNummer());
    m.put("stufe", z.stufe());
    m.put("zuteilungCent", z.zuteilungCent());
    m.put("budgetCent", z.budgetCent());
    m.put("bewilligtCent", z.bewilligtCent());
    m.put("ausgezahltCent", z.ausgezahltCent());
    m.put("anerkanntCent", z.anerkanntCent());
    m.put("zurueckgefordertCent", z.zurueckgefordertCent());
    m.put("restCent", z.restCent());
    return m;
  }

  private static List<Object> werte(Budgetzeile z) {
    return List.of(z.kreisschluessel(), z.bezeichnung(), z.foerderfallNummer(), z.stufe(), z.zuteilungCent(), z.budgetCent(),
        z.bewilligtCent(), z.ausgezahltCent(), z.anerkanntCent(), z.zurueckgefordertCent(), z.restCent());
  }

  static byte[] csv(Uebersicht u) {
    StringBuilder text = new StringBuilder("\uFEFF");
    try (CSVPrinter drucker = new CSVPrinter(text, CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get())) {
      drucker.printRecord(SPALTEN);
      List<Budgetzeile> alle = new ArrayList<>(u.zeilen());
      alle.add(u.summe());
      for (Budgetzeile z : alle) {
        drucker.printRecord(werte(z).stream().map(w -> w instanceof Long cent ? Geld.alsEingabe(cent) : w).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  static byte[] xlsx(Uebersicht u) {
    ByteArrayOutputStream aus = new ByteArrayOutputStream();
    try {
      Workbook mappe = new Workbook(aus, "AQB-Workflow", "1.0");
      Worksheet blatt = mappe.newWorksheet("Budget " + u.jahr());
      for (int s = 0; s < SPALTEN.size(); s++) {
        blatt.value(0, s, SPALTEN.get(s));
        blatt.style(0, s).bold().set();
      }
      List<Budgetzeile> alle = new ArrayList<>(u.zeilen());
      alle.add(u.summe());
      for (int r = 0; r < alle.size(); r++) {
        List<Object> w = werte(alle.get(r));
        for (int s = 0; s < w.size(); s++) {
          if (w.get(s) instanceof Long cent) {
            blatt.value(r + 1, s, BigDecimal.valueOf(cent, 2));
            blatt.style(r + 1, s).format("#,##0.00 \"€\"").set();
          } else {
            blatt.value(r + 1, s, (String) w.get(s));
          }
        }
      }
      mappe.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return aus.toByteArray();
  }
}

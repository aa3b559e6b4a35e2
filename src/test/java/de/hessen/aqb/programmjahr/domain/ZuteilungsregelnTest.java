package de.hessen.aqb.programmjahr.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import de.hessen.aqb.referenz.Referenzdaten;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

/** The allocation's rules without Spring or the engine: all problems at once, in German; the body by AGS, key or name. */
class ZuteilungsregelnTest {

  static final Zuteilungsregeln REGELN = new Zuteilungsregeln(Referenzdaten.ausKlassenpfad().alle());

  @Test
  void gueltigeZuteilungNachAgsSchluesselUndName() {
    Zuteilung z = REGELN.pruefe(2026, 2_770_000_000L, Zuteilungsdatei.ausText("""
        Gebietskörperschaft;Betrag;davon zweckgebunden
        06414000;1.200.000,00;200.000
        06431;950000
        Stadt Hanau;1000000,50;
        Vogelsbergkreis;491.550
        """), false, true);
    assertThat(z.anteile()).extracting(Zuteilung.Anteil::kreisschluessel).containsExactly("06414", "06431", "06415", "06535");
    assertThat(z.anteile().get(0).zweckgebundenCent()).isEqualTo(20_000_000L);
    assertThat(z.summeCent()).isEqualTo(120_000_000L + 95_000_000L + 100_000_050L + 49_155_000L);
  }

  @Test
  void alleFehlerAufEinmal() {
    List<Zuteilungszeile> zeilen = Zuteilungsdatei.ausText("""
        06414;1.000.000
        Atlantis;5
        06414000;7
        06415;100000
        06431;-5
        06432;viel
        Kassel;10
        06433;100;200
        """);
    assertThatThrownBy(() -> REGELN.pruefe(2025, 100_000L, zeilen, true, true))
        .isInstanceOf(UngueltigeEingabe.class)
        .hasMessageContaining("Zeile 2: Unbekannte Gebietskörperschaft „Atlantis“.")
        .hasMessageContaining("Zeile 3: Landeshauptstadt Wiesbaden steht doppelt in der Zuteilung (schon in Zeile 1).")
        .hasMessageContaining("Zeile 4: Stadt Hanau kann im Jahr 2025 kein AQB erhalten (kreisfrei erst ab 1.1.2026).")
        .hasMessageContaining("Zeile 5: Betrag „-5“ muss größer als 0 sein.")
        .hasMessageContaining("Zeile 6: Betrag „viel“ ist keine Zahl.")
        .hasMessageContaining("Zeile 7: „Kassel“ ist mehrdeutig")
        .hasMessageContaining("Zeile 8: Der zweckgebundene Betrag von Landkreis Groß-Gerau (200,00 €) ist höher als der Betrag (100,00 €).")
        .hasMessageContaining("übersteigt das Landesbudget (1.000,00 €)")
        .hasMessageContaining("Das Programmjahr 2025 ist bereits gestartet")
        .hasMessageStartingWith("Die Zuteilung wurde nicht übernommen, es wurde nichts gestartet.");
  }

  @Test
  void leerOhneVorlageOhneBudget() {
    assertThatThrownBy(() -> REGELN.pruefe(2031, null, List.of(), false, false))
        .hasMessageContaining("Für das Jahr 2031 liegt keine Vorlage der Zielvereinbarung vor.")
        .hasMessageContaining("Bitte das Landesbudget")
        .hasMessageContaining("Die Zuteilung enthält keine Zeile.");
  }

  @Test
  void falscherDateityp() {
    assertThatThrownBy(() -> Zuteilungsdatei.ausDatei("zuteilung.pdf", "%PDF-1.7".getBytes()))
        .hasMessageContaining("falschen Dateityp");
    assertThatThrownBy(() -> Zuteilungsdatei.ausDatei("zuteilung.xlsx", "06414;5".getBytes()))
        .hasMessageContaining("keine Excel-Arbeitsmappe");
    assertThatThrownBy(() -> Zuteilungsdatei.ausDatei("zuteilung.csv", new byte[] {'a', 0, 'b'}))
        .hasMessageContaining("falschen Dateityp");
  }

  @Test
  void excelMitFormelOderZipBombeUndKaputteCsvAufDeutschOhneTextDerBibliothek() throws Exception {
    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    Workbook mappe = new Workbook(xlsx, "Test", "1.0");
    Worksheet blatt = mappe.newWorksheet("Zuteilung");
    blatt.value(0, 0, "Gebietskörperschaft");
    blatt.value(0, 1, "Betrag");
    blatt.value(1, 0, "06414");
    blatt.formula(1, 1, "1000000*2");
    mappe.finish();
    assertThatThrownBy(() -> Zuteilungsdatei.ausDatei("zuteilung.xlsx", xlsx.toByteArray()))
        .isInstanceOf(UngueltigeEingabe.class)
        .hasMessage("Zeile 2: Zelle B2: Formeln sind in der Zuteilung nicht erlaubt. Bitte die Werte eintragen (in Excel: "
            + "Kopieren, dann „Einfügen – Werte“). Es wurde nichts gestartet.");

    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream aus = new ZipOutputStream(zip)) {
      aus.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
      byte[] nullen = new byte[1024 * 1024];
      for (int i = 0; i < 101; i++) {
        aus.write(nullen);
      }
    }
    assertThatThrownBy(() -> Zuteilungsdatei.ausDatei("zuteilung.xlsx", zip.toByteArray()))
        .hasMessage("Die Excel-Datei ist entpackt größer als 100,0 MB und wird nicht gelesen. Es wurde nichts gestartet.");

    assertThatThrownBy(() -> Zuteilungsdatei.ausText("06414;\"1.000\"x;5\n"))
        .hasMessage("Die Zuteilung ist keine lesbare CSV-Tabelle (Trennzeichen „;“, Texte mit Semikolon in Anführungszeichen). "
            + "Es wurde nichts gestartet.");
  }
}

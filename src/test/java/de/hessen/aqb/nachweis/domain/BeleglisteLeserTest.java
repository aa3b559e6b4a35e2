package de.hessen.aqb.nachweis.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.hessen.aqb.gemeinsam.Fehlerliste;
import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Belegliste as German Excel writes it, and every kind of faulty row with its exact German message. */
class BeleglisteLeserTest {

  static final String KOPF = "Datum;Zahlungsempfänger;Verwendungszweck;Betrag;Maßnahme\n";
  static final List<BewilligteMassnahme> MASSNAHMEN = List.of(
      new BewilligteMassnahme("M1", "Fit für den Beruf (FIB)", 85_000_00L),
      new BewilligteMassnahme("M2", "AidA – Ausbildung in der Altenpflegehilfe", 120_000_00L));
  static final BeleglisteLeser LESER = new BeleglisteLeser(MASSNAHMEN, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));

  static Belegliste lies(String text) {
    return LESER.lies(text.getBytes(StandardCharsets.UTF_8));
  }

  static String fehler(String zeilen) {
    try {
      lies(KOPF + zeilen);
    } catch (UngueltigeEingabe e) {
      return e.getMessage();
    }
    throw new AssertionError("keine Fehlermeldung für: " + zeilen);
  }

  @Test
  void guteDateiWirdNachDatumSortiertUndSummiert() {
    Belegliste liste = lies(KOPF
        + "15.03.2025;Bildungswerk Rhein-Main gGmbH;Honorar Februar;12.345,67;M1\n"
        + "2.1.2025;\"Müller; Schulz GbR\";Miete Schulungsraum;800;Fit für den Beruf (FIB)\n"
        + "31.12.2025;Pflegeschule Wiesbaden e. V.;Lehrgang 2025;1.200,5 €;aida – ausbildung in der altenpflegehilfe\n"
        + ";;;;\n");
    assertThat(liste.belege()).extracting(Beleg::zeile).containsExactly(3, 2, 4);
    assertThat(liste.belege()).extracting(Beleg::datum)
        .containsExactly(LocalDate.of(2025, 1, 2), LocalDate.of(2025, 3, 15), LocalDate.of(2025, 12, 31));
    assertThat(liste.belege().get(0).zahlungsempfaenger()).isEqualTo("Müller; Schulz GbR");
    assertThat(liste.summeJeMassnahmeCent()).containsEntry("M1", 12_345_67L + 800_00L).containsEntry("M2", 1_200_50L);
    assertThat(liste.summeCent()).isEqualTo(14_346_17L);
  }

  @Test
  void utf8MitBomUndWindows1252WerdenGelesen() {
    String text = KOPF + "02.01.2025;Bäckerei Groß;Verpflegung;10,00;M1\n";
    byte[] mitBom = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
    assertThat(LESER.lies(mitBom).belege()).singleElement().extracting(Beleg::zahlungsempfaenger).isEqualTo("Bäckerei Groß");
    byte[] ansi = text.replace("\n", "\r\n").getBytes(Charset.forName("windows-1252"));
    assertThat(LESER.lies(ansi).belege()).singleElement().extracting(Beleg::betragCent).isEqualTo(1_000L);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      zu viele Nachkommastellen | 02.01.2025;A;B;12,345;M1          | Zeile 2: „12,345“ ist kein gültiger Betrag.
      kein Betrag               | 02.01.2025;A;B;zwölf;M1           | Zeile 2: „zwölf“ ist kein gültiger Betrag.
      negativer Betrag          | 02.01.2025;A;B;-50,00;M1          | Zeile 2: Der Betrag „-50,00“ muss größer als null sein.
      Betrag null               | 02.01.2025;A;B;0,00;M1            | Zeile 2: Der Betrag „0,00“ muss größer als null sein.
      kein Datum                | 31.02.2025;A;B;10,00;M1           | Zeile 2: „31.02.2025“ ist kein gültiges Datum (TT.MM.JJJJ).
      vor dem Zeitraum          | 31.12.2024;A;B;10,00;M1           | Zeile 2: Das Datum 31.12.2024 liegt außerhalb des Bewilligungszeitraums (01.01.2025 bis 31.12.2025).
      nach dem Zeitraum         | 2026-01-01;A;B;10,00;M1           | Zeile 2: Das Datum 01.01.2026 liegt außerhalb des Bewilligungszeitraums (01.01.2025 bis 31.12.2025).
      unbekannte Maßnahme       | 02.01.2025;A;B;10,00;M9           | Zeile 2: Die Maßnahme „M9“ ist im Bescheid nicht enthalten (Nummer wie „M1“ oder Name wie im Bescheid angeben).
      ohne Zahlungsempfänger    | 02.01.2025;;B;10,00;M1            | Zeile 2: Bitte „Zahlungsempfänger“ angeben.
      ohne Verwendungszweck     | 02.01.2025;A; ;10,00;M1           | Zeile 2: Bitte „Verwendungszweck“ angeben.
      ohne Maßnahme             | 02.01.2025;A;B;10,00              | Zeile 2: Bitte „Maßnahme“ angeben.
      zu viele Spalten          | 02.01.2025;A;B;10,00;M1;x         | Zeile 2: Die Zeile hat mehr als 5 Spalten (Trennzeichen „;“ im Text? Dann den Text in Anführungszeichen setzen).
      """)
  void jedeFehlerhafteZeileWirdMitIhrerNummerGemeldet(String fall, String zeile, String meldung) {
    assertThat(fehler(zeile)).isEqualTo("Die Belegliste enthält Fehler: " + meldung);
  }

  @Test
  void alleFehlerAufEinmalMitDerZeileDerDatei() {
    String meldung = fehler("02.01.2025;A;B;10,00;M1\n"
        + "\n"
        + "03.01.2025;A;B;1,001;M1\n"
        + "04.01.2025;A;;10,00;M7\n");
    assertThat(meldung).isEqualTo("Die Belegliste enthält Fehler: Zeile 4: „1,001“ ist kein gültiger Betrag. "
        + "Zeile 5: Bitte „Verwendungszweck“ angeben. Zeile 5: Die Maßnahme „M7“ ist im Bescheid nicht enthalten "
        + "(Nummer wie „M1“ oder Name wie im Bescheid angeben).");
  }

  @Test
  void vieleFehlerWerdenGekuerzt() {
    String meldung = fehler("x;A;B;10,00;M1\n".repeat(25));
    assertThat(meldung).contains("Zeile 21: „x“").doesNotContain("Zeile 22:").endsWith(" Weitere 5 Fehler in den Zeilen 22–26.");
  }

  @Test
  void falscherKopf() {
    assertThatThrownBy(() -> lies("Datum,Empfänger,Zweck,Betrag,Maßnahme\n02.01.2025,A,B,10,M1\n"))
        .isInstanceOf(UngueltigeEingabe.class)
        .hasMessage("Die erste Zeile der Belegliste muss die Spalten „Belegnummer; Datum; Zahlungsempfänger; Verwendungszweck; "
            + "Betrag; Maßnahme“ enthalten (in einer CSV-Datei getrennt durch Semikolon), gefunden: "
            + "„Datum,Empfänger,Zweck,Betrag,Maßnahme“. Bitte die Vorlage verwenden.");
    assertThatThrownBy(() -> lies("Datum;Betrag;Zahlungsempfänger;Verwendungszweck;Maßnahme\n"))
        .hasMessageContaining("gefunden: „Datum; Betrag; Zahlungsempfänger; Verwendungszweck; Maßnahme“");
  }

  @Test
  void kopfOhneUmlauteUndMitLeerenSpaltenAmEndeIstInOrdnung() {
    assertThat(lies("datum;Zahlungsempfaenger;Verwendungszweck;Betrag;Massnahme;;\n02.01.2025;A;B;10,00;M1;;\n").belege())
        .hasSize(1);
  }

  @Test
  void leereDatei() {
    assertThatThrownBy(() -> LESER.lies(new byte[0])).isInstanceOf(UngueltigeEingabe.class)
        .hasMessage("Die Belegliste ist leer. Bitte die Vorlage verwenden und je Zahlung eine Zeile ausfüllen.");
    assertThatThrownBy(() -> LESER.lies("\uFEFF \r\n".getBytes(StandardCharsets.UTF_8))).hasMessageStartingWith("Die Belegliste ist leer.");
  }

  @Test
  void nurKopfErgibtEineLeereListe() {
    assertThat(lies(KOPF).belege()).isEmpty();
  }

  @Test
  void summenMuessenZumZahlenmaessigenNachweisPassen() {
    Belegliste liste = lies(KOPF + "02.01.2025;A;B;12.000,00;M1\n03.01.2025;A;B;345,67;M1\n04.01.2025;A;B;100,00;M2\n");
    Fehlerliste fehler = new Fehlerliste();
    NachweisRegeln.pruefeSummen(List.of(
        new NachweisPosition("M1", "Fit für den Beruf (FIB)", 85_000_00L, 12_345_67L, 0),
        new NachweisPosition("M2", "AidA – Ausbildung in der Altenpflegehilfe", 120_000_00L, 150_00L, 0)), liste, fehler);
    assertThat(fehler.fehler()).containsExactly("Maßnahme „AidA – Ausbildung in der Altenpflegehilfe“: Die Belegliste ergibt "
        + "100,00 €, im zahlenmäßigen Nachweis sind Ausgaben (Ist) von 150,00 € angegeben.");
  }

  @Test
  void passendeSummenErgebenKeinenFehler() {
    Belegliste liste = lies(KOPF + "02.01.2025;A;B;12.345,67;M1\n");
    Fehlerliste fehler = new Fehlerliste();
    NachweisRegeln.pruefeSummen(List.of(new NachweisPosition("M1", "FIB", 85_000_00L, 12_345_67L, 500_00L),
        new NachweisPosition("M2", "AidA", 120_000_00L, 0, 0)), liste, fehler);
    assertThat(fehler.fehler()).isEmpty();
  }

  @Test
  void betraegeInDeutscherSchreibweise() {
    assertThat(BeleglisteLeser.cent("1.234,56")).isEqualTo(123_456L);
    assertThat(BeleglisteLeser.cent("1.234")).isEqualTo(123_400L);
    assertThat(BeleglisteLeser.cent("1.234.567")).isEqualTo(123_456_700L);
    assertThat(BeleglisteLeser.cent("12,5")).isEqualTo(1_250L);
    assertThat(BeleglisteLeser.cent("12.50")).isEqualTo(1_250L);
    assertThat(BeleglisteLeser.cent("12 €")).isEqualTo(1_200L);
    assertThat(BeleglisteLeser.cent("1,2,3")).isNull();
    assertThat(BeleglisteLeser.cent("12.345,678")).isNull();
  }
}

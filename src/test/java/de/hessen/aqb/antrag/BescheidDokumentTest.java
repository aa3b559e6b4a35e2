package de.hessen.aqb.antrag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.hessen.aqb.antrag.domain.BescheidDaten;
import de.hessen.aqb.dokument.ArchivPdf;
import de.hessen.aqb.dokument.PdfRenderer;
import de.hessen.aqb.dokument.PdfText;
import de.hessen.aqb.antrag.domain.BescheidDaten.Bescheidart;
import de.hessen.aqb.antrag.domain.BescheidDaten.Position;
import de.hessen.aqb.zielvereinbarung.domain.Massnahmenart;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The Zuwendungsbescheid / Ablehnungsbescheid PDF, checked on the text PDFBox extracts (sorted by
 * position, so each table row is one line). No Spring. The PDFs and a PNG of every page are written
 * to {@code target/dokumente/} for visual inspection.
 */
class BescheidDokumentTest {

    private static final BescheidDokument DOKUMENT = new BescheidDokument(PdfRenderer.mitKlassenpfadVorlagen());

    static final String FIB = "Fit für den Beruf (FIB)";
    static final String AIDA = "\"AidA\" - Ausbildung in der Altenpflegehilfe";
    static final String STADTTEILMUETTER = "Stadtteilmütter – Stadtteilväter";

    /** Wiesbaden 2025, full grant: three measures, AidA spans 2025 and 2026. */
    static BescheidDaten wiesbaden2025() {
        return new BescheidDaten(
                "57 AQB 2025-06414",
                LocalDate.of(2025, 8, 13),
                Bescheidart.VOLLBEWILLIGUNG,
                "Landeshauptstadt Wiesbaden",
                "der Landeshauptstadt Wiesbaden",
                2025,
                LocalDate.of(2025, 3, 28),
                List.of(
                        new Position("M1", FIB, Massnahmenart.AUSBILDUNGSVORBEREITUNG.bezeichnung(),
                                "Bildungswerk Rhein-Main gGmbH", 85_000_000L, 85_000_000L, Map.of(2025, 85_000_000L)),
                        new Position("M2", AIDA, Massnahmenart.AUSBILDUNG_UND_AUSBILDUNGSCOACHING.bezeichnung(),
                                "Pflegeschule Wiesbaden e. V.", 120_000_000L, 120_000_000L,
                                Map.of(2025, 80_000_000L, 2026, 40_000_000L)),
                        new Position("M3", STADTTEILMUETTER, Massnahmenart.QUALIFIZIERUNGSPROJEKTE.bezeichnung(),
                                "Nachbarschaftshaus Wiesbaden e. V.", 48_123_456L, 48_123_456L,
                                Map.of(2025, 48_123_456L))),
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2026, 12, 31),
                "Die Mittel dürfen nur angefordert werden, soweit sie voraussichtlich innerhalb von zwei "
                        + "Monaten nach der Auszahlung benötigt werden.",
                "jeweils bis zum 30. April des Folgejahres",
                LocalDate.of(2027, 6, 30),
                "ANBest-GK",
                List.of(),
                "Sabine Krüger",
                "Dr. Thomas Adler");
    }

    /** Same Antrag, Stadtteilmütter cut from 600.000,00 € to 481.234,56 €. */
    static BescheidDaten wiesbaden2025Teilbewilligung() {
        BescheidDaten voll = wiesbaden2025();
        List<Position> positionen = new ArrayList<>(voll.positionen());
        Position p = positionen.get(2);
        positionen.set(2, new Position(p.massnahmeId(), p.name(), p.massnahmenart(), p.traeger(), 60_000_000L,
                p.bewilligtCent(), p.bewilligtJeHaushaltsjahrCent()));
        return mit(voll, Bescheidart.TEILBEWILLIGUNG, positionen, List.of(
                "Die für die Maßnahme „Stadtteilmütter – Stadtteilväter“ beantragten Personalausgaben sind "
                        + "nur in Höhe von 481.234,56 € zuwendungsfähig.",
                "Die Sachausgaben für Bewirtung sind nicht zuwendungsfähig."));
    }

    /** Refusal: nothing granted, no split by year. */
    static BescheidDaten wiesbaden2025Ablehnung() {
        BescheidDaten voll = wiesbaden2025();
        List<Position> positionen = voll.positionen().stream()
                .map(p -> new Position(p.massnahmeId(), p.name(), p.massnahmenart(), p.traeger(), p.beantragtCent(),
                        0L, Map.of()))
                .toList();
        return mit(voll, Bescheidart.ABLEHNUNG, positionen,
                List.of("Die beantragten Maßnahmen sind nicht Gegenstand der Zielvereinbarung 2025."));
    }

    static BescheidDaten mit(BescheidDaten d, Bescheidart art, List<Position> positionen, List<String> begruendung) {
        return new BescheidDaten(d.aktenzeichen(), d.bescheidDatum(), art, d.empfaengerBezeichnung(),
                d.empfaengerDativ(), d.programmjahr(), d.antragDatum(), positionen, d.bewilligungVon(),
                d.bewilligungBis(), d.mittelabrufRegel(), d.zwischennachweisFrist(), d.verwendungsnachweisFrist(),
                d.nebenbestimmungen(), begruendung, d.verfasser(), d.freigabe());
    }

    static String erzeuge(BescheidDaten daten, String name) {
        byte[] pdf = DOKUMENT.erzeugePdf(daten);
        PdfText.ablegen(pdf, "bescheid-" + name + ".pdf");
        BescheidPdfPruefung.seitenAlsPng(pdf, "bescheid-" + name);
        BescheidPdfPruefung.assertTextInnerhalbDerRaender(pdf, 2.5f, 2.0f);
        BescheidPdfPruefung.assertKeineUeberlappendenZeichen(pdf);
        System.out.println("Bescheid " + name + ": " + ArchivPdf.pruefe(pdf, daten.aktenzeichen()));
        return PdfText.text(pdf);
    }

    static long vorkommen(String text, String teil) {
        return Pattern.compile(Pattern.quote(teil)).matcher(text).results().count();
    }

    /** The one extracted line containing {@code teil} (fails if none or several). */
    static String zeileMit(String text, String teil) {
        List<String> zeilen = zeilenMit(text, teil);
        assertThat(zeilen).as("Zeilen mit »%s«", teil).hasSize(1);
        return zeilen.get(0);
    }

    /** All extracted lines containing {@code teil}, stripped, in order. */
    static List<String> zeilenMit(String text, String teil) {
        return text.lines().filter(z -> z.contains(teil)).map(String::strip).toList();
    }

    /**
     * First lines of the table rows starting with {@code anfang}, in order (long cells wrap, so a row's
     * amounts are on the line with the start of its name: all cells are top-aligned).
     */
    static List<String> tabellenzeilen(String text, String anfang) {
        return text.lines().map(String::strip).filter(z -> z.startsWith(anfang)).toList();
    }

    static final String ZEILE_FIB = "1 Fit für den Beruf";
    static final String ZEILE_AIDA = "2 \"AidA\" -";
    static final String ZEILE_STADTTEILMUETTER = "3 Stadtteilmütter –";

    /** Whitespace collapsed, footer lines kept. */
    static String fliesstext(String text) {
        return text.replaceAll("\\s+", " ");
    }

    @Nested
    class Vollbewilligung {

        static String text;
        static byte[] pdf;

        @BeforeAll
        static void erzeugen() {
            pdf = DOKUMENT.erzeugePdf(wiesbaden2025());
            text = erzeuge(wiesbaden2025(), "wiesbaden-2025-voll");
        }

        @Test
        void briefkopfAnschriftUndAngabenspalte() {
            assertThat(text).contains(
                    "Regierungspräsidium Kassel · Dezernat 57 – Soziales und Förderwesen · Kurt-Schumacher-Str. 2 · 34117 Kassel",
                    "Landeshauptstadt Wiesbaden");
            assertThat(zeileMit(text, "Aktenzeichen")).endsWith("Aktenzeichen 57 AQB 2025-06414");
            assertThat(zeileMit(text, "Datum 13. August 2025")).endsWith("Datum 13. August 2025");
            assertThat(zeileMit(text, "Bearbeitung")).endsWith("Bearbeitung Sabine Krüger");
        }

        @Test
        void titelBetreffUndTenor() {
            String fliess = fliesstext(text);
            assertThat(fliess).contains("Zuwendungsbescheid Ausbildungs- und Qualifizierungsbudget (AQB) 2025 – "
                    + "Ihr Antrag vom 28. März 2025");
            assertThat(fliess).contains("1. Der Landeshauptstadt Wiesbaden wird für die Durchführung der "
                    + "nachstehenden Maßnahmen im Rahmen des Ausbildungs- und Qualifizierungsbudgets 2025 eine "
                    + "Zuwendung in Höhe von insgesamt 2.531.234,56 € im Wege der Projektförderung als "
                    + "Festbetragsfinanzierung bewilligt.");
            assertThat(fliess).doesNotContain("Im Übrigen", "Ablehnungsbescheid", "Begründung");
            assertThat(fliess).contains("2. Der Bewilligungszeitraum umfasst die Zeit vom 1. Januar 2025 bis "
                    + "31. Dezember 2026.");
        }

        @Test
        void tabelleDerMassnahmenZeigtJeZeileBeantragtUndBewilligt() {
            // each measure is listed twice: first the table of measures, then the split by year
            assertThat(text).contains("Nr. Maßnahme Maßnahmenart Träger beantragt bewilligt");
            assertThat(tabellenzeilen(text, ZEILE_FIB).get(0)).endsWith(" 850.000,00 € 850.000,00 €");
            assertThat(tabellenzeilen(text, ZEILE_AIDA).get(0)).endsWith(" 1.200.000,00 € 1.200.000,00 €");
            assertThat(tabellenzeilen(text, ZEILE_STADTTEILMUETTER).get(0)).endsWith(" 481.234,56 € 481.234,56 €");
            assertThat(text).contains("Bildungswerk Rhein-Main", "Pflegeschule Wiesbaden", "Ausbildungsvorbereitung");
        }

        @Test
        void gesamtsummeImTenorUndInDenSummenzeilen() {
            // 850.000,00 + 1.200.000,00 + 481.234,56
            String summe = "2.531.234,56 €";
            List<String> summenzeilen = text.lines().map(String::strip).filter(z -> z.startsWith("Summe ")).toList();
            assertThat(summenzeilen).containsExactly(
                    "Summe " + summe + " " + summe,                       // Maßnahmen: beantragt, bewilligt
                    "Summe 2.131.234,56 € 400.000,00 € " + summe);        // Haushaltsjahre 2025, 2026, gesamt
            assertThat(vorkommen(fliesstext(text), "insgesamt " + summe)).isEqualTo(1);
            assertThat(vorkommen(text, summe)).isEqualTo(4); // tenor + 2 in the first total row + 1 in the second
        }

        @Test
        void aufteilungAufDieHaushaltsjahre() {
            assertThat(fliesstext(text)).contains("4. Aufteilung auf die Haushaltsjahre.");
            assertThat(text).contains("Nr. Maßnahme 2025 2026 Summe");
            assertThat(tabellenzeilen(text, ZEILE_FIB)).hasSize(2).last().asString()
                    .endsWith(" 850.000,00 € – 850.000,00 €");
            assertThat(tabellenzeilen(text, ZEILE_AIDA)).hasSize(2).last().asString()
                    .endsWith(" 800.000,00 € 400.000,00 € 1.200.000,00 €");
            assertThat(tabellenzeilen(text, ZEILE_STADTTEILMUETTER)).hasSize(2).last().asString()
                    .endsWith(" 481.234,56 € – 481.234,56 €");
        }

        @Test
        void nebenbestimmungenMittelabrufUndNachweise() {
            String fliess = fliesstext(text);
            assertThat(fliess).contains("Nebenbestimmungen Die Allgemeinen Nebenbestimmungen für Zuwendungen zur "
                    + "Projektförderung an Gebietskörperschaften (ANBest-GK) sind Bestandteil dieses Bescheides.");
            assertThat(fliess).contains("Mittelabruf Die Mittel dürfen nur angefordert werden, soweit sie "
                    + "voraussichtlich innerhalb von zwei Monaten nach der Auszahlung benötigt werden.");
            assertThat(fliess).contains("Nachweis der Verwendung Für jedes abgeschlossene Haushaltsjahr des "
                    + "Bewilligungszeitraums ist ein Zwischennachweis jeweils bis zum 30. April des Folgejahres "
                    + "vorzulegen.");
            assertThat(fliess).contains("Der Verwendungsnachweis (Sachbericht, zahlenmäßiger Nachweis und "
                    + "Belegliste) ist bis zum 30. Juni 2027 vorzulegen.");
        }

        @Test
        void rechtsbehelfsbelehrungUndUnterschrift() {
            String fliess = fliesstext(text);
            assertThat(fliess).contains("Rechtsbehelfsbelehrung Gegen diesen Bescheid kann innerhalb eines Monats "
                    + "nach Bekanntgabe Klage beim Verwaltungsgericht Kassel erhoben werden.");
            assertThat(fliess).contains("Mit freundlichen Grüßen Im Auftrag Dr. Thomas Adler Bearbeitet von Sabine Krüger");
        }

        @Test
        void seitenzahlenFolgekopfUndNichtsRagtUeberDenRand() {
            int seiten = PdfText.seiten(pdf);
            assertThat(seiten).isBetween(2, 4);
            assertThat(text).contains("Seite 1 von " + seiten, "Seite " + seiten + " von " + seiten);
            assertThat(vorkommen(text, "Regierungspräsidium Kassel · Az. 57 AQB 2025-06414 · 13. August 2025"))
                    .as("Kopfzeile auf jeder Folgeseite, nicht auf Seite 1").isEqualTo(seiten - 1);
            BescheidPdfPruefung.assertTextInnerhalbDerRaender(pdf, 2.5f, 2.0f);
            BescheidPdfPruefung.assertKeineUeberlappendenZeichen(pdf);
        }

        @Test
        void nurEingebettetesDejaVu() {
            assertThat(BescheidPdfPruefung.schriften(pdf)).containsExactlyInAnyOrder("DejaVuSans", "DejaVuSans-Bold");
        }
    }

    @Nested
    class Teilbewilligung {

        static String text;

        @BeforeAll
        static void erzeugen() {
            text = erzeuge(wiesbaden2025Teilbewilligung(), "wiesbaden-2025-teil");
        }

        @Test
        void tenorBewilligtDenTeilbetragUndLehntImUebrigenAb() {
            assertThat(fliesstext(text)).contains("Zuwendungsbescheid",
                    "eine Zuwendung in Höhe von insgesamt 2.531.234,56 € im Wege der Projektförderung als "
                            + "Festbetragsfinanzierung bewilligt. Im Übrigen wird der Antrag abgelehnt.");
            assertThat(tabellenzeilen(text, ZEILE_STADTTEILMUETTER).get(0)).endsWith(" 600.000,00 € 481.234,56 €");
            assertThat(text.lines().map(String::strip).filter(z -> z.startsWith("Summe ")).toList())
                    .first().isEqualTo("Summe 2.650.000,00 € 2.531.234,56 €");
        }

        @Test
        void begruendungMitAllenGruenden() {
            assertThat(fliesstext(text)).contains("Begründung 1. Die für die Maßnahme „Stadtteilmütter – "
                    + "Stadtteilväter“ beantragten Personalausgaben sind nur in Höhe von 481.234,56 € "
                    + "zuwendungsfähig. 2. Die Sachausgaben für Bewirtung sind nicht zuwendungsfähig.");
        }

        @Test
        void ganzAbgelehnteMassnahmeErscheintNichtInDerAufteilungAufHaushaltsjahre() {
            BescheidDaten teil = wiesbaden2025Teilbewilligung();
            List<Position> positionen = new ArrayList<>(teil.positionen());
            Position p = positionen.get(0);
            positionen.set(0, new Position(p.massnahmeId(), p.name(), p.massnahmenart(), p.traeger(),
                    p.beantragtCent(), 0L, Map.of()));
            String ohneFib = erzeuge(mit(teil, Bescheidart.TEILBEWILLIGUNG, positionen, teil.begruendung()),
                    "wiesbaden-2025-teil-ohne-fib");

            assertThat(tabellenzeilen(ohneFib, ZEILE_FIB)).singleElement().asString()
                    .endsWith(" 850.000,00 € 0,00 €");
            assertThat(fliesstext(ohneFib)).contains("insgesamt 1.681.234,56 €");
            assertThat(tabellenzeilen(ohneFib, "Summe ")).containsExactly(
                    "Summe 2.650.000,00 € 1.681.234,56 €", "Summe 1.281.234,56 € 400.000,00 € 1.681.234,56 €");
        }
    }

    @Nested
    class Ablehnung {

        static String text;

        @BeforeAll
        static void erzeugen() {
            text = erzeuge(wiesbaden2025Ablehnung(), "wiesbaden-2025-ablehnung");
        }

        @Test
        void lehntAbUndNenntNurDenBeantragtenBetrag() {
            String fliess = fliesstext(text);
            assertThat(fliess).contains("Ablehnungsbescheid Ausbildungs- und Qualifizierungsbudget (AQB) 2025 – "
                    + "Ihr Antrag vom 28. März 2025");
            assertThat(fliess).contains("1. Ihr Antrag vom 28. März 2025 auf Gewährung einer Zuwendung aus dem "
                    + "Ausbildungs- und Qualifizierungsbudget 2025 in Höhe von insgesamt 2.531.234,56 € wird abgelehnt.");
            assertThat(text).contains("Nr. Maßnahme Maßnahmenart Träger beantragt");
            assertThat(tabellenzeilen(text, ZEILE_AIDA)).singleElement().asString().endsWith(" 1.200.000,00 €");
            assertThat(tabellenzeilen(text, "Summe ")).containsExactly("Summe 2.531.234,56 €");
            assertThat(text.toLowerCase()).doesNotContain("bewillig", "zuwendungsbescheid");
            assertThat(text).doesNotContain("Haushaltsjahr", "Nebenbestimmungen", "Mittelabruf", "Verwendungsnachweis");
        }

        @Test
        void begruendungUndRechtsbehelf() {
            assertThat(fliesstext(text)).contains("Begründung 1. Die beantragten Maßnahmen sind nicht "
                    + "Gegenstand der Zielvereinbarung 2025.", "Klage beim Verwaltungsgericht Kassel");
        }
    }

    @Test
    void sonderzeichenWerdenMaskiertUndCentBetraegeSindExakt() {
        BescheidDaten voll = wiesbaden2025();
        String traeger = "Müller & Söhne <Bildung> gGmbH";
        String name = "Kurs \"A<B\" & Co.";
        List<Position> positionen = List.of(new Position("M9", name,
                Massnahmenart.WEITERBILDUNG_PERSONAL.bezeichnung(), traeger, 123_456L, 123_456L,
                Map.of(2025, 100_000L, 2026, 23_456L)));
        BescheidDaten daten = mit(voll, Bescheidart.VOLLBEWILLIGUNG, positionen, List.of());

        String html = DOKUMENT.erzeugeHtml(daten);
        assertThat(html).contains("Müller &amp; Söhne &lt;Bildung&gt; gGmbH").doesNotContain("<Bildung>");

        String text = erzeuge(daten, "sonderzeichen");
        // the Träger cell wraps after "Söhne"
        assertThat(fliesstext(text)).contains("Müller & Söhne", "<Bildung>", name, "insgesamt 1.234,56 € im Wege");
        assertThat(text).contains("1.000,00 € 234,56 € 1.234,56 €");
        assertThat(text).contains("Summe 1.234,56 € 1.234,56 €");
    }

    /** The nine projects of § 5 of the signed Wiesbaden 2025 agreement (seed 000, its spelling). */
    static final List<String> WIESBADEN_PROJEKTE = List.of("Fit für den Beruf (FIB)", "Gastro und Tageswerkstatt",
            "Deutsch-Intensiv-Klassen an Schulen mit Schulsozialarbeit", "Ausbildungsperspektiven für Erziehende (TZ)",
            "\"AidA\" - Ausbildung in der Altenpflegehilfe", "Stadtteilmütter – Stadtteinväter",
            "Coaching für die Bedarfsgemeinschaft", "Glad to Care - Berufswege für Frauen",
            "Brücke für Gesundheit und finanzielle Sicherheit");

    @Test
    void alleNeunWiesbadenerProjekteUeberVierHaushaltsjahre() {
        // the whole § 4 budget 2.812.460 Euro: 8 × 300.000 + 412.460, each spread over 2025–2028
        int[] art = {1, 1, 1, 1, 2, 3, 3, 3, 3};
        List<Position> positionen = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            long cent = i < 8 ? 30_000_000L : 41_246_000L;
            long viertel = cent / 4;
            positionen.add(new Position("M" + (i + 1), WIESBADEN_PROJEKTE.get(i),
                    Massnahmenart.nachNummer(art[i]).bezeichnung(),
                    i % 2 == 0 ? "Beschäftigungsgesellschaft Wiesbaden mbH" : "Internationaler Bund e. V.", cent, cent,
                    Map.of(2025, viertel, 2026, viertel, 2027, viertel, 2028, cent - 3 * viertel)));
        }
        BescheidDaten d = wiesbaden2025();
        BescheidDaten daten = new BescheidDaten(d.aktenzeichen(), d.bescheidDatum(), d.art(),
                d.empfaengerBezeichnung(), d.empfaengerDativ(), d.programmjahr(), d.antragDatum(), positionen,
                d.bewilligungVon(), LocalDate.of(2028, 6, 30), d.mittelabrufRegel(), d.zwischennachweisFrist(),
                LocalDate.of(2028, 12, 31), d.nebenbestimmungen(), List.of(), d.verfasser(), d.freigabe());

        String text = erzeuge(daten, "wiesbaden-2025-neun-projekte"); // also checks margins and overlaps

        assertThat(fliesstext(text)).contains("insgesamt 2.812.460,00 €", "vom 1. Januar 2025 bis 30. Juni 2028.");
        assertThat(text).contains("Nr. Maßnahme 2025 2026 2027 2028 Summe");
        assertThat(tabellenzeilen(text, "Summe ")).containsExactly(
                "Summe 2.812.460,00 € 2.812.460,00 €",
                "Summe 703.115,00 € 703.115,00 € 703.115,00 € 703.115,00 € 2.812.460,00 €");
        assertThat(tabellenzeilen(text, "9 Brücke")).hasSize(2).last().asString()
                .endsWith(" 103.115,00 € 103.115,00 € 103.115,00 € 103.115,00 € 412.460,00 €");
        // names wrap only between words: the longest unbreakable ones stay whole
        assertThat(text).contains("Fit für den Beruf (FIB)", "Deutsch-Intensiv-Klassen", "Ausbildungsperspektiven",
                "Ausbildungsvorbereitung", "Qualifizierungsprojekte zur", "Internationaler Bund e. V.");
    }

    @Test
    void ohneZwischennachweisFristKeinZwischennachweis() {
        BescheidDaten d = wiesbaden2025();
        BescheidDaten ohne = new BescheidDaten(d.aktenzeichen(), d.bescheidDatum(), d.art(),
                d.empfaengerBezeichnung(), d.empfaengerDativ(), d.programmjahr(), d.antragDatum(), d.positionen(),
                d.bewilligungVon(), d.bewilligungBis(), d.mittelabrufRegel(), null, d.verwendungsnachweisFrist(),
                d.nebenbestimmungen(), null, d.verfasser(), d.freigabe());
        String html = DOKUMENT.erzeugeHtml(ohne);
        assertThat(html).doesNotContain("Zwischennachweis", "Begründung").contains("ist bis zum <span class=\"nowrap\">30. Juni 2027</span> vorzulegen.");
    }

    @Test
    void deutscheDatenUndSatzanfang() {
        assertThat(BescheidDokument.datum(LocalDate.of(2025, 3, 1))).isEqualTo("1. März 2025");
        assertThat(BescheidDokument.datum(LocalDate.of(2025, 12, 31))).isEqualTo("31. Dezember 2025");
        assertThat(BescheidDokument.datum(null)).isEmpty();
        assertThat(BescheidDokument.amSatzanfang("dem Landkreis Odenwaldkreis")).isEqualTo("Dem Landkreis Odenwaldkreis");
    }

    @Nested
    class WiderspruechlicheDatenWerdenAbgelehnt {

        private Position aida(long beantragt, long bewilligt, Map<Integer, Long> jahre) {
            return new Position("M2", AIDA, "Ausbildung", "Träger", beantragt, bewilligt, jahre);
        }

        @Test
        void aufteilungAufHaushaltsjahreMussDenBewilligtenBetragErgeben() {
            BescheidData fall = new BescheidData(Bescheidart.VOLLBEWILLIGUNG,
                    aida(120_000_000L, 120_000_000L, Map.of(2025, 80_000_000L, 2026, 39_999_999L)), List.of());
            assertThatThrownBy(() -> DOKUMENT.erzeugePdf(fall.daten()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Aufteilung auf die Haushaltsjahre (1.199.999,99 €)");
        }

        @Test
        void nichtMehrBewilligtAlsBeantragt() {
            BescheidData fall = new BescheidData(Bescheidart.TEILBEWILLIGUNG,
                    aida(100L, 200L, Map.of(2025, 200L)), List.of("Grund"));
            assertThatThrownBy(() -> DOKUMENT.erzeugePdf(fall.daten()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("übersteigt");
        }

        @Test
        void vollbewilligungBewilligtDenBeantragtenBetrag() {
            BescheidData fall = new BescheidData(Bescheidart.VOLLBEWILLIGUNG,
                    aida(200L, 100L, Map.of(2025, 100L)), List.of());
            assertThatThrownBy(() -> DOKUMENT.erzeugePdf(fall.daten()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Teilbewilligung");
        }

        @Test
        void ablehnungBewilligtNichtsUndIstBegruendet() {
            assertThatThrownBy(() -> DOKUMENT.erzeugePdf(new BescheidData(Bescheidart.ABLEHNUNG,
                    aida(200L, 100L, Map.of(2025, 100L)), List.of("Grund")).daten()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bewilligt nichts");
            assertThatThrownBy(() -> DOKUMENT.erzeugePdf(new BescheidData(Bescheidart.ABLEHNUNG,
                    aida(200L, 0L, Map.of()), List.of()).daten()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("begründet");
        }
    }

    /** A one-measure variant of the Wiesbaden example. */
    record BescheidData(Bescheidart art, Position position, List<String> begruendung) {
        BescheidDaten daten() {
            return mit(wiesbaden2025(), art, List.of(position), begruendung);
        }
    }
}

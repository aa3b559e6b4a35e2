package de.hessen.aqb.zielvereinbarung;

import static de.hessen.aqb.zielvereinbarung.Textvergleich.assertWortgleich;
import static de.hessen.aqb.zielvereinbarung.Textvergleich.ausPdf;
import static de.hessen.aqb.zielvereinbarung.Textvergleich.ausSeed;
import static de.hessen.aqb.zielvereinbarung.Textvergleich.ausschnitt;
import static de.hessen.aqb.zielvereinbarung.Textvergleich.ausschnittVor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.hessen.aqb.dokument.PdfRenderer;
import de.hessen.aqb.dokument.PdfText;
import de.hessen.aqb.zielvereinbarung.domain.Massnahmenart;
import de.hessen.aqb.zielvereinbarung.domain.Partner;
import de.hessen.aqb.zielvereinbarung.domain.Projekt;
import de.hessen.aqb.zielvereinbarung.domain.Unterzeichnung;
import de.hessen.aqb.zielvereinbarung.domain.ZielvereinbarungDaten;
import de.hessen.aqb.zielvereinbarung.domain.ZielvereinbarungSeeds;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Acceptance test: the generated Zielvereinbarung reproduces the two signed 2025 agreements
 * (seeds 000 Wiesbaden, 001 Odenwaldkreis) word for word from "Präambel" to the end of § 7,
 * plus title and signature blocks.
 */
class ZielvereinbarungDokumentTest {

    private static final String ENDE_PARAGRAPH_7 = "„Arbeitswelt Hessen“ veröffentlicht.";

    private static final ZielvereinbarungDokument DOKUMENT =
            new ZielvereinbarungDokument(PdfRenderer.mitKlassenpfadVorlagen());

    private static final Map<String, byte[]> PDFS = new ConcurrentHashMap<>();

    /** One signed agreement: its data, its seed transcription and its signature blocks as signed. */
    record Fall(String name, ZielvereinbarungDaten daten, String seed,
                List<String> unterschriftMinisterium, List<String> unterschriftPartner) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Fall> faelle() {
        return Stream.of(
                new Fall("wiesbaden-2025", ZielvereinbarungSeeds.wiesbaden2025(),
                        ZielvereinbarungSeeds.SEED_WIESBADEN_2025,
                        List.of("Wiesbaden, den 6.8.2025", "Heike Hofmann", "Staatsministerin",
                                "Hessisches Ministerium", "für Arbeit, Integration,", "Jugend und Soziales"),
                        List.of("Wiesbaden, den 13.8.2025", "Patricia Dr. Becher", "Stadträtin",
                                "der Landeshauptstadt", "Wiesbaden")),
                new Fall("odenwaldkreis-2025", ZielvereinbarungSeeds.odenwaldkreis2025(),
                        ZielvereinbarungSeeds.SEED_ODENWALDKREIS_2025,
                        // The seed writes "2. 8. 2025" and "11. 08. 2025"; we print d.M.yyyy throughout.
                        List.of("Wiesbaden, den 2.8.2025", "Heike Hofmann", "Staatsministerin",
                                "Hessisches Ministerium", "für Arbeit, Integration,", "Jugend und Soziales"),
                        List.of("Erbach, den 11.8.2025", "Frank Matiaske", "Landrat",
                                "des Landkreises", "Odenwaldkreis")));
    }

    private static byte[] pdf(Fall fall) {
        return PDFS.computeIfAbsent(fall.name(), name -> {
            byte[] pdf = DOKUMENT.erzeugePdf(fall.daten());
            PdfText.ablegen(pdf, "zielvereinbarung-" + name + ".pdf");
            return pdf;
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faelle")
    void paragraphenEinsBisSiebenSindWortgleichMitDerUnterzeichnetenFassung(Fall fall) throws IOException {
        String soll = ausschnitt(ausSeed(seed(fall.seed())), "Präambel", ENDE_PARAGRAPH_7);
        String ist = ausschnitt(ausPdf(PdfText.text(pdf(fall))), "Präambel", ENDE_PARAGRAPH_7);

        assertWortgleich(soll, ist, fall.name() + " Präambel bis § 7");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faelle")
    void titelIstWortgleichMitDerUnterzeichnetenFassung(Fall fall) throws IOException {
        String soll = ausschnittVor(ausSeed(seed(fall.seed())), "Zielvereinbarung", "Präambel");
        String ist = ausschnittVor(ausPdf(PdfText.text(pdf(fall))), "Zielvereinbarung", "Präambel");

        assertWortgleich(soll, ist, fall.name() + " Titel");
        assertThat(ausPdf(PdfText.text(pdf(fall)))).startsWith("Zielvereinbarung 2025 zwischen");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faelle")
    void unterschriftsbloeckeStehenNebeneinanderMitOrtDatumNameTitelUndInstitution(Fall fall) {
        String[] haelften = PdfText.linkeUndRechteHaelfteLetzteSeite(pdf(fall));

        assertThat(block(haelften[0], fall.unterschriftMinisterium().get(0)))
                .containsExactlyElementsOf(fall.unterschriftMinisterium());
        assertThat(block(haelften[1], fall.unterschriftPartner().get(0)))
                .containsExactlyElementsOf(fall.unterschriftPartner());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faelle")
    void unterschriftsbloeckeFolgenAufParagraphSiebenWieImSeed(Fall fall) throws IOException {
        // Order in the seeds: ministry block, then partner block, directly after § 7.
        String pdfText = ausPdf(PdfText.text(pdf(fall)));
        String nachParagraph7 = pdfText.substring(pdfText.indexOf(ENDE_PARAGRAPH_7) + ENDE_PARAGRAPH_7.length());
        assertThat(nachParagraph7).startsWith(" " + fall.unterschriftMinisterium().get(0) + " "
                + fall.unterschriftPartner().get(0));
    }

    @Test
    void pdfsHabenSeitenzahlenImFuss() {
        Fall wiesbaden = faelle().findFirst().orElseThrow();
        byte[] pdf = pdf(wiesbaden);
        int seiten = PdfText.seiten(pdf);

        assertThat(seiten).isBetween(3, 6);
        assertThat(PdfText.text(pdf)).contains("Seite 1 von " + seiten, "Seite " + seiten + " von " + seiten);
    }

    @Test
    void jahrOhneVorlageWirdAbgelehnt() {
        ZielvereinbarungDaten daten2019 = mitJahr(ZielvereinbarungSeeds.wiesbaden2025(), 2019, "");

        assertThat(DOKUMENT.vorlageVorhanden(2019)).isFalse();
        assertThatThrownBy(() -> DOKUMENT.erzeugePdf(daten2019))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Für das Jahr 2019 liegt keine Vorlage der Zielvereinbarung vor.");
    }

    @Test
    void verfuegbareJahreSindDieVorhandenenVorlagen() {
        assertThat(DOKUMENT.verfuegbareJahre()).containsExactly(2025, 2026, 2027);
        assertThat(DOKUMENT.vorlageVorhanden(2025)).isTrue();
        assertThat(DOKUMENT.vorlageVorhanden(2026)).isTrue();
    }

    /** 2026 and 2027 have no text of their own yet: each takes the previous year's wording with its own year. */
    @ParameterizedTest
    @ValueSource(ints = {2026, 2027})
    void folgejahrSetztDasJahrUeberallEin(int jahr) {
        ZielvereinbarungDaten daten = mitJahr(ZielvereinbarungSeeds.odenwaldkreis2025(), jahr, "");
        byte[] pdf = DOKUMENT.erzeugePdf(daten);
        PdfText.ablegen(pdf, "zielvereinbarung-odenwaldkreis-" + jahr + "-entwurf.pdf");
        String text = ausPdf(PdfText.text(pdf));

        assertThat(text).startsWith("Zielvereinbarung " + jahr + " zwischen")
                .contains("Ausbildungs- und Qualifizierungsbudget " + jahr + " das Ziel",
                        "im Jahr " + jahr + " Haushaltsmittel",
                        "Qualifizierungsbudget " + jahr + " zur Verfügung",
                        "Qualifizierungsbudgets " + jahr + " in den jeweiligen",
                        "Entwicklung des Budgets " + jahr + " im engen Austausch")
                // project names of the seed contain "2025"; the template itself must not
                .doesNotContain("Budget 2025", "budget 2025", "budgets 2025", "Jahr 2025", "Zielvereinbarung 2025");
        // No year-specific § 2 paragraph given: § 3 follows the standard paragraph directly.
        assertThat(text).contains("OloV-Steuerungsgruppen abgestimmt ist. § 3");
        // word for word the wording of 2025 with the same data, apart from the year the template sets
        String text2025 = ausPdf(PdfText.text(DOKUMENT.erzeugePdf(mitJahr(ZielvereinbarungSeeds.odenwaldkreis2025(), 2025, ""))));
        assertThat(text.replace(String.valueOf(jahr), "2025")).isEqualTo(text2025);
    }

    @Test
    void leereMassnahmenartZeigtIhreUeberschriftOhnePunkte() {
        Map<Massnahmenart, List<Projekt>> projekte = new EnumMap<>(Massnahmenart.class);
        projekte.put(Massnahmenart.AUSBILDUNG_UND_AUSBILDUNGSCOACHING, List.of(new Projekt("Einziges Projekt")));
        ZielvereinbarungDaten daten = mitProjekten(ZielvereinbarungSeeds.odenwaldkreis2025(), projekte);

        String text = ausPdf(PdfText.text(DOKUMENT.erzeugePdf(daten)));

        assertThat(text).contains("folgende Projekte: 1. Ausbildungsvorbereitung "
                + "2. Ausbildung und Ausbildungscoaching in anerkannten Ausbildungsberufen "
                + "Einziges Projekt "
                + "3. Qualifizierungsprojekte zur Arbeitsmarktintegration, Fachkräftesicherung "
                + "4. " + Massnahmenart.WEITERBILDUNG_PERSONAL.bezeichnung() + " "
                + "Die Förderung der aufgeführten Maßnahmen");
    }

    @Test
    void sonderzeichenInDatenWerdenMaskiertUndKorrektGedruckt() {
        Map<Massnahmenart, List<Projekt>> projekte = new EnumMap<>(Massnahmenart.class);
        projekte.put(Massnahmenart.AUSBILDUNGSVORBEREITUNG, List.of(new Projekt("Kochen & Backen <Profi>")));
        ZielvereinbarungDaten basis = mitProjekten(ZielvereinbarungSeeds.wiesbaden2025(), projekte);
        Partner partner = new Partner("Stadt A&B", "die Stadt A&B", "der Stadt A&B", "der Stadt A&B", "die Stadt A&B");
        ZielvereinbarungDaten daten = new ZielvereinbarungDaten(basis.jahr(), partner, basis.budgetCent(),
                basis.projekte(), "Text mit <b>keinem</b> Markup & \"Zitat\".", basis.buendnisZeitraum(),
                basis.ministerium(), basis.partnerUnterzeichnung());

        String html = DOKUMENT.erzeugeHtml(daten);
        String text = ausPdf(PdfText.text(DOKUMENT.erzeugePdf(daten)));

        assertThat(html).contains("Kochen &amp; Backen &lt;Profi&gt;").doesNotContain("<Profi>", "<b>keinem");
        assertThat(text).contains("1. Ausbildungsvorbereitung Kochen & Backen <Profi> 2. Ausbildung",
                "Text mit <b>keinem</b> Markup & \"Zitat\".",
                "Die Stadt A&B finanziert", "der Stadt A", "B");
    }

    @Test
    void nochNichtUnterzeichneteFassungLaesstOrtUndDatumFrei() {
        ZielvereinbarungDaten seed = ZielvereinbarungSeeds.odenwaldkreis2025();
        ZielvereinbarungDaten entwurf = new ZielvereinbarungDaten(seed.jahr(), seed.partner(), seed.budgetCent(),
                seed.projekte(), seed.paragraph2Jahrestext(), seed.buendnisZeitraum(),
                Unterzeichnung.offen("Heike Hofmann", "Staatsministerin"),
                Unterzeichnung.offen("Frank Matiaske", "Landrat"));

        byte[] pdf = DOKUMENT.erzeugePdf(entwurf);
        PdfText.ablegen(pdf, "zielvereinbarung-odenwaldkreis-2025-entwurf.pdf");
        String[] haelften = PdfText.linkeUndRechteHaelfteLetzteSeite(pdf);

        String platzhalter = "__________________, den __________";
        assertThat(block(haelften[0], platzhalter)).containsExactly(platzhalter, "Heike Hofmann", "Staatsministerin",
                "Hessisches Ministerium", "für Arbeit, Integration,", "Jugend und Soziales");
        assertThat(block(haelften[1], platzhalter)).containsExactly(platzhalter, "Frank Matiaske", "Landrat",
                "des Landkreises", "Odenwaldkreis");
        assertThat(PdfText.text(pdf)).doesNotContain("null");
    }

    /** Non-empty, trimmed lines of a region's text from the line that starts the block. */
    private static List<String> block(String regionText, String ersteZeile) {
        List<String> zeilen = new ArrayList<>(Arrays.stream(regionText.split("\\R"))
                .map(String::strip).filter(z -> !z.isEmpty()).toList());
        int anfang = zeilen.lastIndexOf(ersteZeile);
        assertThat(anfang).as("Zeile »%s« im Unterschriftsbereich:%n%s", ersteZeile, regionText).isNotNegative();
        return zeilen.subList(anfang, zeilen.size());
    }

    private static String seed(String ressource) throws IOException {
        try (InputStream stream = ZielvereinbarungDokumentTest.class.getClassLoader().getResourceAsStream(ressource)) {
            return new String(Objects.requireNonNull(stream, ressource).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static ZielvereinbarungDaten mitJahr(ZielvereinbarungDaten d, int jahr, String paragraph2) {
        return new ZielvereinbarungDaten(jahr, d.partner(), d.budgetCent(), d.projekte(), paragraph2,
                d.buendnisZeitraum(), d.ministerium(), d.partnerUnterzeichnung());
    }

    private static ZielvereinbarungDaten mitProjekten(ZielvereinbarungDaten d, Map<Massnahmenart, List<Projekt>> p) {
        return new ZielvereinbarungDaten(d.jahr(), d.partner(), d.budgetCent(), p, d.paragraph2Jahrestext(),
                d.buendnisZeitraum(), d.ministerium(), d.partnerUnterzeichnung());
    }
}

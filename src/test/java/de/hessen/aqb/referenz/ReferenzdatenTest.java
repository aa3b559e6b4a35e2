package de.hessen.aqb.referenz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReferenzdatenTest {

    private static final Referenzdaten DATEN = Referenzdaten.ausKlassenpfad();

    private static final String KOPF = "ags;kreisschluessel;name;art;sitz;gueltig_ab;gueltig_bis;bezeichnung;nominativ;genitiv;dativ;akkusativ\n";
    private static final String ODENWALD = "06437000;06437;Odenwaldkreis;LANDKREIS;Erbach;;;Landkreis Odenwaldkreis;"
            + "der Landkreis Odenwaldkreis;des Landkreises Odenwaldkreis;dem Landkreis Odenwaldkreis;den Landkreis Odenwaldkreis\n";
    private static final String TRAEGER_LEER = "id;name;kurzname;ags\n";

    /** Official names expected in the file: any accidental edit of a row shows up here. */
    private static final Map<String, String> NAMEN = new TreeMap<>(Map.ofEntries(
            Map.entry("06411000", "Darmstadt"), Map.entry("06412000", "Frankfurt am Main"),
            Map.entry("06413000", "Offenbach am Main"), Map.entry("06414000", "Wiesbaden"),
            Map.entry("06415000", "Hanau"),
            Map.entry("06431000", "Bergstraße"), Map.entry("06432000", "Darmstadt-Dieburg"),
            Map.entry("06433000", "Groß-Gerau"), Map.entry("06434000", "Hochtaunuskreis"),
            Map.entry("06435000", "Main-Kinzig-Kreis"), Map.entry("06436000", "Main-Taunus-Kreis"),
            Map.entry("06437000", "Odenwaldkreis"), Map.entry("06438000", "Offenbach"),
            Map.entry("06439000", "Rheingau-Taunus-Kreis"), Map.entry("06440000", "Wetteraukreis"),
            Map.entry("06531000", "Gießen"), Map.entry("06532000", "Lahn-Dill-Kreis"),
            Map.entry("06533000", "Limburg-Weilburg"), Map.entry("06534000", "Marburg-Biedenkopf"),
            Map.entry("06535000", "Vogelsbergkreis"),
            Map.entry("06611000", "Kassel"),
            Map.entry("06631000", "Fulda"), Map.entry("06632000", "Hersfeld-Rotenburg"),
            Map.entry("06633000", "Kassel"), Map.entry("06634000", "Schwalm-Eder-Kreis"),
            Map.entry("06635000", "Waldeck-Frankenberg"), Map.entry("06636000", "Werra-Meißner-Kreis")));

    @Test
    void zaehltSechsundzwanzigBis2025UndSiebenundzwanzigAb2026() {
        assertThat(DATEN.gueltigAm(LocalDate.of(2025, 12, 31))).hasSize(26);
        assertThat(DATEN.gueltigAm(LocalDate.of(2026, 1, 1))).hasSize(27);
        assertThat(DATEN.alle()).hasSize(27);
    }

    @Test
    void einundzwanzigLandkreiseUndFuenfKreisfreieStaedteIn2025() {
        Map<Art, Long> jeArt2025 = DATEN.gueltigImJahr(2025).stream()
                .collect(Collectors.groupingBy(Gebietskoerperschaft::art, Collectors.counting()));
        assertThat(jeArt2025).containsExactlyInAnyOrderEntriesOf(Map.of(Art.LANDKREIS, 21L, Art.KREISFREIE_STADT, 5L));
        assertThat(DATEN.gueltigImJahr(2026).stream().filter(g -> g.art() == Art.KREISFREIE_STADT)).hasSize(6);
    }

    @Test
    void enthaeltGenauDieErwartetenNamen() {
        Map<String, String> namen = DATEN.alle().stream()
                .collect(Collectors.toMap(Gebietskoerperschaft::ags, Gebietskoerperschaft::name, (a, b) -> a, TreeMap::new));
        assertThat(namen).isEqualTo(NAMEN);
    }

    @Test
    void wiesbadenHatDieFormenDerZielvereinbarung() {
        Gebietskoerperschaft wiesbaden = DATEN.nachAgs("06414000").orElseThrow();
        assertThat(wiesbaden.bezeichnung()).isEqualTo("Landeshauptstadt Wiesbaden");
        assertThat(wiesbaden.art()).isEqualTo(Art.KREISFREIE_STADT);
        assertThat(wiesbaden.formen()).isEqualTo(new Namensformen("die Landeshauptstadt Wiesbaden",
                "der Landeshauptstadt Wiesbaden", "der Landeshauptstadt Wiesbaden", "die Landeshauptstadt Wiesbaden"));
        assertThat(wiesbaden.formen().nominativGross()).isEqualTo("Die Landeshauptstadt Wiesbaden");
        assertThat(wiesbaden.unterschriftZeilen()).containsExactly("der Landeshauptstadt", "Wiesbaden");
        assertThat(wiesbaden.gruppenId()).isEqualTo("kommune-06414").isEqualTo(wiesbaden.tenantId());
    }

    @Test
    void odenwaldkreisHatDieFormenDerZielvereinbarung() {
        Gebietskoerperschaft odenwald = DATEN.nachKreisschluessel("06437").orElseThrow();
        assertThat(odenwald.ags()).isEqualTo("06437000");
        assertThat(odenwald.sitz()).isEqualTo("Erbach");
        assertThat(odenwald.bezeichnung()).isEqualTo("Landkreis Odenwaldkreis");
        assertThat(odenwald.formen()).isEqualTo(new Namensformen("der Landkreis Odenwaldkreis",
                "des Landkreises Odenwaldkreis", "dem Landkreis Odenwaldkreis", "den Landkreis Odenwaldkreis"));
        assertThat(odenwald.formen().nominativGross()).isEqualTo("Der Landkreis Odenwaldkreis");
        assertThat(odenwald.formen().dativGross()).isEqualTo("Dem Landkreis Odenwaldkreis");
        assertThat(odenwald.unterschriftZeilen()).containsExactly("des Landkreises", "Odenwaldkreis");
        assertThat(DATEN.nachGruppenId("kommune-06437")).contains(odenwald);
    }

    @Test
    void jedeZeileHatStimmigeNamensformen() {
        for (Gebietskoerperschaft g : DATEN.alle()) {
            String b = g.bezeichnung();
            List<String> formen = List.of(g.formen().nominativ(), g.formen().genitiv(), g.formen().dativ(), g.formen().akkusativ());
            if (g.art() == Art.LANDKREIS) {
                assertThat(b).as(g.ags()).isEqualTo("Landkreis " + g.name());
                assertThat(formen).as(g.ags()).containsExactly("der " + b, "des Landkreises " + g.name(), "dem " + b, "den " + b);
            } else {
                assertThat(b).as(g.ags()).endsWith(" " + g.name());
                assertThat(formen).as(g.ags()).containsExactly("die " + b, "der " + b, "der " + b, "die " + b);
            }
        }
    }

    @Test
    void hanauIstErstAb2026KreisfreiUndDerMainKinzigKreisBleibt() {
        Gebietskoerperschaft hanau = DATEN.nachKreisschluessel("06415").orElseThrow();
        assertThat(hanau.art()).isEqualTo(Art.KREISFREIE_STADT);
        assertThat(hanau.gueltigAm(LocalDate.of(2025, 12, 31))).isFalse();
        assertThat(hanau.gueltigAm(LocalDate.of(2026, 1, 1))).isTrue();
        assertThat(hanau.gueltigImJahr(2025)).isFalse();
        assertThat(hanau.gueltigImJahr(2026)).isTrue();
        assertThat(DATEN.gueltigImJahr(2025)).doesNotContain(hanau);
        assertThat(DATEN.gueltigImJahr(2026)).contains(hanau);
        assertThat(DATEN.nachAgs("06435000").orElseThrow().gueltigImJahr(2026)).isTrue();
    }

    @Test
    void gueltigkeitIstEinschliesslichUndJahresweise() {
        Namensformen f = new Namensformen("a", "b", "c", "d");
        Gebietskoerperschaft g = new Gebietskoerperschaft("06499000", "06499", "X", Art.LANDKREIS, "X",
                LocalDate.of(2024, 7, 1), LocalDate.of(2025, 3, 31), "Landkreis X", f);
        assertThat(g.gueltigAm(LocalDate.of(2024, 6, 30))).isFalse();
        assertThat(g.gueltigAm(LocalDate.of(2024, 7, 1))).isTrue();
        assertThat(g.gueltigAm(LocalDate.of(2025, 3, 31))).isTrue();
        assertThat(g.gueltigAm(LocalDate.of(2025, 4, 1))).isFalse();
        assertThat(g.gueltigImJahr(2023)).isFalse();
        assertThat(g.gueltigImJahr(2024)).isTrue();
        assertThat(g.gueltigImJahr(2025)).isTrue();
        assertThat(g.gueltigImJahr(2026)).isFalse();
    }

    @Test
    void gabLimburgArbeitetFuerLimburgWeilburg() {
        Traeger gab = DATEN.traeger("gab-limburg").orElseThrow();
        assertThat(gab.ags()).isEqualTo("06533000");
        assertThat(gab.kurzname()).isEqualTo("GAB Limburg");
        assertThat(gab.gruppenId()).isEqualTo("traeger-gab-limburg");
        assertThat(DATEN.nachAgs(gab.ags()).orElseThrow().name()).isEqualTo("Limburg-Weilburg");
        assertThat(DATEN.traegerFuer("06533000")).containsExactly(gab);
        assertThat(DATEN.traegerFuer("06414000")).isEmpty();
        assertThat(DATEN.traeger("unbekannt")).isEmpty();
    }

    @Test
    void unbekannteSchluesselLiefernNichts() {
        assertThat(DATEN.nachAgs("06999000")).isEmpty();
        assertThat(DATEN.nachKreisschluessel("06999")).isEmpty();
        assertThat(DATEN.nachGruppenId("traeger-gab-limburg")).isEmpty();
    }

    @Test
    void toleriertBomUndKommentare() {
        Referenzdaten daten = laden("\uFEFF# Kommentar\n" + KOPF + ODENWALD, TRAEGER_LEER);
        assertThat(daten.alle()).extracting(Gebietskoerperschaft::ags).containsExactly("06437000");
    }

    @Test
    void kaputteAgsNenntDateiUndZeile() {
        String csv = "# Kommentar\n" + KOPF + ODENWALD + ODENWALD.replace("06437000", "0643800");
        assertThatThrownBy(() -> laden(csv, TRAEGER_LEER))
                .isInstanceOf(ReferenzdatenException.class)
                .hasMessageStartingWith("test-gk.csv, Zeile 4:")
                .hasMessageContaining("0643800");
    }

    @Test
    void weitereFehlerWerdenMitZeileGemeldet() {
        assertThatThrownBy(() -> laden(KOPF + ODENWALD + ODENWALD, TRAEGER_LEER))
                .hasMessageContaining("Zeile 3").hasMessageContaining("doppelt");
        assertThatThrownBy(() -> laden(KOPF + ODENWALD.replace("06437000;06437", "06437000;06438"), TRAEGER_LEER))
                .hasMessageContaining("Zeile 2").hasMessageContaining("Kreisschlüssel");
        assertThatThrownBy(() -> laden(KOPF + ODENWALD.replace(";;;", ";2026-01-01;2025-12-31;"), TRAEGER_LEER))
                .hasMessageContaining("Zeile 2").hasMessageContaining("gueltig_bis");
        assertThatThrownBy(() -> laden(KOPF + ODENWALD.replace(";dem Landkreis Odenwaldkreis;", "; ;"), TRAEGER_LEER))
                .hasMessageContaining("Zeile 2").hasMessageContaining("dativ");
        assertThatThrownBy(() -> laden(KOPF + ODENWALD.replace("LANDKREIS", "KREIS"), TRAEGER_LEER))
                .hasMessageContaining("Zeile 2").hasMessageContaining("art");
        assertThatThrownBy(() -> laden(KOPF.replace(";akkusativ", "") + "x", TRAEGER_LEER))
                .hasMessageContaining("akkusativ");
    }

    @Test
    void traegerMitUnbekannterAgsScheitert() {
        String traeger = TRAEGER_LEER + "gab-limburg;GAB;GAB;06437000\nx;X GmbH;X;06533000";
        assertThatThrownBy(() -> laden(KOPF + ODENWALD, traeger))
                .isInstanceOf(ReferenzdatenException.class)
                .hasMessageStartingWith("test-traeger.csv, Zeile 3:")
                .hasMessageContaining("06533000");
    }

    private static Referenzdaten laden(String gk, String traeger) {
        return Referenzdaten.aus(new StringReader(gk), "test-gk.csv", new StringReader(traeger), "test-traeger.csv");
    }
}

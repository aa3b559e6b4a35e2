package de.hessen.aqb.zielvereinbarung.domain;

import de.hessen.aqb.gemeinsam.Geld;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ZielvereinbarungDomainTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "281246000 | 2.812.460 Euro",
            "49155000  | 491.550 Euro",
            "281246050 | 2.812.460,50 Euro",
            "281246005 | 2.812.460,05 Euro",
            "0         | 0 Euro",
            "99        | 0,99 Euro",
            "100000    | 1.000 Euro",
            "99999900  | 999.999 Euro",
            "-150      | -1,50 Euro"})
    void betragImVertragstext(long cent, String erwartet) {
        assertThat(Geld.imVertragstext(cent)).isEqualTo(erwartet);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "281246000 | 2.812.460,00 €",
            "49155000  | 491.550,00 €",
            "281246050 | 2.812.460,50 €",
            "7         | 0,07 €",
            "-281246000 | -2.812.460,00 €"})
    void betragAlsWaehrung(long cent, String erwartet) {
        assertThat(Geld.alsWaehrung(cent)).isEqualTo(erwartet);
    }

    @Test
    void betragAusBigDecimalOhneRundung() {
        assertThat(Geld.imVertragstext(new BigDecimal("2812460"))).isEqualTo("2.812.460 Euro");
        assertThat(Geld.alsWaehrung(new BigDecimal("491550.5"))).isEqualTo("491.550,50 €");
        assertThat(Geld.inCent(new BigDecimal("0.10"))).isEqualTo(10L);
        assertThatThrownBy(() -> Geld.inCent(new BigDecimal("1.005")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void seedsHabenBudgetUndProjektzahlenDerUnterzeichnetenFassungen() {
        ZielvereinbarungDaten wiesbaden = ZielvereinbarungSeeds.wiesbaden2025();
        ZielvereinbarungDaten odenwald = ZielvereinbarungSeeds.odenwaldkreis2025();

        assertThat(wiesbaden.budgetImVertragstext()).isEqualTo("2.812.460 Euro");
        assertThat(odenwald.budgetImVertragstext()).isEqualTo("491.550 Euro");
        assertThat(anzahlen(wiesbaden)).containsExactly(4, 1, 4, 0);
        assertThat(anzahlen(odenwald)).containsExactly(3, 0, 4, 2);
        assertThat(wiesbaden.projekte(Massnahmenart.QUALIFIZIERUNGSPROJEKTE).get(0).name())
                .isEqualTo("Stadtteilmütter – Stadtteinväter");
        assertThat(odenwald.projekte(Massnahmenart.WEITERBILDUNG_PERSONAL).get(0).name())
                .isEqualTo("BASS Studenten*innen");
    }

    @Test
    void massnahmenartenSindNummeriertWieImVertrag() {
        assertThat(Massnahmenart.values()).extracting(Massnahmenart::ueberschrift).containsExactly(
                "1. Ausbildungsvorbereitung",
                "2. Ausbildung und Ausbildungscoaching in anerkannten Ausbildungsberufen",
                "3. Qualifizierungsprojekte zur Arbeitsmarktintegration, Fachkräftesicherung",
                "4. Weiterbildungsmaßnahmen für Personal der Landkreise und kreisfreien Städte in der fachlichen "
                        + "Verantwortung für Benachteiligte im Kontext der Arbeitsmarktförderung");
        assertThat(Massnahmenart.nachNummer(3)).isEqualTo(Massnahmenart.QUALIFIZIERUNGSPROJEKTE);
        assertThatThrownBy(() -> Massnahmenart.nachNummer(5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void partnerFormenAmSatzanfangUndZweizeiligerGenitiv() {
        Partner odenwald = SeedZielvereinbarungen.LANDKREIS_ODENWALDKREIS;
        Partner wiesbaden = SeedZielvereinbarungen.LANDESHAUPTSTADT_WIESBADEN;

        assertThat(odenwald.nominativAmSatzanfang()).isEqualTo("Der Landkreis Odenwaldkreis");
        assertThat(wiesbaden.nominativAmSatzanfang()).isEqualTo("Die Landeshauptstadt Wiesbaden");
        assertThat(odenwald.dativAmSatzanfang()).isEqualTo("Dem Landkreis Odenwaldkreis");
        assertThat(odenwald.genitivZeilen()).containsExactly("des Landkreises", "Odenwaldkreis");
        assertThat(wiesbaden.genitivZeilen()).containsExactly("der Landeshauptstadt", "Wiesbaden");
        assertThat(new Partner("Stadt Frankfurt am Main", "die Stadt Frankfurt am Main",
                "der Stadt Frankfurt am Main", "der Stadt Frankfurt am Main", "die Stadt Frankfurt am Main")
                .genitivZeilen()).containsExactly("der Stadt", "Frankfurt am Main");
        assertThat(new Partner("Main-Taunus-Kreis", "der Main-Taunus-Kreis", "des Main-Taunus-Kreises",
                "dem Main-Taunus-Kreis", "den Main-Taunus-Kreis").genitivZeilen())
                .containsExactly("des Main-Taunus-Kreises");
    }

    @Test
    void unterzeichnungSchreibtDatumOhneFuehrendeNullen() {
        Unterzeichnung matiaske = new Unterzeichnung("Frank Matiaske", "Landrat", "Erbach", LocalDate.of(2025, 8, 11));

        assertThat(matiaske.ortUndDatum()).isEqualTo("Erbach, den 11.8.2025");
        assertThat(Unterzeichnung.offen("Heike Hofmann", "Staatsministerin").ortUndDatum()).isNull();
        assertThat(new Unterzeichnung("X", "Y", "Erbach", null).istUnterzeichnet()).isFalse();
    }

    @Test
    void datenErgaenzenFehlendeMassnahmenartenUndSindUnveraenderlich() {
        ZielvereinbarungDaten seed = ZielvereinbarungSeeds.odenwaldkreis2025();
        ZielvereinbarungDaten daten = new ZielvereinbarungDaten(2025, seed.partner(), 100, Map.of(), null,
                "2025 bis 2029", seed.ministerium(), seed.partnerUnterzeichnung());

        assertThat(daten.projekte()).containsOnlyKeys(Massnahmenart.values());
        assertThat(daten.projekte().values()).allMatch(List::isEmpty);
        assertThat(daten.paragraph2Jahrestext()).isEmpty();
        assertThat(daten.hatParagraph2Jahrestext()).isFalse();
        assertThatThrownBy(() -> daten.projekte().put(Massnahmenart.AUSBILDUNGSVORBEREITUNG, List.of()))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> new ZielvereinbarungDaten(2025, seed.partner(), -1, Map.of(), "", "",
                seed.ministerium(), seed.partnerUnterzeichnung())).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Integer> anzahlen(ZielvereinbarungDaten daten) {
        return java.util.Arrays.stream(Massnahmenart.values()).map(art -> daten.projekte(art).size()).toList();
    }
}

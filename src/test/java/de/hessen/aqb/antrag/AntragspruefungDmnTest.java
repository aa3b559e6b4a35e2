package de.hessen.aqb.antrag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The RP Kassel's checklist {@code processes/antragspruefung.dmn}, evaluated by the plain DMN engine (no Spring,
 * no process engine) with feel-scala as in Camunda 7.24.
 *
 * <p>What the Java side must pass (verified below):
 * <ul>
 * <li><b>Counts</b> ({@code anzahl*}): {@code Integer} (a {@code Long} or {@code BigDecimal} works as well).</li>
 * <li><b>Money</b> ({@code *Cent}): {@code Long} euro cents; {@code Integer}/{@code BigDecimal} also work, but sums
 * above 21.474.836,47 € need {@code Long}.</li>
 * <li><b>Dates</b>: {@code java.time.LocalDate} (preferred: feel-scala maps it to a FEEL {@code date}) or
 * {@code java.util.Date} (Camunda's native process-variable type; feel-scala maps it to a date and time in the JVM's
 * zone, the DMN reduces it with {@code date(...)}, so create it as {@code localDate.atStartOfDay(zone)} in the
 * JVM's default zone). Both may even be mixed; an ISO string {@code "2025-01-01"} works too. NOT
 * {@code java.sql.Date} (e.g. straight from JDBC): its {@code toInstant()} throws, the evaluation fails. Checked once
 * by hand in this application's engine: {@code DecisionService.evaluateDecisionByKey(..).variables(map)} with
 * {@code LocalDate} values works with history level full (the historic decision inputs keep the dates as object
 * values).</li>
 * <li>A missing or {@code null} variable never throws: that check is not erfuellt, its hinweis starts with
 * "Angabe fehlt".</li>
 * </ul>
 *
 * <p>Result: {@link DmnDecisionResult} with always 8 entries in rule order ({@code getResultList()}), each a map
 * {@code nummer} (Integer 1..8), {@code pruefpunkt} (String), {@code erfuellt} (Boolean, never null),
 * {@code hinweis} (String, "" when erfuellt). {@code Decision_AntragGesamtergebnis} requires it and yields the
 * single entry {@code alleErfuellt} (Boolean).
 */
class AntragspruefungDmnTest {

    private static final Path DMN = Path.of("processes/antragspruefung.dmn");

    private static final List<String> PRUEFPUNKTE = List.of(
            "Antrag enthält mindestens eine Maßnahme",
            "Maßnahmendetails vollständig",
            "Nur die vier Maßnahmenarten des AQB",
            "Summe der Maßnahmen höchstens Budget der Zielvereinbarung",
            "Zeitraum der Maßnahmen im zulässigen Rahmen",
            "Detailplanung stimmt mit den Maßnahmen überein",
            "Finanzierung je Maßnahme ausgeglichen",
            "Zweckgebundene Mittel eingehalten");

    /** Wiesbaden 2025: § 4 budget 2.812.460 Euro, 9 projects, all in order. */
    private static final long BUDGET_CENT = 281_246_000L;
    private static final LocalDate VON = LocalDate.of(2025, 1, 1);
    private static final LocalDate BIS = LocalDate.of(2028, 12, 31);

    private static DmnEngine engine;
    private static DmnDecision antragspruefung;
    private static DmnDecision gesamtergebnis;

    @BeforeAll
    static void parse() throws IOException {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = Files.newInputStream(DMN)) {
            antragspruefung = engine.parseDecision("Decision_Antragspruefung", in);
        }
        try (InputStream in = Files.newInputStream(DMN)) {
            gesamtergebnis = engine.parseDecision("Decision_AntragGesamtergebnis", in);
        }
    }

    /** A fully valid Antrag: every boundary exactly met (sum = budget, begin = zulaessigVon, end = zulaessigBis). */
    private static Map<String, Object> gueltig() {
        Map<String, Object> v = new HashMap<>();
        v.put("anzahlMassnahmen", 9);
        v.put("anzahlUnvollstaendig", 0);
        v.put("anzahlOhneZulaessigeMassnahmenart", 0);
        v.put("summeBeantragtCent", BUDGET_CENT);
        v.put("budgetCent", BUDGET_CENT);
        v.put("fruehesterBeginn", VON);
        v.put("spaetestesEnde", BIS);
        v.put("zulaessigVon", VON);
        v.put("zulaessigBis", BIS);
        v.put("anzahlPlanungAbweichend", 0);
        v.put("anzahlFinanzierungAbweichend", 0);
        v.put("zweckbindungSollCent", 0L);
        v.put("zweckbindungIstCent", 0L);
        return v;
    }

    private static Map<String, Object> gueltigMit(Object... paare) {
        Map<String, Object> v = gueltig();
        for (int i = 0; i < paare.length; i += 2) {
            v.put((String) paare[i], paare[i + 1]);
        }
        return v;
    }

    private static List<Map<String, Object>> pruefe(Map<String, Object> variablen) {
        return engine.evaluateDecision(antragspruefung, variablen).getResultList();
    }

    private static Map<String, Object> zeile(List<Map<String, Object>> ergebnis, int nummer) {
        return ergebnis.get(nummer - 1);
    }

    /** Exactly the given check fails (with a hint), all others pass (with an empty hint); returns its hinweis. */
    private static String nurVerletzt(Map<String, Object> variablen, int nummer) {
        List<Map<String, Object>> ergebnis = pruefe(variablen);
        assertThat(ergebnis).extracting(z -> z.get("nummer")).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        for (Map<String, Object> z : ergebnis) {
            if (z.get("nummer").equals(nummer)) {
                assertThat(z.get("erfuellt")).as("check %s", nummer).isEqualTo(false);
                assertThat((String) z.get("hinweis")).as("hint of check %s", nummer).isNotBlank();
            } else {
                assertThat(z.get("erfuellt")).as("check %s, hint %s", z.get("nummer"), z.get("hinweis"))
                        .isEqualTo(true);
                assertThat(z.get("hinweis")).isEqualTo("");
            }
        }
        return (String) zeile(ergebnis, nummer).get("hinweis");
    }

    private static void alleErfuellt(Map<String, Object> variablen) {
        assertThat(pruefe(variablen)).hasSize(8).allSatisfy(z -> {
            assertThat(z.get("erfuellt")).as("check %s: %s", z.get("nummer"), z.get("hinweis")).isEqualTo(true);
            assertThat(z.get("hinweis")).isEqualTo("");
        });
    }

    @Test
    void gueltigerAntragErfuelltAlleAchtPruefpunkteInReihenfolge() {
        DmnDecisionResult ergebnis = engine.evaluateDecision(antragspruefung, gueltig());

        assertThat(ergebnis.getResultList()).hasSize(8);
        assertThat(ergebnis.collectEntries("nummer")).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(ergebnis.<String>collectEntries("pruefpunkt")).containsExactlyElementsOf(PRUEFPUNKTE);
        assertThat(ergebnis.<Boolean>collectEntries("erfuellt")).containsOnly(true);
        assertThat(ergebnis.<String>collectEntries("hinweis")).containsOnly("");
    }

    @Test
    void jedeZeileHatGenauDieVierAusgabenMitJavaTypen() {
        assertThat(pruefe(gueltigMit("anzahlUnvollstaendig", 1))).allSatisfy(z -> {
            assertThat(z).containsOnlyKeys("nummer", "pruefpunkt", "erfuellt", "hinweis");
            assertThat(z.get("nummer")).isInstanceOf(Integer.class);
            assertThat(z.get("pruefpunkt")).isInstanceOf(String.class);
            assertThat(z.get("erfuellt")).isInstanceOf(Boolean.class);
            assertThat(z.get("hinweis")).isInstanceOf(String.class);
        });
    }

    @Nested
    class Regel1MindestensEineMassnahme {
        @Test
        void ohneMassnahmeNichtErfuellt() {
            assertThat(nurVerletzt(gueltigMit("anzahlMassnahmen", 0), 1)).isEqualTo("Der Antrag enthält keine Maßnahme.");
        }

        @Test
        void eineMassnahmeGenuegt() {
            alleErfuellt(gueltigMit("anzahlMassnahmen", 1));
        }
    }

    @Nested
    class Regel2MassnahmendetailsVollstaendig {
        @Test
        void zweiUnvollstaendigeMassnahmen() {
            assertThat(nurVerletzt(gueltigMit("anzahlUnvollstaendig", 2), 2))
                    .isEqualTo("2 Maßnahmen sind unvollständig (Maßnahmendetails fehlen).");
        }

        @Test
        void eineUnvollstaendigeMassnahmeImSingular() {
            assertThat(nurVerletzt(gueltigMit("anzahlUnvollstaendig", 1), 2))
                    .isEqualTo("1 Maßnahme ist unvollständig (Maßnahmendetails fehlen).");
        }
    }

    @Nested
    class Regel3NurVierMassnahmenarten {
        @Test
        void massnahmeOhneZulaessigeMassnahmenart() {
            assertThat(nurVerletzt(gueltigMit("anzahlOhneZulaessigeMassnahmenart", 3), 3))
                    .isEqualTo("3 Maßnahmen sind keiner der vier Maßnahmenarten zugeordnet.");
        }
    }

    @Nested
    class Regel4SummeHoechstensBudget {
        @Test
        void summeGleichBudgetIstErfuellt() {
            alleErfuellt(gueltigMit("summeBeantragtCent", BUDGET_CENT, "budgetCent", BUDGET_CENT));
        }

        @Test
        void einCentUeberBudgetIstNichtErfuellt() {
            assertThat(nurVerletzt(gueltigMit("summeBeantragtCent", BUDGET_CENT + 1), 4))
                    .isEqualTo("Beantragt 2.812.460,01 €, Budget 2.812.460,00 €, Überschreitung 0,01 €.");
        }

        @Test
        void betraegeJenseitsVonIntegerMitLong() {
            assertThat(nurVerletzt(gueltigMit("summeBeantragtCent", 3_000_000_005L, "budgetCent", 2_999_999_999L), 4))
                    .isEqualTo("Beantragt 30.000.000,05 €, Budget 29.999.999,99 €, Überschreitung 0,06 €.");
        }

        @Test
        void kleineBetraegeOhneTausenderpunkt() {
            assertThat(nurVerletzt(gueltigMit("summeBeantragtCent", 100_000L, "budgetCent", 99_999L), 4))
                    .isEqualTo("Beantragt 1.000,00 €, Budget 999,99 €, Überschreitung 0,01 €.");
        }

        @Test
        void fehlendesBudgetIstNichtErfuellt() {
            assertThat(nurVerletzt(gueltigMit("budgetCent", null), 4))
                    .isEqualTo("Angabe fehlt: beantragte Summe oder Budget der Zielvereinbarung.");
        }
    }

    /** How the Java side may hand dates to the DMN; each variant is checked against the same boundaries. */
    enum Datumsart {
        LOCAL_DATE(d -> d),
        UTIL_DATE(d -> Date.from(d.atStartOfDay(ZoneId.systemDefault()).toInstant())),
        ISO_STRING(LocalDate::toString);

        final Function<LocalDate, Object> wandle;

        Datumsart(Function<LocalDate, Object> wandle) {
            this.wandle = wandle;
        }
    }

    private static Map<String, Object> zeitraum(Datumsart art, LocalDate beginn, LocalDate ende) {
        return gueltigMit("fruehesterBeginn", art.wandle.apply(beginn), "spaetestesEnde", art.wandle.apply(ende),
                "zulaessigVon", art.wandle.apply(VON), "zulaessigBis", art.wandle.apply(BIS));
    }

    @Nested
    class Regel5Zeitraum {
        @ParameterizedTest
        @EnumSource(Datumsart.class)
        void beginnAmErstenJanuarUndEndeAmLetztenTagSindErfuellt(Datumsart art) {
            alleErfuellt(zeitraum(art, VON, BIS));
        }

        @ParameterizedTest
        @EnumSource(Datumsart.class)
        void beginnEinenTagVorZulaessigVonIstNichtErfuellt(Datumsart art) {
            assertThat(nurVerletzt(zeitraum(art, VON.minusDays(1), BIS), 5))
                    .isEqualTo("Frühester Beginn 31.12.2024 liegt vor dem 01.01.2025.");
        }

        @ParameterizedTest
        @EnumSource(Datumsart.class)
        void endeEinenTagNachZulaessigBisIstNichtErfuellt(Datumsart art) {
            assertThat(nurVerletzt(zeitraum(art, VON, BIS.plusDays(1)), 5))
                    .isEqualTo("Spätestes Ende 01.01.2029 liegt nach dem 31.12.2028.");
        }

        @Test
        void beideGrenzenVerletztNenntBeide() {
            assertThat(nurVerletzt(zeitraum(Datumsart.LOCAL_DATE, LocalDate.of(2024, 11, 5), LocalDate.of(2029, 2, 9)), 5))
                    .isEqualTo("Frühester Beginn 05.11.2024 liegt vor dem 01.01.2025. "
                            + "Spätestes Ende 09.02.2029 liegt nach dem 31.12.2028.");
        }

        @Test
        void localDateUndUtilDateDuerfenGemischtWerden() {
            alleErfuellt(gueltigMit("fruehesterBeginn", Datumsart.UTIL_DATE.wandle.apply(VON)));
            nurVerletzt(gueltigMit("fruehesterBeginn", Datumsart.UTIL_DATE.wandle.apply(VON.minusDays(1))), 5);
        }

        @Test
        void ohneDatenNichtErfuellt() {
            assertThat(nurVerletzt(gueltigMit("fruehesterBeginn", null, "spaetestesEnde", null), 5))
                    .isEqualTo("Angabe fehlt: Beginn oder Ende der Maßnahmen.");
        }

        @Test
        void ohneZulaessigenZeitraumNichtErfuellt() {
            Map<String, Object> v = gueltig();
            v.remove("zulaessigBis");
            assertThat(nurVerletzt(v, 5)).isEqualTo("Angabe fehlt: zulässiger Zeitraum.");
        }

        @Test
        void javaSqlDateWirdNichtUnterstuetzt() {
            Map<String, Object> v = gueltigMit("fruehesterBeginn", java.sql.Date.valueOf(VON));
            assertThatThrownBy(() -> pruefe(v)).isInstanceOf(FeelException.class);
        }
    }

    @Nested
    class Regel6Detailplanung {
        @Test
        void abweichendeDetailplanung() {
            assertThat(nurVerletzt(gueltigMit("anzahlPlanungAbweichend", 1), 6))
                    .isEqualTo("1 Maßnahme: Detailplanung je Haushaltsjahr ergibt nicht die beantragte Förderung.");
        }
    }

    @Nested
    class Regel7Finanzierung {
        @Test
        void unausgeglicheneFinanzierung() {
            assertThat(nurVerletzt(gueltigMit("anzahlFinanzierungAbweichend", 2), 7))
                    .isEqualTo("2 Maßnahmen: Kosten ungleich Förderung + Eigenmittel + Drittmittel.");
        }
    }

    @Nested
    class Regel8Zweckbindung {
        @Test
        void ohneZweckbindungIstErfuelltAuchOhneIst() {
            alleErfuellt(gueltigMit("zweckbindungSollCent", 0L, "zweckbindungIstCent", 0L));
        }

        @Test
        void istGleichSollIstErfuellt() {
            alleErfuellt(gueltigMit("zweckbindungSollCent", 1_500_000L, "zweckbindungIstCent", 1_500_000L));
        }

        @Test
        void einCentUnterSollIstNichtErfuellt() {
            assertThat(nurVerletzt(gueltigMit("zweckbindungSollCent", 1_500_000L, "zweckbindungIstCent", 1_499_999L), 8))
                    .isEqualTo("Für zweckgebundene Maßnahmen geplant 14.999,99 €, vorgeschrieben mindestens "
                            + "15.000,00 €, es fehlen 0,01 €.");
        }
    }

    @Test
    void fehlendeVariableWirftNichtSondernMeldetAngabeFehlt() {
        Map<String, Object> v = gueltig();
        v.remove("anzahlMassnahmen");
        assertThat(nurVerletzt(v, 1)).isEqualTo("Angabe fehlt: Anzahl der Maßnahmen.");
    }

    @Test
    void zahlenDuerfenIntegerLongOderBigDecimalSein() {
        alleErfuellt(gueltigMit("anzahlMassnahmen", 9L, "anzahlUnvollstaendig", BigDecimal.ZERO,
                "summeBeantragtCent", 500, "budgetCent", new BigDecimal("500"),
                "zweckbindungSollCent", 100, "zweckbindungIstCent", 100L));
        nurVerletzt(gueltigMit("summeBeantragtCent", 501, "budgetCent", new BigDecimal("500")), 4);
    }

    @Nested
    class Gesamtergebnis {
        @Test
        void alleErfuelltBeiGueltigemAntrag() {
            DmnDecisionResult ergebnis = engine.evaluateDecision(gesamtergebnis, gueltig());
            assertThat(ergebnis.getResultList()).hasSize(1);
            assertThat(ergebnis.<Boolean>getSingleEntry()).isTrue();
            assertThat(ergebnis.getSingleResult().getEntryMap()).containsOnlyKeys("alleErfuellt");
        }

        @Test
        void nichtAlleErfuelltSobaldEinPruefpunktFehlt() {
            assertThat(engine.evaluateDecision(gesamtergebnis, gueltigMit("zweckbindungSollCent", 1L))
                    .<Boolean>getSingleEntry()).isFalse();
            assertThat(engine.evaluateDecision(gesamtergebnis, gueltigMit("anzahlMassnahmen", 0))
                    .<Boolean>getSingleEntry()).isFalse();
        }
    }
}

package de.hessen.aqb.konventionen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Proves the checker: each broken model trips exactly its rule, the good samples trip none. */
class ModellKonventionenFehlerTest {

    private static final Path BEISPIELE = Path.of("src/test/resources/konventionen");
    private final ModellKonventionen konventionen =
            new ModellKonventionen(ModellKonventionen.formIds(BEISPIELE.resolve("ok-forms")));

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"BeispielAntrag.bpmn", "BeispielOhneFrist.bpmn", "BeispielZustaendigkeit.dmn"})
    void gutesModellHatKeineBefunde(String datei) {
        assertThat(konventionen.pruefe(BEISPIELE.resolve("ok").resolve(datei))).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource({
        "KaputtOhneShape.bpmn,              SHAPE,             Task_PruefeAntrag",
        "KaputtOhneEdge.bpmn,               EDGE,              Flow_ZumEnde",
        "KaputtNichtAusfuehrbar.bpmn,       AUSFUEHRBAR,       KaputtNichtAusfuehrbar",
        "KaputtOhneFormular.bpmn,           FORMULAR,          Task_PruefeAntrag",
        "KaputtOhneZuweisung.bpmn,          ZUWEISUNG,         Task_PruefeAntrag",
        "KaputtUnbekanntesFormular.bpmn,    FORMULAR_REFERENZ, Task_PruefeAntrag",
        "KaputtFormularBindung.bpmn,        FORMULAR_BINDUNG,  Task_PruefeAntrag",
        "KaputtOhneAsync.bpmn,              ASYNC,             Task_ErstelleBescheid",
        "KaputtOhneRetryZyklus.bpmn,        RETRY_ZYKLUS,      Task_ErstelleBescheid",
        "KaputtOhneHistoryTtl.bpmn,         HISTORY_TTL,       KaputtOhneHistoryTtl",
        "KaputtOhneHistoryTtl.dmn,          HISTORY_TTL,       Decision_Zustaendigkeit",
        "KaputtGenerierteId.bpmn,           ID,                Activity_0x1y2z3",
        "KaputtOhneName.bpmn,               NAME,              Task_PruefeAntrag",
        "KaputtFalscherDateiname.bpmn,      DATEINAME,         KaputtAndererName",
        "KaputtOhneFaelligkeit.bpmn,        FAELLIGKEIT,       Task_PruefeAntrag",
        "KaputtOhneBeschreibung.bpmn,       BESCHREIBUNG,      Task_PruefeAntrag",
        "KaputtUnlesbar.bpmn,               LESBAR,            -",
        "KaputtOhneVersionTag.bpmn,         VERSION_TAG,       KaputtOhneVersionTag",
        "KaputtTechnischerName.bpmn,        TECHNISCHER_NAME,  Task_PruefeAntrag",
    })
    void kaputtesModellMeldetGenauSeineRegel(String datei, Regel regel, String elementId) {
        List<Befund> befunde = konventionen.pruefe(BEISPIELE.resolve("kaputt").resolve(datei));
        assertThat(befunde).extracting(Befund::regel, Befund::elementId).containsExactly(tuple(regel, elementId));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Task_PruefeAntrag", "Flow_Ja", "TimerEvent_Frist14Tage", "Gateway_AntragVollstaendig"})
    void entworfeneIdPasst(String id) {
        assertThat(IdSchema.passt(id, List.of("Task_", "Flow_", "TimerEvent_", "Gateway_"))).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Activity_0x1y2z3", "ServiceTask_1", "Gateway_1abcde", "Task_1", "Task_pruefe", "Task_"})
    void generierteIdPasstNicht(String id) {
        assertThat(IdSchema.passt(id, List.of("Task_", "Gateway_"))).isFalse();
    }
}

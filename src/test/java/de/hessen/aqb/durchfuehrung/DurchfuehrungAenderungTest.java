package de.hessen.aqb.durchfuehrung;

import static de.hessen.aqb.aenderungsantrag.AenderungsantragTreiber.antrag;
import static de.hessen.aqb.aenderungsantrag.AenderungsantragTreiber.entwurf;
import static de.hessen.aqb.aenderungsantrag.AenderungsantragTreiber.freigabe;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.hessen.aqb.aenderungsantrag.AenderungsantragTreiber;
import de.hessen.aqb.fall.Fallregister;
import de.hessen.aqb.foerderbudget.Foerderbudget;
import de.hessen.aqb.foerderbudget.Mittelabrufe;
import de.hessen.aqb.testsupport.AqbSpringBootTest;
import de.hessen.aqb.zielvereinbarung.portal.Veroeffentlichungen;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Änderungsantrag inside the Durchführung: filed from the body's standing task while Mittelabrufe are in the RP's
 * check, which the RP pays, reduces and refuses while the Änderungsantrag waits for its Änderungsbescheid; an extension of the Bewilligungszeitraum moves the request period (timers of the stage and of a request not yet
 * filed) and the Verwendungsnachweis due date; a reduction issued meanwhile counts when the RP decides the open request.
 */
@AqbSpringBootTest
class DurchfuehrungAenderungTest {

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  static final LocalDate ENDE = LocalDate.now().plusMonths(6);

  @Autowired ProcessEngine engine;
  @Autowired Fallregister register;
  @Autowired Veroeffentlichungen portal;
  @Autowired Foerderbudget budget;
  @Autowired Mittelabrufe mittelabrufe;

  @Test
  void eineVerlaengerungNebenEinemMittelabrufVerschiebtAbrufzeitraumUndNachweisfrist() {
    init(engine);
    AenderungsantragTreiber aenderung = new AenderungsantragTreiber(engine, register, portal, budget, "06414", 200_000, ENDE,
        50_000, 30_000);
    DurchfuehrungTreiber fall = aenderung.fall;
    fall.starteStufe();
    String inPruefung = fall.rufeAb(Map.of("M1", "10.000"), 20, "Honorare");
    String zuKuerzen = fall.rufeAb(Map.of("M2", "8.000"), 20, "Raummiete");
    String abzulehnen = fall.rufeAb(Map.of("M1", "5.000"), 20, "Sachkosten");
    String angefangen = fall.neuerMittelabruf();

    aenderung.instanz = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(fall.neuerAenderungsantrag())
        .singleResult();
    assertThat(fall.durchfuehrung).isWaitingAt("Task_WaehleAnliegen", "CallActivity_Mittelabruf", "CallActivity_Aenderungsantrag");
    LocalDate neu = ENDE.plusMonths(6);
    aenderung.stelle(antrag(Map.of(), neu.toString(), "Die Maßnahmen laufen ein halbes Jahr länger."));
    // while the Änderungsantrag waits for its Änderungsbescheid the RP decides two requests: one reduced, one refused
    assertThat(aenderung.aufgabe("Task_EntwerfeAenderungsbescheid")).isNotNull();
    fall.entscheide(zuKuerzen, "kuerzen", Map.of("M2", "6.000"), "Die Miete für den übernächsten Monat ist nicht fällig.");
    fall.entscheide(abzulehnen, "ablehnen", null, "Sachkosten sind in dieser Maßnahme nicht vorgesehen.");
    assertThat(mittelabrufe.summeAusgezahltCent(fall.foerderfallNummer)).isEqualTo(600_000L);
    aenderung.erledige("Task_EntwerfeAenderungsbescheid", DurchfuehrungTreiber.RP, entwurf("bewilligen", Map.of(), null));
    aenderung.erledige("Task_GibAenderungsbescheidFrei", AenderungsantragTreiber.RP_ZWEI, freigabe("freigeben", null));

    var inKraft = budget.erlassenerBescheid(fall.foerderfallNummer).orElseThrow();
    assertThat(inKraft.bewilligungBis()).isEqualTo(neu);
    assertThat(inKraft.verwendungsnachweisFrist()).as("Verwendungsnachweis sechs Monate nach dem neuen Ende").isEqualTo(neu.plusMonths(6));
    Date schluss = Date.from(neu.plusMonths(1).plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant());
    assertThat(fall.variable("abrufschluss")).isEqualTo(neu.plusMonths(1).plusDays(1).atStartOfDay().toString());
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(fall.durchfuehrung.getId())
        .activityId("BoundaryEvent_AbrufzeitraumAbgelaufen").singleResult().getDuedate()).isEqualTo(schluss);
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(angefangen)
        .activityId("BoundaryEvent_AbrufzeitraumAbgelaufen").singleResult().getDuedate()).as("auch der begonnene Mittelabruf")
        .isEqualTo(schluss);
    assertThat(fall.variable("bescheidHistorie").toString()).contains("Änderungsbescheid");

    fall.entscheide(inPruefung, "auszahlen", null, null);
    assertThat(mittelabrufe.summeAusgezahltCent(fall.foerderfallNummer)).isEqualTo(1_600_000L);
    assertThat(mittelabrufe.alle(fall.foerderfallNummer)).extracting(Mittelabrufe.Mittelabruf::status).containsExactly(
        Mittelabrufe.Status.AUSGEZAHLT, Mittelabrufe.Status.GEKUERZT, Mittelabrufe.Status.ABGELEHNT);
    fall.stelle(angefangen, Map.of("mittelabrufAktion", "zurueckziehen"));
    fall.schliesseAb();
    assertThat(fall.durchfuehrung).isEnded().hasPassed("Task_BestimmeAbrufzeitraumNeu", "EndEvent_DurchfuehrungAbgeschlossen");
  }
}

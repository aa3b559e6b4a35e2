package de.hessen.aqb.foerderfall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.hessen.aqb.antrag.AntragTreiber;
import de.hessen.aqb.fall.Fallregister;
import de.hessen.aqb.foerderfall.camunda.FallregisterAbgleich;
import de.hessen.aqb.testsupport.AqbSpringBootTest;
import de.hessen.aqb.zielvereinbarung.ZielvereinbarungTreiber;
import de.hessen.aqb.zielvereinbarung.domain.SeedZielvereinbarungen;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every ending of a Förderfall closes its register row (issue #11, 6): a refused Antrag (ABGELEHNT, the year stays
 * taken), an instance deleted through the API (ABGEBROCHEN, the year is free again), and one deleted with
 * "skip custom listeners" (corrected by the reconciliation at start). Closing after the Nachweis and the Stornierung are
 * tested with their stages (NachweisProzessTest, ZielvereinbarungProzessTest).
 */
@AqbSpringBootTest
class FoerderfallEndenTest {

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired ProcessEngine engine;
  @Autowired Fallregister register;
  @Autowired FallregisterAbgleich abgleich;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void gibJahreFrei() {
    jdbc.sql("update aqb_foerderfall set aktiv_schluessel = null").update();
  }

  @Test
  void abgelehnterAntragSchliesstDenRegistereintrag() {
    init(engine);
    var zv = unterzeichnet("06414", 2025);
    String nummer = zv.foerderfall.getBusinessKey();
    var antrag = new AntragTreiber(engine, "06414").fuer(zv.foerderfall);
    var massnahmen = antrag.vollstaendig(300000, 300000, 300000, 300000, 300000, 300000, 300000, 300000, 412460);
    antrag.erfasse(massnahmen);
    antrag.reicheEin(massnahmen);
    antrag.pruefe("entscheiden", null, null);
    antrag.entwerfeBescheid(Map.of("entscheidungsart", "ablehnung", "begruendung", "Regionale Strategie fehlt."));
    antrag.gibFrei(AntragTreiber.RP_FREIGABE, "freigeben", null);
    antrag.fuehreJobsAus();

    assertThat(zv.foerderfall).isEnded();
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(zv.foerderfall.getId())
        .singleResult().getEndActivityId()).isEqualTo("EndEvent_AntragAbgelehnt");
    assertThat(register.status(nummer)).contains(Fallregister.ABGELEHNT);
    assertThat(jdbc.sql("select abgeschlossen_am from aqb_foerderfall where nummer = ?").param(nummer).query().singleValue())
        .isNotNull();
    assertThatThrownBy(() -> register.registriere("06414", 2025, "test"))
        .as("das Jahr ist entschieden").hasMessageContaining("bereits einen Förderfall");
  }

  @Test
  void geloeschteInstanzGibtDasJahrFrei() {
    init(engine);
    var zv = new ZielvereinbarungTreiber(engine, "06412");
    zv.starte(2026);
    String nummer = zv.foerderfall.getBusinessKey();
    assertThat(register.status(nummer)).contains(Fallregister.AKTIV);

    engine.getRuntimeService().deleteProcessInstance(zv.foerderfall.getId(), "Irrtümlich angelegt");

    assertThat(register.status(nummer)).contains(Fallregister.ABGEBROCHEN);
    assertThat(register.aktiverFall("06412", 2026)).isEmpty();
    assertThat(register.registriere("06412", 2026, "test")).isEqualTo(nummer + "-2");
  }

  @Test
  void ohneListenerGeloeschteInstanzWirdBeimAbgleichNachgetragen() {
    init(engine);
    var zv = new ZielvereinbarungTreiber(engine, "06411");
    zv.starte(2026);
    String nummer = zv.foerderfall.getBusinessKey();

    engine.getRuntimeService().deleteProcessInstance(zv.foerderfall.getId(), "Testabbruch", true);
    assertThat(register.status(nummer)).as("kein Listener lief").contains(Fallregister.AKTIV);

    assertThat(abgleich.gleicheAb()).isGreaterThanOrEqualTo(1);
    assertThat(register.status(nummer)).contains(Fallregister.ABGEBROCHEN);
    assertThat(jdbc.sql("select storno_grund from aqb_foerderfall where nummer = ?").param(nummer).query(String.class).single())
        .contains("Testabbruch");
    assertThat(abgleich.gleicheAb()).as("nichts mehr zu tun für diesen Fall").isZero();
  }

  private ZielvereinbarungTreiber unterzeichnet(String kreisschluessel, int jahr) {
    var zv = new ZielvereinbarungTreiber(engine, kreisschluessel);
    zv.starte(jahr);
    zv.bisZurVeroeffentlichung(SeedZielvereinbarungen.wiesbaden2025(), "Wiesbaden");
    assertThat(zv.foerderfall).isWaitingAt("CallActivity_AntragBescheid");
    return zv;
  }
}

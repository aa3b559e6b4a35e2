package de.hessen.aqb.umsetzungsbesprechung;

import static org.assertj.core.api.Assertions.assertThat;

import de.hessen.aqb.fall.Fallregister;
import de.hessen.aqb.foerderbudget.Foerderbudget;
import de.hessen.aqb.testsupport.AqbSpringBootTest;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The two beans the Durchführung's autumn loop calls: "umsetzungsbesprechungPlanen" (the next autumn date from the
 * ledger's Bescheid, or null) and "umsetzungsbesprechungAnsetzen" (one own instance per case and year).
 */
@AqbSpringBootTest
class UmsetzungsbesprechungPlanungTest {

  @Autowired ProcessEngine engine;
  @Autowired Fallregister register;
  @Autowired Foerderbudget budget;
  @Autowired Umsetzungsbesprechungen besprechungen;

  /** The first 15 September after today (the default parameter). */
  static LocalDate naechsterHerbst() {
    LocalDate heute = LocalDate.now(ZoneId.of("Europe/Berlin"));
    LocalDate diesesJahr = LocalDate.of(heute.getYear(), 9, 15);
    return diesesJahr.isAfter(heute) ? diesesJahr : diesesJahr.plusYears(1);
  }

  private Object faellig(ProcessInstance instanz) {
    return engine.getRuntimeService().getVariable(instanz.getId(), "umsetzungsbesprechungFaellig");
  }

  @Test
  void planenSetztDenNaechstenHerbstterminImBewilligungszeitraum() {
    var ub = new UmsetzungsbesprechungTreiber(engine, register, budget, "06414", naechsterHerbst().plusYears(2));
    assertThat(faellig(ub.plane())).isEqualTo(naechsterHerbst().atStartOfDay().toString());
  }

  @Test
  void planenSetztNullWennKeinHerbstterminMehrInDenZeitraumFaellt() {
    var ub = new UmsetzungsbesprechungTreiber(engine, register, budget, "06414", naechsterHerbst().minusDays(1));
    ProcessInstance instanz = ub.plane();
    assertThat(engine.getRuntimeService().getVariables(instanz.getId())).containsKey("umsetzungsbesprechungFaellig");
    assertThat(faellig(instanz)).isNull();
  }

  @Test
  void ansetzenStartetJeFallUndJahrGenauEineEigeneInstanzUndPlanenUeberspringtDasJahr() {
    var ub = new UmsetzungsbesprechungTreiber(engine, register, budget, "06437", naechsterHerbst().plusYears(2));
    String faellig = naechsterHerbst().atStartOfDay().toString();
    // the stand-in runs "ansetzen" twice in a row, as a retried job would; a second loop pass of the same year as well
    ProcessInstance eltern = ub.setzeAn(faellig);
    ub.setzeAn(faellig);
    var instanzen = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(ub.nummer)
        .processDefinitionKey("umsetzungsbesprechung").list();
    assertThat(instanzen).hasSize(1);
    ProcessInstance besprechung = instanzen.get(0);
    assertThat(besprechung.getTenantId()).isEqualTo("kommune-06437");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(eltern.getId()).count())
        .as("an own instance, not a called one").isZero();
    assertThat(engine.getRuntimeService().getVariables(besprechung.getId())).containsEntry("foerderfallNummer", ub.nummer)
        .containsEntry("gebietskoerperschaftName", "Landkreis Odenwaldkreis").containsEntry("besprechungJahr", naechsterHerbst().getYear())
        .containsKey("jahr");
    assertThat(besprechungen.besprechung(ub.nummer, naechsterHerbst().getYear()).orElseThrow().prozessInstanz())
        .isEqualTo(besprechung.getId());

    assertThat(faellig(ub.plane())).as("the year with a meeting is skipped")
        .isEqualTo(naechsterHerbst().plusYears(1).atStartOfDay().toString());
  }
}

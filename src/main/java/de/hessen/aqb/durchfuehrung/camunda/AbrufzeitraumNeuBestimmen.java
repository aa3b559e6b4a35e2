package de.hessen.aqb.durchfuehrung.camunda;

import static de.hessen.aqb.durchfuehrung.camunda.DurchfuehrungVariablen.*;
import static de.hessen.aqb.gemeinsam.Datumsanzeige.TT_MM_JJJJ;

import de.hessen.aqb.durchfuehrung.DurchfuehrungBeginnen;
import de.hessen.aqb.fall.Faelle;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Abrufzeitraum neu bestimmen", after an Änderungsbescheid that moved the end of the Bewilligungszeitraum: the service
 * stores the new period; the timers of this instance and of its open Mittelabrufe are recalculated from it.
 */
@Component("abrufzeitraumNeuBestimmen")
class AbrufzeitraumNeuBestimmen implements JavaDelegate {

  static final String ZEITRAUM_TIMER = "BoundaryEvent_AbrufzeitraumAbgelaufen";

  private final Faelle faelle;
  private final DurchfuehrungBeginnen beginnen;

  AbrufzeitraumNeuBestimmen(Faelle faelle, DurchfuehrungBeginnen beginnen) {
    this.faelle = faelle;
    this.beginnen = beginnen;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DurchfuehrungBeginnen.Beginn beginn = beginnen.bestimmeNeu(faelle.kopf(execution));
    DelegateExecution instanz = execution.getProcessInstance();
    ABRUFSCHLUSS.setze(instanz, beginn.schluss().toString());
    ABRUFSCHLUSS_ANZEIGE.setze(instanz, TT_MM_JJJJ.format(beginn.letzterAbruftag()));
    ManagementService jobs = execution.getProcessEngineServices().getManagementService();
    var laufzeit = execution.getProcessEngineServices().getRuntimeService();
    laufzeit.createProcessInstanceQuery().superProcessInstanceId(instanz.getId()).list().forEach(kind -> {
      laufzeit.setVariable(kind.getId(), ABRUFSCHLUSS.name(), beginn.schluss().toString());
      jobs.createJobQuery().processInstanceId(kind.getId()).activityId(ZEITRAUM_TIMER).list()
          .forEach(job -> jobs.recalculateJobDuedate(job.getId(), false));
    });
    jobs.createJobQuery().processInstanceId(instanz.getId()).activityId(ZEITRAUM_TIMER).list()
        .forEach(job -> jobs.recalculateJobDuedate(job.getId(), false));
  }
}

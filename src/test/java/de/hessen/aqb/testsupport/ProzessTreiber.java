package de.hessen.aqb.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import de.hessen.aqb.identity.Sitzung;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * The one test driver of all stages: works on one Förderfall, identified by its number (the business key every
 * stage's instance carries). Completes tasks as the parties would (claim, complete as the logged-in user, give a
 * refused task back), runs the case's due jobs (including those of called stages) and fires timers explicitly.
 * Stage drivers build their form values on top of it.
 */
public class ProzessTreiber {

  private final ProcessEngine engine;
  private final Sitzung sitzung;
  private final String foerderfallNummer;

  public ProzessTreiber(ProcessEngine engine, String foerderfallNummer) {
    this.engine = engine;
    this.sitzung = new Sitzung(engine.getIdentityService());
    this.foerderfallNummer = foerderfallNummer;
  }

  public String foerderfallNummer() {
    return foerderfallNummer;
  }

  /** The open task with this id in the model, in any instance of the case; null if none. */
  public Task aufgabe(String definitionKey) {
    List<Task> offen = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(foerderfallNummer)
        .taskDefinitionKey(definitionKey).list();
    assertThat(offen).as("höchstens eine offene Aufgabe " + definitionKey).hasSizeLessThan(2);
    return offen.isEmpty() ? null : offen.get(0);
  }

  /**
   * Completes the open task as {@code benutzer} with the form's values, then runs the due jobs. A refused completion
   * (the exception propagates) leaves the task open and unclaimed, as a clerk would find it again.
   */
  public void erledige(String definitionKey, String benutzer, Map<String, ?> werte) {
    schliesseAb(definitionKey, benutzer, werte);
    fuehreJobsAus();
  }

  /**
   * Completes the open task like {@link #erledige} but leaves the asynchronous steps waiting, for tests that look at
   * the state between the clerk's transaction and the jobs after it.
   */
  public void schliesseAb(String definitionKey, String benutzer, Map<String, ?> werte) {
    Task task = aufgabe(definitionKey);
    assertThat(task).as("offene Aufgabe " + definitionKey).isNotNull();
    schliesseAb(task, benutzer, werte);
  }

  /** Completes this task (one of several open with the same id in the model, e.g. of parallel requests) and runs the jobs. */
  public void erledige(Task task, String benutzer, Map<String, ?> werte) {
    schliesseAb(task, benutzer, werte);
    fuehreJobsAus();
  }

  /** Completes this task as {@code benutzer}; a refused completion leaves it open and unclaimed. */
  public void schliesseAb(Task task, String benutzer, Map<String, ?> werte) {
    sitzung.als(benutzer, () -> {
      engine.getTaskService().claim(task.getId(), benutzer);
      try {
        @SuppressWarnings("unchecked")
        Map<String, Object> variablen = (Map<String, Object>) werte;
        engine.getTaskService().complete(task.getId(), variablen);
      } finally {
        if (engine.getTaskService().createTaskQuery().taskId(task.getId()).count() > 0) {
          engine.getTaskService().setAssignee(task.getId(), null);
        }
      }
    });
  }

  /** Runs every due job of the case's instances (service tasks, mails, called stages) until none is left. */
  public void fuehreJobsAus() {
    for (int runde = 0; runde < 100; runde++) {
      Set<String> instanzen = instanzen();
      List<Job> jobs = engine.getManagementService().createJobQuery().executable().list().stream()
          .filter(j -> j.getProcessInstanceId() != null && instanzen.contains(j.getProcessInstanceId())).toList();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(j -> engine.getManagementService().executeJob(j.getId()));
    }
    throw new AssertionError("Die Jobs des Förderfalls " + foerderfallNummer + " enden nicht.");
  }

  /**
   * Runs the due jobs as the job executor would: a failing job only loses a retry (and becomes an incident when none is
   * left) instead of failing the test. Returns how many jobs ran.
   */
  public int fuehreJobsAusWieDerJobExecutor() {
    int anzahl = 0;
    for (int runde = 0; runde < 100; runde++) {
      Set<String> instanzen = instanzen();
      List<Job> jobs = engine.getManagementService().createJobQuery().executable().list().stream()
          .filter(j -> j.getProcessInstanceId() != null && instanzen.contains(j.getProcessInstanceId())).toList();
      if (jobs.isEmpty()) {
        return anzahl;
      }
      for (Job job : jobs) {
        try {
          engine.getManagementService().executeJob(job.getId());
        } catch (RuntimeException e) {
          // the engine decremented the retries, as with the job executor
        }
        anzahl++;
      }
    }
    return anzahl;
  }

  /** Fires the timer at {@code activityId} now, then runs what follows. */
  public void loeseTimerAus(String activityId) {
    feuereTimer(activityId);
    fuehreJobsAus();
  }

  /** Fires the timer at {@code activityId} now and nothing else. */
  public void feuereTimer(String activityId) {
    Job timer = timer(activityId);
    assertThat(timer).as("Timer " + activityId).isNotNull();
    engine.getManagementService().executeJob(timer.getId());
  }

  public Job timer(String activityId) {
    Set<String> instanzen = instanzen();
    return engine.getManagementService().createJobQuery().timers().activityId(activityId).list().stream()
        .filter(j -> instanzen.contains(j.getProcessInstanceId())).findFirst().orElse(null);
  }

  /** The open tasks with this id in the model, in any instance of the case (parallel requests each have theirs). */
  public List<Task> aufgaben(String definitionKey) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(foerderfallNummer)
        .taskDefinitionKey(definitionKey).list();
  }

  /** The running instance of a stage's model in this case, or null. */
  public ProcessInstance instanz(String prozess) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(foerderfallNummer)
        .processDefinitionKey(prozess).singleResult();
  }

  private Set<String> instanzen() {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(foerderfallNummer).list()
        .stream().map(ProcessInstance::getId).collect(Collectors.toSet());
  }
}

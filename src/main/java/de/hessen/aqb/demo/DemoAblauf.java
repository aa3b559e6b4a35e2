package de.hessen.aqb.demo;

import de.hessen.aqb.identity.Sitzung;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Plays a demo case through the real processes: completes tasks as the given user (authorizations apply) and runs
 * the case's due asynchronous steps at once (the demo runs before the job executor starts).
 */
@Component
@Profile("demo")
class DemoAblauf {

  private static final Logger LOG = LoggerFactory.getLogger(DemoAblauf.class);
  private static final int THREADS = 2;
  private static final AtomicInteger THREAD_NUMMER = new AtomicInteger();

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ManagementService managementService;
  private final Sitzung sitzung;

  DemoAblauf(RuntimeService runtimeService, TaskService taskService, ManagementService managementService, Sitzung sitzung) {
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.managementService = managementService;
    this.sitzung = sitzung;
  }

  /** Signed by the ministry (in Wiesbaden) and the body (in {@code ortGk}) on {@code datum}, then received by the ministry. */
  void unterzeichnetUndEingegangen(ProcessInstance fall, String gkBenutzer, String ortGk, String datum) {
    unterzeichne(fall, "Task_UnterzeichneMinisterium", "hmsi.ministerin", "unterzeichnungMinisterium", "Wiesbaden", datum);
    unterzeichne(fall, "Task_UnterzeichneGebietskoerperschaft", gkBenutzer, "unterzeichnungGebietskoerperschaft", ortGk, datum);
    erledige(fall, "Task_BestaetigeEingang", "hmsi.sachbearbeitung", Map.of("eingangsdatum", datum));
  }

  /** One signature task: place and date in the form fields {@code praefix}Ort and {@code praefix}Datum. */
  void unterzeichne(ProcessInstance fall, String aufgabe, String benutzer, String praefix, String ort, String datum) {
    erledige(fall, aufgabe, benutzer, Map.of(praefix + "Ort", ort, praefix + "Datum", datum));
  }

  /** Completes the open task {@code aufgabe} of the case (any of its process instances). */
  void erledige(ProcessInstance fall, String aufgabe, String benutzer, Map<String, Object> werte) {
    fuehreJobsAus(fall);
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(fall.getBusinessKey()).taskDefinitionKey(aufgabe)
        .singleResult();
    if (task == null) {
      throw new IllegalStateException("Demo: Aufgabe " + aufgabe + " im Fall " + fall.getBusinessKey() + " nicht offen");
    }
    sitzung.als(benutzer, () -> {
      taskService.claim(task.getId(), benutzer);
      taskService.complete(task.getId(), werte);
    });
    fuehreJobsAus(fall);
  }

  /** The process instance of the case with this process definition key (e.g. "antrag"). */
  ProcessInstance instanz(ProcessInstance fall, String prozess) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(fall.getBusinessKey())
        .processDefinitionKey(prozess).singleResult();
  }

  /**
   * Plays independent stories (each touches its own cases only) on two threads and waits for all of them: the machine
   * has two cores and most of a story is CPU (PDFs, the engine). A story that fails is logged, the others go on (the
   * demo must never keep the application from starting). Thread-bound state — the Camunda authentication of
   * {@link Sitzung}, the back-dating of {@link DemoUhr} — is set inside each story, so it stays in its thread.
   */
  void nebeneinander(Map<String, Runnable> geschichten) {
    ExecutorService threads = Executors.newFixedThreadPool(THREADS, r -> {
      Thread thread = new Thread(r, "demo-" + THREAD_NUMMER.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    try {
      Map<String, Future<?>> laeufe = new LinkedHashMap<>();
      geschichten.forEach((name, geschichte) -> laeufe.put(name, threads.submit(geschichte)));
      laeufe.forEach((name, lauf) -> {
        try {
          lauf.get();
        } catch (ExecutionException e) {
          LOG.error("Demo: {} unvollständig angelegt: {}", name, e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("Demo unterbrochen", e);
        }
      });
    } finally {
      threads.shutdown();
    }
  }

  void fuehreJobsAus(ProcessInstance fall) {
    for (int runde = 0; runde < 30; runde++) {
      Set<String> instanzen = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(fall.getBusinessKey())
          .list().stream().map(ProcessInstance::getId).collect(Collectors.toSet());
      List<Job> jobs = managementService.createJobQuery().executable().list().stream()
          .filter(j -> instanzen.contains(j.getProcessInstanceId())).toList();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> managementService.executeJob(job.getId()));
    }
  }
}

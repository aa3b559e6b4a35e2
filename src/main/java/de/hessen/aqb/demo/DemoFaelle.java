package de.hessen.aqb.demo;

import de.hessen.aqb.foerderfall.FoerderfallRegister;
import de.hessen.aqb.identity.Sitzung;
import de.hessen.aqb.zielvereinbarung.camunda.EntwurfFormularwerte;
import de.hessen.aqb.zielvereinbarung.domain.SeedZielvereinbarungen;
import de.hessen.aqb.zielvereinbarung.domain.ZielvereinbarungDaten;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo story of programme year 2025/2026, played through the real process as the demo users
 * (profile {@code demo}, idempotent, before the job executor starts):
 * Wiesbaden 2025 signed and published (the seed agreement 000, with its real dates), Odenwaldkreis 2025
 * signed by the ministry and waiting for the Landrat (seed 001), Limburg-Weilburg 2026 waiting for the draft.
 */
@Component
@Profile("demo")
class DemoFaelle {

  private static final Logger LOG = LoggerFactory.getLogger(DemoFaelle.class);
  private static final String HMSI_SB = "hmsi.sachbearbeitung";

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ManagementService managementService;
  private final FoerderfallRegister register;
  private final Sitzung sitzung;

  DemoFaelle(RuntimeService runtimeService, TaskService taskService, ManagementService managementService,
      FoerderfallRegister register, Sitzung sitzung) {
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.managementService = managementService;
    this.register = register;
    this.sitzung = sitzung;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(40)
  public void spieleDemoGeschichte() {
    if (!register.nummern("06414", 2025).isEmpty()) {
      return;
    }
    ProcessInstance wiesbaden = bisZurUnterzeichnung("06414", SeedZielvereinbarungen.wiesbaden2025(), "wiesbaden.sachbearbeitung");
    unterzeichne(wiesbaden, "Task_UnterzeichneMinisterium", "hmsi.ministerin", "unterzeichnungMinisterium", "Wiesbaden", "2025-08-06");
    unterzeichne(wiesbaden, "Task_UnterzeichneGebietskoerperschaft", "wiesbaden.stadtraetin", "unterzeichnungGebietskoerperschaft",
        "Wiesbaden", "2025-08-13");
    erledige(wiesbaden, "Task_BestaetigeEingang", HMSI_SB, Map.of("eingangsdatum", "2025-08-20"));

    ProcessInstance odenwald = bisZurUnterzeichnung("06437", SeedZielvereinbarungen.odenwaldkreis2025(), "odenwald.sachbearbeitung");
    unterzeichne(odenwald, "Task_UnterzeichneMinisterium", "hmsi.ministerin", "unterzeichnungMinisterium", "Wiesbaden", "2025-08-02");

    starte("06533", 2026);
    LOG.info("Demo-Fälle angelegt: Wiesbaden 2025 veröffentlicht, Odenwaldkreis 2025 wartet auf Unterzeichnung, "
        + "Limburg-Weilburg 2026 im Entwurf");
  }

  private ProcessInstance bisZurUnterzeichnung(String kreisschluessel, ZielvereinbarungDaten seed, String pruefer) {
    ProcessInstance fall = starte(kreisschluessel, seed.jahr());
    erledige(fall, "Task_ErstelleEntwurf", HMSI_SB, EntwurfFormularwerte.aus(seed));
    // the story is back-dated to the real 2025 agreements: the draft was made in July 2025
    runtimeService.setVariable(zielvereinbarung(fall).getId(), "entwurfDatum", "2025-07-15");
    erledige(fall, "Task_PruefeEntwurf", pruefer, Map.of("pruefungErgebnis", "zustimmen"));
    return fall;
  }

  private ProcessInstance starte(String kreisschluessel, int jahr) {
    return sitzung.als(HMSI_SB, () -> runtimeService.startProcessInstanceByKey("foerderfall",
        Map.of("gebietskoerperschaft", kreisschluessel, "jahr", jahr)));
  }

  private void unterzeichne(ProcessInstance fall, String aufgabe, String benutzer, String praefix, String ort, String datum) {
    erledige(fall, aufgabe, benutzer, Map.of(praefix + "Ort", ort, praefix + "Datum", datum));
  }

  private void erledige(ProcessInstance fall, String aufgabe, String benutzer, Map<String, Object> werte) {
    fuehreJobsAus(fall);
    Task task = taskService.createTaskQuery().processInstanceId(zielvereinbarung(fall).getId()).taskDefinitionKey(aufgabe)
        .singleResult();
    sitzung.als(benutzer, () -> {
      taskService.claim(task.getId(), benutzer);
      taskService.complete(task.getId(), werte);
    });
    fuehreJobsAus(fall);
  }

  private ProcessInstance zielvereinbarung(ProcessInstance fall) {
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(fall.getId()).singleResult();
  }

  /** Runs the due asynchronous steps of the case now (the job executor is not started yet). */
  private void fuehreJobsAus(ProcessInstance fall) {
    for (int runde = 0; runde < 20; runde++) {
      ProcessInstance zv = zielvereinbarung(fall);
      List<Job> jobs = managementService.createJobQuery().executable().list().stream()
          .filter(j -> fall.getId().equals(j.getProcessInstanceId()) || (zv != null && zv.getId().equals(j.getProcessInstanceId())))
          .toList();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> managementService.executeJob(job.getId()));
    }
  }
}

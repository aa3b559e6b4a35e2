package de.hessen.aqb.zielvereinbarung;

import static org.assertj.core.api.Assertions.assertThat;

import de.hessen.aqb.identity.Gruppen;
import de.hessen.aqb.identity.Sitzung;
import de.hessen.aqb.zielvereinbarung.camunda.EntwurfFormularwerte;
import de.hessen.aqb.testsupport.Anmeldung;
import de.hessen.aqb.zielvereinbarung.domain.ZielvereinbarungDaten;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Drives a Förderfall through the Zielvereinbarung as the clerks would (logged in as the party's user,
 * so authorizations apply), with the asynchronous steps run explicitly like the job executor would.
 */
public class ZielvereinbarungTreiber {

  public static final String HMSI_SB = "zv.hmsi.sachbearbeitung";
  public static final String HMSI_ZB = "zv.hmsi.ministerin";

  private final ProcessEngine engine;
  public final String kreisschluessel;
  public final String gkSachbearbeitung;
  public final String gkZeichnung;
  public ProcessInstance foerderfall;

  public ZielvereinbarungTreiber(ProcessEngine engine, String kreisschluessel) {
    this.engine = engine;
    this.kreisschluessel = kreisschluessel;
    var ids = engine.getIdentityService();
    Anmeldung.benutzer(ids, HMSI_SB, Gruppen.HMSI);
    Anmeldung.benutzer(ids, HMSI_ZB, Gruppen.HMSI, Gruppen.ZEICHNUNGSBERECHTIGTE);
    gkSachbearbeitung = "zv." + kreisschluessel + ".sachbearbeitung";
    gkZeichnung = "zv." + kreisschluessel + ".zeichnung";
    if (ids.createGroupQuery().groupId("kommune-" + kreisschluessel).count() > 0) {
      Anmeldung.benutzer(ids, gkSachbearbeitung, "kommune-" + kreisschluessel);
      Anmeldung.benutzer(ids, gkZeichnung, "kommune-" + kreisschluessel, Gruppen.ZEICHNUNGSBERECHTIGTE);
    }
  }

  public ProcessInstance starte(int jahr) {
    foerderfall = als(HMSI_SB, () -> engine.getRuntimeService().startProcessInstanceByKey("foerderfall",
        Map.of("gebietskoerperschaft", kreisschluessel, "jahr", (long) jahr)));
    return foerderfall;
  }

  public ProcessInstance zielvereinbarung() {
    return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(foerderfall.getId()).singleResult();
  }

  public String zvId() {
    return zielvereinbarung().getId();
  }

  public Task aufgabe(String definitionKey) {
    return engine.getTaskService().createTaskQuery().processInstanceId(zvId()).taskDefinitionKey(definitionKey).singleResult();
  }

  /** The form values of "Entwurf erstellen", from agreement data (e.g. a seed). */
  public static Map<String, Object> entwurf(ZielvereinbarungDaten daten) {
    return EntwurfFormularwerte.aus(daten);
  }

  public void erstelleEntwurf(Map<String, Object> werte) {
    erledige("Task_ErstelleEntwurf", HMSI_SB, werte);
  }

  public void pruefe(boolean zustimmen, String aenderungswunsch) {
    Map<String, Object> werte = new HashMap<>();
    werte.put("pruefungErgebnis", zustimmen ? "zustimmen" : "aendern");
    werte.put("aenderungswunsch", aenderungswunsch);
    erledige("Task_PruefeEntwurf", gkSachbearbeitung, werte);
  }

  public void unterzeichne(String partei, String ort, LocalDate datum) {
    boolean ministerium = "ministerium".equals(partei);
    String praefix = ministerium ? "unterzeichnungMinisterium" : "unterzeichnungGebietskoerperschaft";
    Map<String, Object> werte = new HashMap<>();
    werte.put(praefix + "Ort", ort);
    werte.put(praefix + "Datum", datum == null ? null : datum.toString());
    erledige(ministerium ? "Task_UnterzeichneMinisterium" : "Task_UnterzeichneGebietskoerperschaft",
        ministerium ? HMSI_ZB : gkZeichnung, werte);
  }

  public void bestaetigeEingang(LocalDate datum) {
    erledige("Task_BestaetigeEingang", HMSI_SB, Map.of("eingangsdatum", datum.toString()));
  }

  public void erledige(String definitionKey, String benutzer, Map<String, Object> werte) {
    Task task = aufgabe(definitionKey);
    assertThat(task).as("offene Aufgabe " + definitionKey).isNotNull();
    als(benutzer, () -> {
      engine.getTaskService().claim(task.getId(), benutzer);
      engine.getTaskService().complete(task.getId(), werte);
      return null;
    });
  }

  /** Runs all due jobs of the case (both process instances) until none is left, like the job executor. */
  public int fuehreJobsAus() {
    int anzahl = 0;
    for (int runde = 0; runde < 50; runde++) {
      List<Job> jobs = engine.getManagementService().createJobQuery().executable().list().stream()
          .filter(j -> istMeinFall(j.getProcessInstanceId()) && j.getRetries() > 0)
          .filter(j -> j.getDuedate() == null || !j.getDuedate().after(new java.util.Date()))
          .toList();
      if (jobs.isEmpty()) {
        return anzahl;
      }
      for (Job job : jobs) {
        try {
          engine.getManagementService().executeJob(job.getId());
        } catch (RuntimeException e) {
          // retries are decremented by the engine, as with the job executor
        }
        anzahl++;
      }
    }
    return anzahl;
  }

  /** Fires the reminder timer attached to the given task (as if its cycle had come due). */
  public void loeseErinnerungAus(String boundaryEventId) {
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(zvId()).timers()
        .activityId(boundaryEventId).singleResult();
    assertThat(timer).as("Erinnerungs-Timer " + boundaryEventId).isNotNull();
    engine.getManagementService().executeJob(timer.getId());
  }

  private boolean istMeinFall(String processInstanceId) {
    if (processInstanceId == null) {
      return false;
    }
    if (processInstanceId.equals(foerderfall.getId())) {
      return true;
    }
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
        .superProcessInstanceId(foerderfall.getId()).count() > 0;
  }

  public <T> T als(String benutzer, java.util.function.Supplier<T> aktion) {
    return new Sitzung(engine.getIdentityService()).als(benutzer, aktion);
  }
}

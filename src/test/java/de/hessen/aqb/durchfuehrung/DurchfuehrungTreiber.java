package de.hessen.aqb.durchfuehrung;

import static org.assertj.core.api.Assertions.assertThat;

import de.hessen.aqb.antrag.domain.BescheidDaten;
import de.hessen.aqb.antrag.domain.BescheidDaten.Position;
import de.hessen.aqb.foerderbudget.Foerderbudget;
import de.hessen.aqb.identity.Gruppen;
import de.hessen.aqb.identity.Sitzung;
import de.hessen.aqb.testsupport.Anmeldung;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Drives "Durchführung" as the parties would, started directly (mid-lifecycle) after booking a Bescheid in the
 * ledger, as the Antrag stage leaves it; asynchronous steps run explicitly.
 */
public class DurchfuehrungTreiber {

  public static final String RP = "df.rp.sachbearbeitung";

  private final ProcessEngine engine;
  private final Sitzung sitzung;
  public final String kreisschluessel;
  public final String gkSachbearbeitung;
  public final String foerderfallNummer;
  public ProcessInstance durchfuehrung;

  public DurchfuehrungTreiber(ProcessEngine engine, String kreisschluessel, String foerderfallNummer) {
    this.engine = engine;
    this.sitzung = new Sitzung(engine.getIdentityService());
    this.kreisschluessel = kreisschluessel;
    this.foerderfallNummer = foerderfallNummer;
    gkSachbearbeitung = "df." + kreisschluessel + ".sachbearbeitung";
    Anmeldung.benutzer(engine.getIdentityService(), gkSachbearbeitung, "kommune-" + kreisschluessel);
    Anmeldung.benutzer(engine.getIdentityService(), RP, Gruppen.RP_KASSEL);
  }

  /** Books a full grant of the given euro amounts (one measure each, Bewilligungszeitraum 2025) and starts the stage. */
  public ProcessInstance starte(Foerderbudget budget, LocalDate bewilligungBis, long... euro) {
    List<Position> positionen = new java.util.ArrayList<>();
    for (int i = 0; i < euro.length; i++) {
      positionen.add(new Position("M" + (i + 1), "Maßnahme " + (i + 1), "Ausbildungsvorbereitung", "Träger", euro[i] * 100,
          euro[i] * 100, Map.of(2025, euro[i] * 100)));
    }
    String aktenzeichen = "57 AQB " + foerderfallNummer.substring(4);
    budget.bucheBescheid(foerderfallNummer, de.hessen.aqb.antrag.Bescheidbuchungen.aus(new BescheidDaten(aktenzeichen, LocalDate.of(2025, 5, 1),
        BescheidDaten.Bescheidart.VOLLBEWILLIGUNG, "Test " + kreisschluessel, "Test " + kreisschluessel, 2025,
        LocalDate.of(2025, 3, 1), positionen, LocalDate.of(2025, 1, 1), bewilligungBis, "Regel", null,
        bewilligungBis.plusMonths(6), "ANBest-GK", List.of(), "verfasser", "freigabe")), "verfasser", "freigabe", new byte[] {1});
    Map<String, Object> variablen = new HashMap<>();
    variablen.put("gebietskoerperschaft", kreisschluessel);
    variablen.put("jahr", 2025);
    variablen.put("foerderfallNummer", foerderfallNummer);
    variablen.put("gebietskoerperschaftName", "Test " + kreisschluessel);
    variablen.put("bescheidAktenzeichen", aktenzeichen);
    variablen.put("bewilligungVon", "2025-01-01");
    variablen.put("bewilligungBis", bewilligungBis.toString());
    variablen.put("verwendungsnachweisFrist", bewilligungBis.plusMonths(6).toString());
    durchfuehrung = engine.getRuntimeService().startProcessInstanceByKey("durchfuehrung", foerderfallNummer, variablen);
    fuehreJobsAus();
    return durchfuehrung;
  }

  /** Continues a case whose Förderfall already called this stage (after the Bescheid). */
  public DurchfuehrungTreiber fuer(ProcessInstance foerderfall) {
    durchfuehrung = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(foerderfall.getId())
        .processDefinitionKey("durchfuehrung").singleResult();
    assertThat(durchfuehrung).as("Durchführung des Förderfalls").isNotNull();
    fuehreJobsAus();
    return this;
  }

  /** The body requests money: amount as typed, needed in {@code tage} days. */
  public void rufeAb(String betrag, int tage, String zweck) {
    Map<String, Object> werte = new HashMap<>();
    werte.put("mittelabrufAktion", "abrufen");
    werte.put("mittelabrufBetrag", betrag);
    werte.put("mittelabrufBedarfBis", LocalDate.now().plusDays(tage).toString());
    werte.put("mittelabrufZweck", zweck);
    erledige("Task_StelleMittelabruf", gkSachbearbeitung, werte);
  }

  public void schliesseAb() {
    erledige("Task_StelleMittelabruf", gkSachbearbeitung, Map.of("mittelabrufAktion", "abschliessen"));
  }

  public void entscheide(String entscheidung, String betrag, String begruendung) {
    Map<String, Object> werte = new HashMap<>();
    werte.put("mittelabrufEntscheidung", entscheidung);
    werte.put("auszahlungBetrag", betrag);
    werte.put("mittelabrufBegruendung", begruendung);
    erledige("Task_PruefeMittelabruf", RP, werte);
  }

  public Object variable(String name) {
    return engine.getRuntimeService().getVariable(durchfuehrung.getId(), name);
  }

  public Task aufgabe(String definitionKey) {
    return engine.getTaskService().createTaskQuery().processInstanceId(durchfuehrung.getId()).taskDefinitionKey(definitionKey)
        .singleResult();
  }

  public void erledige(String definitionKey, String benutzer, Map<String, Object> werte) {
    Task task = aufgabe(definitionKey);
    assertThat(task).as("offene Aufgabe " + definitionKey).isNotNull();
    sitzung.als(benutzer, () -> {
      engine.getTaskService().claim(task.getId(), benutzer);
      try {
        engine.getTaskService().complete(task.getId(), werte);
      } finally {
        // a refused completion leaves the task claimed: give it back, as a clerk would
        if (engine.getTaskService().createTaskQuery().taskId(task.getId()).count() > 0) {
          engine.getTaskService().setAssignee(task.getId(), null);
        }
      }
    });
    fuehreJobsAus();
  }

  public void fuehreJobsAus() {
    for (int runde = 0; runde < 50; runde++) {
      List<Job> jobs = engine.getManagementService().createJobQuery().processInstanceId(durchfuehrung.getId()).executable()
          .list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(j -> engine.getManagementService().executeJob(j.getId()));
    }
  }

  public Job timer(String activityId) {
    return engine.getManagementService().createJobQuery().processInstanceId(durchfuehrung.getId()).timers()
        .activityId(activityId).singleResult();
  }
}

package de.hessen.aqb.demo;

import de.hessen.aqb.identity.Sitzung;
import de.hessen.aqb.zielvereinbarung.camunda.EntwurfFormularwerte;
import de.hessen.aqb.zielvereinbarung.domain.SeedZielvereinbarungen;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Some of the programme year's other cases (started by the Programmjahr process with their drafts due) moved on through
 * the real tasks, back-dated, so that the year's early stages have more than one case each: a draft with the body for
 * review, an agreement waiting for the ministry's signature, an Antrag being recorded and one in the RP's check. The later
 * stages (Durchführung with payments and an Änderungsantrag, Nachweis, closed) are told by {@link DemoFaelle}; moving
 * more cases there would cost start-up time (ADR 24). Runs once, right after the year's release ({@link DemoProgrammjahr}).
 */
@Component
@Profile("demo")
class DemoProgrammjahrStufen {

  private static final String HMSI_SB = "hmsi.sachbearbeitung";

  /** The bodies moved on, with the demo login of each (see the README's logins). */
  static final String BERGSTRASSE = "06431";
  static final String DARMSTADT_DIEBURG = "06432";
  static final String GROSS_GERAU = "06433";
  static final String WETTERAUKREIS = "06440";

  private final DemoAblauf ablauf;
  private final DemoAntraege antraege;
  private final DemoUhr uhr;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final Sitzung sitzung;

  DemoProgrammjahrStufen(DemoAblauf ablauf, DemoAntraege antraege, DemoUhr uhr, RuntimeService runtimeService,
      TaskService taskService, Sitzung sitzung) {
    this.ablauf = ablauf;
    this.antraege = antraege;
    this.uhr = uhr;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.sitzung = sitzung;
  }

  void verteile(int jahr) {
    Map<String, Runnable> geschichten = new LinkedHashMap<>();
    // the Antrag in the RP's check: agreement drafted five weeks ago, published four weeks ago, Antrag submitted a week ago
    geschichten.put("Wetteraukreis " + jahr, () -> {
      ProcessInstance fall = veroeffentlicht(WETTERAUKREIS, jahr, "wetterau.sachbearbeitung", 35, 28);
      uhr.vorTagen(7, () -> antraege.eingereicht(fall, "wetterau.sachbearbeitung"));
    });
    // the Antrag is being recorded: agreement published three weeks ago
    geschichten.put("Groß-Gerau " + jahr, () -> veroeffentlicht(GROSS_GERAU, jahr, "grossgerau.sachbearbeitung", 30, 21));
    // the ministry's signature is due: drafted ten days ago, the body agreed six days ago
    geschichten.put("Darmstadt-Dieburg " + jahr, () -> {
      ProcessInstance fall = entworfen(DARMSTADT_DIEBURG, jahr, 10);
      uhr.vorTagen(6, () -> ablauf.erledige(fall, "Task_PruefeEntwurf", "darmstadtdieburg.sachbearbeitung",
          Map.of("pruefungErgebnis", "zustimmen")));
    });
    // the body reviews the draft sent three days ago
    geschichten.put("Bergstraße " + jahr, () -> entworfen(BERGSTRASSE, jahr, 3));
    ablauf.nebeneinander(geschichten);
  }

  /** The ministry's draft sent to the body {@code vorTagen} days ago (the Odenwaldkreis projects as example text). */
  private ProcessInstance entworfen(String kreisschluessel, int jahr, int vorTagen) {
    ProcessInstance fall = sitzung.als(HMSI_SB, () -> runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey("AQB-" + jahr + "-" + kreisschluessel).processDefinitionKey("foerderfall").singleResult());
    if (fall == null) {
      throw new IllegalStateException("Demo: kein Förderfall " + jahr + " für " + kreisschluessel);
    }
    var aufgabe = taskService.createTaskQuery().processInstanceBusinessKey(fall.getBusinessKey())
        .taskDefinitionKey("Task_ErstelleEntwurf").singleResult();
    Map<String, Object> werte = new HashMap<>(EntwurfFormularwerte.aus(SeedZielvereinbarungen.odenwaldkreis2025()));
    // the budget as the allocation prefilled it
    werte.put("budget", taskService.getVariable(aufgabe.getId(), "budget"));
    werte.put("unterzeichnerPartnerName", "Erika Mustermann");
    werte.put("unterzeichnerPartnerTitel", "Kreisbeigeordnete");
    uhr.vorTagen(vorTagen, () -> ablauf.erledige(fall, "Task_ErstelleEntwurf", HMSI_SB, werte));
    return fall;
  }

  /** Drafted {@code entwurfVorTagen} days ago, agreed, signed by both and received {@code veroeffentlichtVorTagen} days ago. */
  private ProcessInstance veroeffentlicht(String kreisschluessel, int jahr, String gkBenutzer, int entwurfVorTagen,
      int veroeffentlichtVorTagen) {
    ProcessInstance fall = entworfen(kreisschluessel, jahr, entwurfVorTagen);
    uhr.vorTagen(veroeffentlichtVorTagen, () -> {
      String datum = LocalDate.now(uhr).toString();
      ablauf.erledige(fall, "Task_PruefeEntwurf", gkBenutzer, Map.of("pruefungErgebnis", "zustimmen"));
      ablauf.unterzeichnetUndEingegangen(fall, gkBenutzer, "Kreishaus", datum);
    });
    return fall;
  }
}

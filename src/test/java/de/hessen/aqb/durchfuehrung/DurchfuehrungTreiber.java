package de.hessen.aqb.durchfuehrung;

import static de.hessen.aqb.durchfuehrung.camunda.DurchfuehrungVariablen.*;
import static de.hessen.aqb.durchfuehrung.camunda.MittelabrufVariablen.*;
import static org.assertj.core.api.Assertions.assertThat;

import de.hessen.aqb.antrag.domain.BescheidDaten;
import de.hessen.aqb.antrag.domain.BescheidDaten.Position;
import de.hessen.aqb.fall.Fallregister;
import de.hessen.aqb.foerderbudget.Foerderbudget;
import de.hessen.aqb.identity.Gruppen;
import de.hessen.aqb.plattform.MandantZuordnung;
import de.hessen.aqb.testsupport.Anmeldung;
import de.hessen.aqb.testsupport.ProzessTreiber;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Drives "Durchführung" as the parties would, on top of {@link ProzessTreiber}: started directly (mid-lifecycle) for a
 * registered case after booking a Bescheid in the ledger, as the Antrag stage leaves it, or continued in a Förderfall.
 */
public class DurchfuehrungTreiber {

  public static final String RP = "df.rp.sachbearbeitung";
  private static final Random ZUFALL = new Random();

  private final ProcessEngine engine;
  public final String kreisschluessel;
  public final String gkSachbearbeitung;
  public final String foerderfallNummer;
  public final ProzessTreiber treiber;
  public ProcessInstance durchfuehrung;

  public DurchfuehrungTreiber(ProcessEngine engine, String kreisschluessel, String foerderfallNummer) {
    this.engine = engine;
    this.kreisschluessel = kreisschluessel;
    this.foerderfallNummer = foerderfallNummer;
    this.treiber = new ProzessTreiber(engine, foerderfallNummer);
    gkSachbearbeitung = "df." + kreisschluessel + ".sachbearbeitung";
    Anmeldung.benutzer(engine.getIdentityService(), gkSachbearbeitung, "kommune-" + kreisschluessel);
    Anmeldung.benutzer(engine.getIdentityService(), RP, Gruppen.RP_KASSEL);
  }

  /** A new case of the body in the register (a random far year: one active case per body and year). */
  public static DurchfuehrungTreiber neuerFall(ProcessEngine engine, Fallregister register, String kreisschluessel) {
    int jahr;
    do {
      jahr = 2200 + ZUFALL.nextInt(7000);
    } while (register.aktiverFall(kreisschluessel, jahr).isPresent());
    return new DurchfuehrungTreiber(engine, kreisschluessel, register.registriere(kreisschluessel, jahr, "test"));
  }

  /** Books a Bescheid ({@link #bucheBescheid}) and starts the stage. */
  public ProcessInstance starte(Foerderbudget budget, LocalDate bewilligungBis, long... euro) {
    bucheBescheid(budget, bewilligungBis, euro);
    // the stage needs nothing but its business key; the Kreisschlüssel only gives the instance its tenant
    durchfuehrung = engine.getRuntimeService().startProcessInstanceByKey("durchfuehrung", foerderfallNummer,
        Map.of(MandantZuordnung.START_VARIABLE, kreisschluessel));
    treiber.fuehreJobsAus();
    return durchfuehrung;
  }

  /** Starts the stage for a case whose Bescheid is already in the ledger. */
  public ProcessInstance starteStufe() {
    durchfuehrung = engine.getRuntimeService().startProcessInstanceByKey("durchfuehrung", foerderfallNummer,
        Map.of(MandantZuordnung.START_VARIABLE, kreisschluessel));
    treiber.fuehreJobsAus();
    return durchfuehrung;
  }

  /** Books a full grant of the given euro amounts (one measure each, Bewilligungszeitraum 2025) in the ledger. */
  public void bucheBescheid(Foerderbudget budget, LocalDate bewilligungBis, long... euro) {
    List<Position> positionen = new java.util.ArrayList<>();
    for (int i = 0; i < euro.length; i++) {
      positionen.add(new Position("M" + (i + 1), "Maßnahme " + (i + 1), "Ausbildungsvorbereitung", "Träger", euro[i] * 100,
          euro[i] * 100, Map.of(2025, euro[i] * 100)));
    }
    budget.bucheBescheid(foerderfallNummer, de.hessen.aqb.antrag.Bescheidbuchungen.aus(new BescheidDaten(aktenzeichen(), LocalDate.of(2025, 5, 1),
        BescheidDaten.Bescheidart.VOLLBEWILLIGUNG, "Test " + kreisschluessel, "Test " + kreisschluessel, 2025,
        LocalDate.of(2025, 3, 1), positionen, LocalDate.of(2025, 1, 1), bewilligungBis, "Regel", null,
        bewilligungBis.plusMonths(6), "ANBest-GK", List.of(), "verfasser", "freigabe")), "verfasser", "freigabe", new byte[] {1});
  }

  public String aktenzeichen() {
    return "57 AQB " + foerderfallNummer.substring(4);
  }

  /** Continues a case whose Förderfall already called this stage (after the Bescheid). */
  public DurchfuehrungTreiber fuer(ProcessInstance foerderfall) {
    treiber.fuehreJobsAus();
    durchfuehrung = treiber.instanz("durchfuehrung");
    assertThat(durchfuehrung).as("Durchführung des Förderfalls").isNotNull();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(foerderfall.getId())
        .singleResult().getId()).isEqualTo(durchfuehrung.getId());
    return this;
  }

  /** The body chooses "Mittelabruf stellen" in its standing task; returns the new request's instance. */
  public String neuerMittelabruf() {
    return neuesAnliegen("mittelabruf", "mittelabruf");
  }

  /** The body chooses "Änderungsantrag stellen"; returns the new request's instance. */
  public String neuerAenderungsantrag() {
    return neuesAnliegen("aenderungsantrag", "aenderungsantrag");
  }

  private String neuesAnliegen(String wahl, String prozess) {
    java.util.Set<String> vorher = anliegen(prozess);
    erledige("Task_WaehleAnliegen", gkSachbearbeitung, Map.of(ANLIEGEN.name(), wahl));
    java.util.Set<String> neu = anliegen(prozess);
    neu.removeAll(vorher);
    assertThat(neu).as("ein neues Anliegen " + prozess).hasSize(1);
    return neu.iterator().next();
  }

  private java.util.Set<String> anliegen(String prozess) {
    return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(durchfuehrung.getId())
        .processDefinitionKey(prozess).list().stream().map(ProcessInstance::getId)
        .collect(java.util.stream.Collectors.toCollection(java.util.HashSet::new));
  }

  /** The form values of a request: amount per measure id as typed, needed in {@code tage} days. */
  public static Map<String, Object> abruf(Map<String, String> betraege, int tage, String zweck, String verwendungBisher) {
    Map<String, Object> werte = new HashMap<>();
    werte.put(MITTELABRUF_AKTION.name(), "abrufen");
    werte.put(MITTELABRUF_BETRAEGE.name(), liste(betraege));
    werte.put(MITTELABRUF_BEDARF_BIS.name(), LocalDate.now().plusDays(tage).toString());
    werte.put(MITTELABRUF_ZWECK.name(), zweck);
    werte.put(MITTELABRUF_VERWENDUNG_BISHER.name(), verwendungBisher);
    return werte;
  }

  /** A form list [{id, betrag}] as the embedded forms send it (Camunda Json). */
  public static Object liste(Map<String, String> betraege) {
    com.fasterxml.jackson.databind.node.ArrayNode liste = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
    betraege.forEach((id, betrag) -> liste.addObject().put("id", id).put("betrag", betrag));
    return de.hessen.aqb.plattform.ProzessVariable.alsJson(liste);
  }

  /** The form values of the RP's decision (reduced amounts per measure id only for "kuerzen"). */
  public static Map<String, Object> entscheidung(String entscheidung, Map<String, String> auszahlungen, String begruendung) {
    Map<String, Object> werte = new HashMap<>();
    werte.put(ENTSCHEIDUNG.name(), entscheidung);
    werte.put(AUSZAHLUNGEN.name(), auszahlungen == null ? null : liste(auszahlungen));
    werte.put(BEGRUENDUNG.name(), begruendung);
    return werte;
  }

  /** Files a request for measure M1 only (euro amount as typed) in a new Mittelabruf; returns its instance. */
  public String rufeAb(String betrag, int tage, String zweck) {
    return rufeAb(Map.of("M1", betrag), tage, zweck);
  }

  /** Files a request in a new Mittelabruf; returns its instance. */
  public String rufeAb(Map<String, String> betraege, int tage, String zweck) {
    String anliegen = neuerMittelabruf();
    stelle(anliegen, abruf(betraege, tage, zweck, "Für die Honorare der Vormonate vollständig verwendet."));
    return anliegen;
  }

  /** The body completes "Mittelabruf stellen" of the request {@code anliegen} with these values. */
  public void stelle(String anliegen, Map<String, Object> werte) {
    treiber.erledige(aufgabe(anliegen, "Task_StelleMittelabruf"), gkSachbearbeitung, werte);
  }

  /** The RP decides the request {@code anliegen}. */
  public void entscheide(String anliegen, String entscheidung, Map<String, String> auszahlungen, String begruendung) {
    treiber.erledige(aufgabe(anliegen, "Task_PruefeMittelabruf"), RP, entscheidung(entscheidung, auszahlungen, begruendung));
  }

  /** The open task {@code definitionKey} of one request's instance. */
  public Task aufgabe(String anliegen, String definitionKey) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(anliegen).taskDefinitionKey(definitionKey)
        .singleResult();
    assertThat(task).as("offene Aufgabe " + definitionKey + " des Anliegens").isNotNull();
    return task;
  }

  public void schliesseAb() {
    erledige("Task_WaehleAnliegen", gkSachbearbeitung, Map.of(ANLIEGEN.name(), "abschliessen"));
  }

  public Object variable(String name) {
    return engine.getRuntimeService().getVariable(durchfuehrung.getId(), name);
  }

  public Task aufgabe(String definitionKey) {
    return treiber.aufgabe(definitionKey);
  }

  public void erledige(String definitionKey, String benutzer, Map<String, ?> werte) {
    treiber.erledige(definitionKey, benutzer, werte);
  }

  public void fuehreJobsAus() {
    treiber.fuehreJobsAus();
  }

  public Job timer(String activityId) {
    return treiber.timer(activityId);
  }
}

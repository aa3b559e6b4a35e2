package de.hessen.aqb.umsetzungsbesprechung;

import static de.hessen.aqb.umsetzungsbesprechung.camunda.UmsetzungsbesprechungVariablen.*;

import de.hessen.aqb.durchfuehrung.DurchfuehrungTreiber;
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
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * Drives the Umsetzungsbesprechung of one registered case with a Bescheid in the ledger. The Durchführung's autumn loop
 * is stood in for by small test processes that call the two beans the parent calls ("planen", "ansetzen").
 */
public class UmsetzungsbesprechungTreiber {

  public static final String HMSI = "ub.hmsi.sachbearbeitung";
  public static final String PLANEN = "testUmsetzungsbesprechungPlanen";
  public static final String ANSETZEN = "testUmsetzungsbesprechungAnsetzen";

  private final ProcessEngine engine;
  public final DurchfuehrungTreiber fall;
  public final ProzessTreiber treiber;
  public final String nummer;

  public UmsetzungsbesprechungTreiber(ProcessEngine engine, Fallregister register, Foerderbudget budget, String kreisschluessel,
      LocalDate bewilligungBis) {
    this.engine = engine;
    this.fall = DurchfuehrungTreiber.neuerFall(engine, register, kreisschluessel);
    fall.bucheBescheid(budget, bewilligungBis, 50_000);
    this.nummer = fall.foerderfallNummer;
    this.treiber = new ProzessTreiber(engine, nummer);
    Anmeldung.benutzer(engine.getIdentityService(), HMSI, Gruppen.HMSI);
    stellvertreter();
  }

  /** Deploys (once) the stand-ins of the Durchführung's loop: one service task per bean, then a wait state. */
  private void stellvertreter() {
    if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(ANSETZEN).count() > 0) {
      return;
    }
    engine.getRepositoryService().createDeployment().name("Stellvertreter der Durchführung")
        .addModelInstance(PLANEN + ".bpmn", modell(PLANEN, "${umsetzungsbesprechungPlanen}", null))
        .addModelInstance(ANSETZEN + ".bpmn", modell(ANSETZEN, "${umsetzungsbesprechungAnsetzen}", "${umsetzungsbesprechungAnsetzen}"))
        .deploy();
  }

  private static BpmnModelInstance modell(String id, String erster, String zweiter) {
    var bau = Bpmn.createExecutableProcess(id).camundaHistoryTimeToLive(1).startEvent().serviceTask("Task_Erster")
        .camundaDelegateExpression(erster);
    if (zweiter != null) {
      bau = bau.serviceTask("Task_Wiederholt").camundaDelegateExpression(zweiter);
    }
    return bau.userTask("Task_Warten").camundaCandidateGroups(Gruppen.HMSI).endEvent().done();
  }

  /** Runs the stand-in of "Nächste Umsetzungsbesprechung bestimmen" and returns the case's instance of it. */
  public ProcessInstance plane() {
    return starte(PLANEN, Map.of());
  }

  /** Runs "Umsetzungsbesprechung ansetzen" twice in a row (as a retried job would) for the planned date, or this year. */
  public ProcessInstance setzeAn(String faellig) {
    Map<String, Object> v = new HashMap<>();
    v.put(FAELLIG.name(), faellig);
    return starte(ANSETZEN, v);
  }

  private ProcessInstance starte(String prozess, Map<String, Object> variablen) {
    Map<String, Object> v = new HashMap<>(variablen);
    v.put(MandantZuordnung.START_VARIABLE, fall.kreisschluessel);
    return engine.getRuntimeService().startProcessInstanceByKey(prozess, nummer, v);
  }

  public ProcessInstance besprechung() {
    return treiber.instanz("umsetzungsbesprechung");
  }

  /** The form values of "terminieren": participants as the form sends them ({id}). */
  public static Map<String, Object> termin(LocalDate datum, String uhrzeit, String ort, List<String> wer, String tagesordnung) {
    Map<String, Object> werte = new HashMap<>();
    werte.put(DATUM.name(), datum == null ? null : datum.toString());
    werte.put(UHRZEIT.name(), uhrzeit);
    werte.put(ORT.name(), ort);
    werte.put(TEILNEHMENDE.name(), json(wer.stream().map(id -> "{\"id\":\"" + id + "\"}").toList()));
    werte.put(TAGESORDNUNG.name(), tagesordnung);
    return werte;
  }

  /** The form values of "protokollieren"; a follow-up as {was, zustaendig, faelligAm}. */
  public static Map<String, Object> protokoll(String text, List<String> anwesend, List<List<String>> vereinbarungen) {
    Map<String, Object> werte = new HashMap<>();
    werte.put(PROTOKOLL.name(), text);
    werte.put(ANWESEND.name(), json(anwesend.stream().map(id -> "{\"id\":\"" + id + "\"}").toList()));
    werte.put(VEREINBARUNGEN.name(), json(vereinbarungen.stream().map(v -> "{\"was\":\"" + v.get(0) + "\",\"zustaendig\":\""
        + v.get(1) + "\",\"faelligAm\":\"" + v.get(2) + "\"}").toList()));
    return werte;
  }

  private static String json(List<String> eintraege) {
    return eintraege.stream().collect(Collectors.joining(",", "[", "]"));
  }

  public void erledige(String aufgabe, String benutzer, Map<String, ?> werte) {
    treiber.erledige(aufgabe, benutzer, werte);
  }
}

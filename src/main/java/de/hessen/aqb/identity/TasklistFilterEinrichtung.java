package de.hessen.aqb.identity;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The German Tasklist filters, a clerk's daily desk (ADR 19). Each filter shows the business columns
 * (Förderfall, Gebietskörperschaft, Jahr); what a user sees in it is limited by the engine's authorizations and
 * tenants, so one set of filters serves all parties. Tasklist opens the filter with the lowest priority first and
 * shows the count of the open filter: the work waiting for the user's groups.
 */
@Component
public class TasklistFilterEinrichtung {

  public static final String GRUPPENAUFGABEN = "Aufgaben meiner Gruppe";
  public static final String MEINE_AUFGABEN = "Meine Aufgaben";
  public static final String VIER_AUGEN = "Zur Freigabe (Vier-Augen)";
  public static final String FAELLIG_7_TAGE = "Fällig in 7 Tagen";
  public static final String UEBERFAELLIG = "Überfällig";
  public static final String WIEDERVORLAGE = "Wiedervorlage";
  public static final String ALLE_FAELLE = "Alle offenen Fälle eines Jahres";

  /** The second steps of the Vier-Augen-Prinzip (ADR 7): someone other than the first clerk releases. */
  static final String[] FREIGABE_AUFGABEN = {
      "Task_GibBescheidFrei", "Task_GibAenderungsbescheidFrei", "Task_PruefeRechnerisch"};

  /** Variables shown as columns on every task card (set by every process, see FoerderfallVariablen). */
  static final List<Map<String, String>> SPALTEN = List.of(
      Map.of("name", "foerderfallNummer", "label", "Förderfall"),
      Map.of("name", "gebietskoerperschaftName", "label", "Gebietskörperschaft"),
      Map.of("name", "jahr", "label", "Jahr"));

  private final FilterService filterService;
  private final TaskService taskService;
  private final Berechtigungen berechtigungen;

  TasklistFilterEinrichtung(FilterService filterService, TaskService taskService, Berechtigungen berechtigungen) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.berechtigungen = berechtigungen;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(20)
  public void richteEin() {
    fuerAlle(filter(GRUPPENAUFGABEN, -10, true,
        "Offene Aufgaben meiner Gruppen, noch von niemandem übernommen",
        meineGruppen().taskUnassigned().orderByDueDate().asc()));
    fuerAlle(filter(MEINE_AUFGABEN, -5, true, "Aufgaben, die ich übernommen habe",
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc()));
    fuerGruppe(Gruppen.RP_KASSEL, filter(VIER_AUGEN, 0, false,
        "Freigaben und rechnerische Prüfungen nach dem Vier-Augen-Prinzip: nur wer den ersten Schritt nicht getan hat, "
            + "kann sie übernehmen",
        meineGruppen().includeAssignedTasks().taskDefinitionKeyIn(FREIGABE_AUFGABEN).orderByDueDate().asc()));
    fuerAlle(filter(FAELLIG_7_TAGE, 5, false,
        "Aufgaben meiner Gruppen (auch übernommene), die in den nächsten sieben Tagen fällig werden",
        meineGruppen().includeAssignedTasks().dueAfterExpression("${now()}")
            .dueBeforeExpression("${dateTime().plusDays(7).toDate()}").orderByDueDate().asc()));
    fuerAlle(filter(UEBERFAELLIG, 10, false,
        "Aufgaben meiner Gruppen (auch übernommene), deren Fälligkeit überschritten ist",
        meineGruppen().includeAssignedTasks().dueBeforeExpression("${now()}").orderByDueDate().asc()));
    fuerAlle(filter(WIEDERVORLAGE, 15, false,
        "Aufgaben, deren Wiedervorlagedatum erreicht ist: abgelaufene Nachforderungsfristen, fällige Mittelabrufe "
            + "und Verwendungsnachweise, nachzuhaltende Vereinbarungen",
        taskService.createTaskQuery().followUpBeforeExpression("${now()}").orderByFollowUpDate().asc()));
    fuerGruppe(Gruppen.HMSI, filter(ALLE_FAELLE, 20, false,
        "Alle offenen Aufgaben aller Förderfälle, nach Jahr und Förderfall sortiert; ein Jahr wählen Sie in der Suche "
            + "(Prozessvariable jahr = 2026)",
        taskService.createTaskQuery().orderByProcessVariable("jahr", ValueType.INTEGER).desc()
            .orderByProcessVariable("foerderfallNummer", ValueType.STRING).asc()));
  }

  private TaskQuery meineGruppen() {
    return taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}");
  }

  private Filter filter(String name, int prioritaet, boolean aktualisieren, String beschreibung, TaskQuery query) {
    Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filterService.newTaskFilter(name);
    }
    Map<String, Object> eigenschaften = new LinkedHashMap<>();
    eigenschaften.put("description", beschreibung);
    eigenschaften.put("priority", prioritaet);
    eigenschaften.put("refresh", aktualisieren);
    eigenschaften.put("showUndefinedVariable", false);
    eigenschaften.put("variables", SPALTEN);
    filter.setProperties(eigenschaften);
    filter.setQuery(query);
    return filterService.saveFilter(filter);
  }

  private void fuerAlle(Filter filter) {
    berechtigungen.erlaubeAllen(FILTER, filter.getId(), READ);
  }

  private void fuerGruppe(String gruppe, Filter filter) {
    berechtigungen.erlaubeGruppe(gruppe, FILTER, filter.getId(), READ);
  }
}

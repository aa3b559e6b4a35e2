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
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The German Tasklist filters shared by every group. Each filter shows the business columns
 * (Förderfall, Gebietskörperschaft, Jahr); what a user sees in it is limited by the engine's
 * authorizations and tenants, so one set of filters serves all parties.
 */
@Component
public class TasklistFilterEinrichtung {

  public static final String MEINE_AUFGABEN = "Meine Aufgaben";
  public static final String GRUPPENAUFGABEN = "Aufgaben meiner Gruppe";
  public static final String UEBERFAELLIG = "Überfällig";
  public static final String WIEDERVORLAGE = "Wiedervorlage";

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
    filter(MEINE_AUFGABEN, -10, "Aufgaben, die ich übernommen habe",
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
    filter(GRUPPENAUFGABEN, -5, "Offene Aufgaben meiner Gruppen, noch von niemandem übernommen",
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
            .orderByDueDate().asc());
    filter(UEBERFAELLIG, 0, "Aufgaben, deren Fälligkeit überschritten ist",
        taskService.createTaskQuery().dueBeforeExpression("${now()}").orderByDueDate().asc());
    filter(WIEDERVORLAGE, 5, "Aufgaben, deren Wiedervorlagedatum erreicht ist",
        taskService.createTaskQuery().followUpBeforeExpression("${now()}").orderByFollowUpDate().asc());
  }

  private void filter(String name, int prioritaet, String beschreibung, TaskQuery query) {
    Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filterService.newTaskFilter(name);
    }
    Map<String, Object> eigenschaften = new LinkedHashMap<>();
    eigenschaften.put("description", beschreibung);
    eigenschaften.put("priority", prioritaet);
    eigenschaften.put("refresh", true);
    eigenschaften.put("showUndefinedVariable", false);
    eigenschaften.put("variables", SPALTEN);
    filter.setProperties(eigenschaften);
    filter.setQuery(query);
    filterService.saveFilter(filter);
    berechtigungen.erlaubeAllen(FILTER, filter.getId(), READ);
  }
}

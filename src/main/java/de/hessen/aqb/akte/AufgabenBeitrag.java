package de.hessen.aqb.akte;

import de.hessen.aqb.akte.domain.Beitrag;
import de.hessen.aqb.akte.domain.Eintrag;
import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.plattform.UhrKonfiguration;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Who did which step where the ledger keeps no person (e.g. the RP's check of the Antrag, the signing tasks): the
 * completed user tasks of every process instance of the case (all stages share the case number as business key), from
 * the engine's history through its public API, with assignee and end time. Tasks ended without completion (cancelled,
 * or deleted by a boundary event) are not listed.
 */
@Component
@Order(100)
class AufgabenBeitrag implements AktenBeitrag {

  private final HistoryService history;

  AufgabenBeitrag(HistoryService history) {
    this.history = history;
  }

  @Override
  public Beitrag fuer(Fallkopf fall) {
    List<Eintrag> aufgaben = history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(fall.nummer()).finished()
        .list().stream()
        .filter(t -> t.getDeleteReason() == null || "completed".equals(t.getDeleteReason()))
        .map(AufgabenBeitrag::eintrag)
        .toList();
    return new Beitrag(List.of(), List.of(), aufgaben);
  }

  private static Eintrag eintrag(HistoricTaskInstance t) {
    LocalDateTime ende = LocalDateTime.ofInstant(t.getEndTime().toInstant(), UhrKonfiguration.HESSEN);
    return new Eintrag(ende, t.getAssignee(), t.getName() == null ? t.getTaskDefinitionKey() : t.getName());
  }
}

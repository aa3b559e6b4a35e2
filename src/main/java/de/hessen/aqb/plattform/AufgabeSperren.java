package de.hessen.aqb.plattform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityState;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Serialises the completions of one user task across application nodes (ADR 25): before any listener of the task
 * writes its own rows ({@code aqb_*}: a check's round, the Bescheid draft, a Mittelabruf's decision), the completion locks
 * the task's row ({@code SELECT … FOR UPDATE}). Of two completions at once — two nodes, two tabs, two clerks — the second
 * waits for the first; when the first has committed, the task is gone (or changed) and the second stops at once with
 * an {@link OptimisticLockingException} carrying {@link FehlermeldungFuerSachbearbeitung#GLEICHZEITIG_GEAENDERT}, which
 * the engine APIs answer as a German 409. Without it the second ran its listeners, hit a primary key of an own table and
 * answered 500. Camunda's optimistic locking still guards everything else at commit.
 */
final class AufgabeSperren implements TaskListener {

  static final AufgabeSperren INSTANZ = new AufgabeSperren();

  private AufgabeSperren() {}

  /** Puts the lock first among the listeners of every user task's completion (built-in listeners run before BPMN ones). */
  static final class ParseListener extends AbstractBpmnParseListener {
    @Override
    public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
      if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior verhalten) {
        verhalten.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, INSTANZ);
      }
    }
  }

  @Override
  public void notify(DelegateTask aufgabe) {
    if (!(aufgabe instanceof TaskEntity task)) {
      return;
    }
    CommandContext befehl = Context.getCommandContext();
    CachedDbEntity geladen = befehl.getDbEntityManager().getDbEntityCache().getCachedEntity(TaskEntity.class, task.getId());
    if (geladen == null || geladen.getEntityState() != DbEntityState.PERSISTENT) {
      return; // created in this very command: nobody else can hold it
    }
    String tabelle = Context.getProcessEngineConfiguration().getDatabaseTablePrefix() + "ACT_RU_TASK";
    Connection verbindung = befehl.getDbSqlSession().getSqlSession().getConnection();
    try (PreparedStatement abfrage = verbindung.prepareStatement("SELECT REV_ FROM " + tabelle + " WHERE ID_ = ? FOR UPDATE")) {
      abfrage.setString(1, task.getId());
      try (ResultSet zeile = abfrage.executeQuery()) {
        if (!zeile.next() || zeile.getInt(1) != task.getRevision()) {
          throw new OptimisticLockingException(FehlermeldungFuerSachbearbeitung.GLEICHZEITIG_GEAENDERT);
        }
      }
    } catch (SQLException e) {
      throw new ProcessEngineException("Aufgabe " + task.getId() + " konnte nicht gesperrt werden", e);
    }
  }
}

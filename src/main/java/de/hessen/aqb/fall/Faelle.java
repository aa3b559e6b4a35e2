package de.hessen.aqb.fall;

import de.hessen.aqb.referenz.Gebietskoerperschaft;
import de.hessen.aqb.referenz.Referenzdaten;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The case head of the running process: the business key (which every stage inherits from the Förderfall) looked up in
 * the register, checked against the instance's tenant. A variable can neither name nor change it.
 */
@Component
public class Faelle {

  private final Fallregister register;
  private final Referenzdaten referenzdaten;

  Faelle(Fallregister register, Referenzdaten referenzdaten) {
    this.register = register;
    this.referenzdaten = referenzdaten;
  }

  /**
   * The head of the case with this number. Within a transaction (a command of the engine) it is read once and kept until
   * the transaction ends: delegates and listeners of one step ask for it many times, and number, body and year of a
   * registered case never change.
   */
  public Fallkopf kopf(String nummer) {
    Map<String, Fallkopf> jeTransaktion = jeTransaktion();
    Fallkopf bekannt = jeTransaktion == null ? null : jeTransaktion.get(nummer);
    if (bekannt != null) {
      return bekannt;
    }
    Fallkopf kopf = lies(nummer);
    if (jeTransaktion != null) {
      jeTransaktion.put(nummer, kopf);
    }
    return kopf;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Fallkopf> jeTransaktion() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return null;
    }
    Object gebunden = TransactionSynchronizationManager.getResource(Faelle.class);
    if (gebunden != null) {
      return (Map<String, Fallkopf>) gebunden;
    }
    Map<String, Fallkopf> neu = new HashMap<>();
    TransactionSynchronizationManager.bindResource(Faelle.class, neu);
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCompletion(int status) {
        TransactionSynchronizationManager.unbindResourceIfPossible(Faelle.class);
      }
    });
    return neu;
  }

  private Fallkopf lies(String nummer) {
    Fallregister.Eintrag eintrag = register.eintrag(nummer)
        .orElseThrow(() -> new IllegalStateException("Der Förderfall " + nummer + " ist nicht im Register."));
    String name = referenzdaten.nachKreisschluessel(eintrag.kreisschluessel()).map(Gebietskoerperschaft::bezeichnung)
        .orElse(eintrag.kreisschluessel());
    return new Fallkopf(eintrag.nummer(), eintrag.kreisschluessel(), eintrag.jahr(), name,
        Gebietskoerperschaft.gruppenIdFuer(eintrag.kreisschluessel()));
  }

  /** The head of the case this execution or task belongs to. */
  public Fallkopf kopf(VariableScope scope) {
    DelegateExecution execution = scope instanceof DelegateTask aufgabe ? aufgabe.getExecution() : (DelegateExecution) scope;
    String nummer = execution.getProcessBusinessKey();
    if (nummer == null) {
      throw new IllegalStateException("Die Prozessinstanz " + execution.getProcessInstanceId() + " hat keine Förderfallnummer.");
    }
    Fallkopf kopf = kopf(nummer);
    if (execution.getTenantId() != null && !execution.getTenantId().equals(kopf.tenantId())) {
      throw new IllegalStateException("Der Förderfall " + nummer + " gehört nicht zum Mandanten " + execution.getTenantId() + ".");
    }
    return kopf;
  }
}

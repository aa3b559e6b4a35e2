package de.hessen.aqb.plattform;

import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.DelegateInterceptor;
import org.springframework.stereotype.Component;

/**
 * Remembers, for the HTTP request being served, that a task listener or delegate refused the input with
 * {@link UngueltigeEingabe}. The engine wraps every listener exception in a plain ProcessEngineException, which the REST
 * API answers with 500; {@link FehlermeldungFilter} turns such an answer into 400: a business refusal, not a server error.
 */
@Component
class AbgelehnteEingabe extends AbstractProcessEnginePlugin {

  private static final ThreadLocal<Boolean> ABGELEHNT = new ThreadLocal<>();

  @Override
  public void postInit(ProcessEngineConfigurationImpl konfiguration) {
    DelegateInterceptor bisher = konfiguration.getDelegateInterceptor();
    konfiguration.setDelegateInterceptor(aufruf -> {
      try {
        bisher.handleInvocation(aufruf);
      } catch (UngueltigeEingabe e) {
        ABGELEHNT.set(Boolean.TRUE);
        throw e;
      }
    });
  }

  static void vergiss() {
    ABGELEHNT.remove();
  }

  static boolean abgelehnt() {
    return Boolean.TRUE.equals(ABGELEHNT.get());
  }
}

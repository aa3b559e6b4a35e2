package de.hessen.aqb.plattform;

import de.hessen.aqb.referenz.Gebietskoerperschaft;

import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;

/**
 * Gives every process instance the tenant of its Gebietskörperschaft. Process definitions are shared
 * (deployed without tenant); the instance takes the tenant from the start variable
 * {@value #START_VARIABLE} (the Kreisschlüssel) or, for a called sub-process, from its parent.
 * Processes without a Gebietskörperschaft (programme-wide work of the ministry) stay without tenant.
 */
public class MandantZuordnung implements TenantIdProvider {

  /** Start variable holding the Kreisschlüssel, e.g. "06414". */
  public static final String START_VARIABLE = "gebietskoerperschaft";

  /** Tenant id of a Gebietskörperschaft, equal to its group id. */
  public static String mandantFuer(String kreisschluessel) {
    return Gebietskoerperschaft.gruppenIdFuer(kreisschluessel);
  }

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
    if (ctx.getSuperExecution() != null) {
      return ctx.getSuperExecution().getTenantId();
    }
    Object kreisschluessel = ctx.getVariables().get(START_VARIABLE);
    return kreisschluessel == null ? null : mandantFuer(kreisschluessel.toString());
  }

  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
    return null;
  }

  @Override
  public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
    if (ctx.getExecution() != null) {
      return ctx.getExecution().getTenantId();
    }
    return null;
  }
}

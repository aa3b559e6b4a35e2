package de.hessen.aqb.plattform;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Engine settings that have no Spring property: the tenant of each instance, the lock of a task's completion. */
@Configuration
class EngineKonfiguration {

  @Bean
  ProcessEnginePlugin mandantZuordnungPlugin() {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setTenantIdProvider(new MandantZuordnung());
        // two nodes on one database (ADR 25): the completions of one task wait for each other before any own row is written
        if (configuration.getCustomPreBPMNParseListeners() == null) {
          configuration.setCustomPreBPMNParseListeners(new java.util.ArrayList<>());
        }
        configuration.getCustomPreBPMNParseListeners().add(new AufgabeSperren.ParseListener());
      }
    };
  }
}

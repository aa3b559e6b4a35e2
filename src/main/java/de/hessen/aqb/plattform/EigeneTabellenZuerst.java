package de.hessen.aqb.plattform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs Flyway (our own tables) before the process engine starts, so that delegates and start-up code
 * of the engine always find the current schema. Flyway's baseline settings in application.yml let it
 * adopt a database that already holds Camunda's tables.
 */
@Configuration
class EigeneTabellenZuerst {

  static final String ENGINE_BEAN = "processEngineFactoryBean";
  static final String FLYWAY_BEAN = "flywayInitializer";

  @Bean
  static BeanFactoryPostProcessor engineNachFlyway() {
    return beanFactory -> {
      if (!beanFactory.containsBeanDefinition(ENGINE_BEAN) || !beanFactory.containsBeanDefinition(FLYWAY_BEAN)) {
        return;
      }
      BeanDefinition engine = beanFactory.getBeanDefinition(ENGINE_BEAN);
      List<String> dependsOn = new ArrayList<>();
      if (engine.getDependsOn() != null) {
        dependsOn.addAll(Arrays.asList(engine.getDependsOn()));
      }
      dependsOn.add(FLYWAY_BEAN);
      engine.setDependsOn(dependsOn.toArray(String[]::new));
    };
  }
}

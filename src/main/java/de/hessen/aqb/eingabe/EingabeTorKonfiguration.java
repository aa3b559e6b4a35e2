package de.hessen.aqb.eingabe;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the gate on both entries to the engine API, after the REST authentication (order 10). */
@Configuration
class EingabeTorKonfiguration {

  @Bean
  FilterRegistrationBean<EingabeTor> eingabeTor(EngineAuskunft engine, Eingabevertraege vertraege) {
    var registration = new FilterRegistrationBean<>(new EingabeTor(engine, vertraege));
    registration.setName("aqb-eingabe-tor");
    registration.addUrlPatterns("/camunda/api/engine/*", "/engine-rest/*");
    registration.setOrder(15);
    return registration;
  }
}

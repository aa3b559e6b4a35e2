package de.hessen.aqb.plattform;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Camunda's REST API is anonymous out of the box. This puts HTTP Basic authentication against the
 * engine's identity service in front of {@code /engine-rest}; the engine then applies the user's
 * authorizations and tenant memberships to every call. The application's own downloads under {@code /api} (the case
 * file, ADR 14) sit behind the same filter and read the authenticated user from the identity service.
 */
@Configuration
class RestApiSicherheit {

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> restApiAuthentifizierung() {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("camunda-rest-authentication");
    registration.addUrlPatterns("/engine-rest/*", "/api/*");
    registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    registration.setOrder(10);
    return registration;
  }
}

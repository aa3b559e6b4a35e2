package de.hessen.aqb.plattform;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the embedded HTML forms (forms/embedded/*.html, only where Camunda Forms cannot do the job, e.g.
 * file upload) under /formulare/; the models refer to them as {@code embedded:/formulare/<name>.html}.
 * They hold no data: Tasklist loads the variables through the authenticated engine API.
 */
@Configuration
class EingebetteteFormulare implements WebMvcConfigurer {

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry.addResourceHandler("/formulare/**").addResourceLocations("classpath:/forms/embedded/");
  }
}

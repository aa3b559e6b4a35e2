package de.hessen.aqb;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** AQB-Workflow: the Hessian Ausbildungs- und Qualifizierungsbudget on Camunda 7. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AqbApplication {

  public static void main(String[] args) {
    SpringApplication.run(AqbApplication.class, args);
  }
}

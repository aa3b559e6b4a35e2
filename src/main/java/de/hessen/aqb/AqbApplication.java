package de.hessen.aqb;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** AQB-Workflow: the Hessian Ausbildungs- und Qualifizierungsbudget on Camunda 7. */
@SpringBootApplication
public class AqbApplication {

  public static void main(String[] args) {
    SpringApplication.run(AqbApplication.class, args);
  }
}

package de.hessen.aqb;

import de.hessen.aqb.plattform.UhrKonfiguration;
import java.util.TimeZone;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** AQB-Workflow: the Hessian Ausbildungs- und Qualifizierungsbudget on Camunda 7. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AqbApplication {

  public static void main(String[] args) {
    // "today", timer dates and due dates are Hessian whatever zone the server runs in (ADR 16)
    TimeZone.setDefault(TimeZone.getTimeZone(UhrKonfiguration.HESSEN));
    SpringApplication.run(AqbApplication.class, args);
  }
}

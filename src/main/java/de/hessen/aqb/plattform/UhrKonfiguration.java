package de.hessen.aqb.plattform;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the application ("today" in Hesse); tests may replace the bean. The JVM runs in the same zone
 * ({@link de.hessen.aqb.AqbApplication#main}, surefire {@code -Duser.timezone}), because the engine reads timer dates
 * and due dates without an offset in the JVM's zone.
 */
@Configuration
public class UhrKonfiguration {

  public static final ZoneId HESSEN = ZoneId.of("Europe/Berlin");

  @Bean
  Clock uhr() {
    return Clock.system(HESSEN);
  }
}

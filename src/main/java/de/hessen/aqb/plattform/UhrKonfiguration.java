package de.hessen.aqb.plattform;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock of the application ("today" in Hesse); tests may replace the bean. */
@Configuration
class UhrKonfiguration {

  static final ZoneId HESSEN = ZoneId.of("Europe/Berlin");

  @Bean
  Clock uhr() {
    return Clock.system(HESSEN);
  }
}

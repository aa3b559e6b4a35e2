package de.hessen.aqb.testsupport;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock for tests that must live on a later day (a meeting recorded on its day): {@link #stelle} moves
 * the application's "today" and the engine's clock together; {@link #zurueck} returns both to the system time. Import
 * {@link Konfiguration} into a test (it gets a context of its own).
 */
public class StellbareUhr extends Clock {

  private static final ZoneId HESSEN = ZoneId.of("Europe/Berlin");
  private final AtomicReference<Instant> fest = new AtomicReference<>();

  @Override
  public ZoneId getZone() {
    return HESSEN;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.fixed(instant(), zone);
  }

  @Override
  public Instant instant() {
    Instant zeit = fest.get();
    return zeit != null ? zeit : Instant.now();
  }

  public void stelle(Instant zeit) {
    fest.set(zeit);
    ClockUtil.setCurrentTime(Date.from(zeit));
  }

  public void zurueck() {
    fest.set(null);
    ClockUtil.reset();
  }

  @TestConfiguration
  public static class Konfiguration {

    @Bean
    @Primary
    StellbareUhr stellbareUhr() {
      return new StellbareUhr();
    }
  }
}

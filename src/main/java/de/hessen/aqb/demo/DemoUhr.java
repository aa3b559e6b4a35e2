package de.hessen.aqb.demo;

import de.hessen.aqb.plattform.UhrKonfiguration;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

/**
 * The application's clock in the demo profile: Hessian system time, which the demo story may set back for one of its
 * own steps (in its own thread only), to tell what happened days ago — e.g. a Nachforderung asked two weeks ago whose
 * deadline is today, so the RP's "Wiedervorlage" shows real work on the first day (ADR 19). The engine's own time is
 * untouched; every other thread (job executor, web requests) always sees the system time.
 */
class DemoUhr extends Clock {

  private final ThreadLocal<Duration> zurueck = ThreadLocal.withInitial(() -> Duration.ZERO);

  @Override
  public ZoneId getZone() {
    return UhrKonfiguration.HESSEN;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.fixed(instant(), zone);
  }

  @Override
  public Instant instant() {
    return Instant.now().minus(zurueck.get());
  }

  /** Runs the step as if it happened the given number of days ago (in this thread). */
  void vorTagen(int tage, Runnable schritt) {
    zurueck.set(Duration.ofDays(tage));
    try {
      schritt.run();
    } finally {
      zurueck.remove();
    }
  }

  @Configuration
  @Profile("demo")
  static class Konfiguration {

    @Bean
    @Primary
    DemoUhr demoUhr() {
      return new DemoUhr();
    }
  }
}

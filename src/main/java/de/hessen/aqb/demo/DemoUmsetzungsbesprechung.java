package de.hessen.aqb.demo;

import de.hessen.aqb.fall.Faelle;
import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.fall.Fallregister;
import de.hessen.aqb.umsetzungsbesprechung.UmsetzungsbesprechungPlanung;
import de.hessen.aqb.umsetzungsbesprechung.camunda.UmsetzungsbesprechungAnsetzen;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo: Darmstadt 2025 (in the Durchführung) has this year's Umsetzungsbesprechung due — the ministry's task
 * "Umsetzungsbesprechung terminieren" is open, as the Durchführung's autumn loop leaves it (idempotent).
 */
@Component
@Profile("demo")
class DemoUmsetzungsbesprechung {

  private static final Logger LOG = LoggerFactory.getLogger(DemoUmsetzungsbesprechung.class);

  private final Fallregister register;
  private final Faelle faelle;
  private final UmsetzungsbesprechungPlanung planung;
  private final RuntimeService runtimeService;
  private final Clock uhr;

  DemoUmsetzungsbesprechung(Fallregister register, Faelle faelle, UmsetzungsbesprechungPlanung planung, RuntimeService runtimeService,
      Clock uhr) {
    this.register = register;
    this.faelle = faelle;
    this.planung = planung;
    this.runtimeService = runtimeService;
    this.uhr = uhr;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(50)
  public void setzeAn() {
    int jahr = LocalDate.now(uhr).getYear();
    try {
      for (String nummer : register.nummern("06411", 2025)) {
        Fallkopf kopf = faelle.kopf(nummer);
        if (!planung.istAngesetzt(nummer, jahr)) {
          String instanz = runtimeService.startProcessInstanceByKey(UmsetzungsbesprechungAnsetzen.PROZESS, nummer,
              UmsetzungsbesprechungAnsetzen.startVariablen(kopf, jahr)).getId();
          planung.vermerke(nummer, jahr, instanz);
          LOG.info("Demo: Umsetzungsbesprechung {} für {} angesetzt", jahr, nummer);
        }
      }
    } catch (RuntimeException e) {
      // the demo must never keep the application from starting
      LOG.error("Demo-Umsetzungsbesprechung nicht angesetzt: {}", e.getMessage(), e);
    }
  }
}

package de.hessen.aqb.demo;

import de.hessen.aqb.identity.Sitzung;
import de.hessen.aqb.programmjahr.ProgrammjahrTabelle;
import de.hessen.aqb.referenz.Gebietskoerperschaft;
import de.hessen.aqb.referenz.Referenzdaten;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's programme year 2025 (after the single cases of {@link DemoFaelle}), through the real process: the ministry
 * enters the allocation of all 26 bodies (Wiesbaden and the Odenwaldkreis with their seed agreements' amounts), the
 * minister releases it; the cases already told are linked, every other body's case starts with its draft due, and four of
 * them move on to the year's early stages ({@link DemoProgrammjahrStufen}).
 * Runs once: nothing happens when the year 2025 has an allocation (also not after a start that broke off half-way).
 */
@Component
@Profile("demo")
class DemoProgrammjahr {

  private static final Logger LOG = LoggerFactory.getLogger(DemoProgrammjahr.class);
  static final int JAHR = 2025;
  private static final Map<String, String> BETRAG = Map.of("06414", "2.812.460,00", "06437", "491.550,00");

  private final ProgrammjahrTabelle programmjahre;
  private final Referenzdaten referenzdaten;
  private final RuntimeService runtimeService;
  private final Sitzung sitzung;
  private final DemoAblauf ablauf;
  private final DemoProgrammjahrStufen stufen;

  DemoProgrammjahr(ProgrammjahrTabelle programmjahre, Referenzdaten referenzdaten, RuntimeService runtimeService, Sitzung sitzung,
      DemoAblauf ablauf, DemoProgrammjahrStufen stufen) {
    this.stufen = stufen;
    this.programmjahre = programmjahre;
    this.referenzdaten = referenzdaten;
    this.runtimeService = runtimeService;
    this.sitzung = sitzung;
    this.ablauf = ablauf;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(45)
  public void spieleProgrammjahr() {
    if (programmjahre.imJahr(JAHR).isPresent()) {
      return;
    }
    try {
      String zuteilung = referenzdaten.gueltigImJahr(JAHR).stream().map(Gebietskoerperschaft::kreisschluessel)
          .map(ks -> ks + ";" + BETRAG.getOrDefault(ks, "1.000.000,00")).collect(Collectors.joining("\n"));
      ProcessInstance jahr = sitzung.als("hmsi.sachbearbeitung", () -> runtimeService.startProcessInstanceByKey("programmjahr",
          Map.of("jahr", JAHR, "zuteilungText", zuteilung)));
      ablauf.erledige(jahr, "Task_GibZuteilungFrei", "hmsi.ministerin", Map.of("freigabeEntscheidung", "freigeben"));
      LOG.info("Demo-Programmjahr {}: Zuteilung freigegeben, {} Förderfälle", JAHR,
          programmjahre.anteile(programmjahre.imJahr(JAHR).orElseThrow().id()).stream().filter(a -> a.foerderfallNummer() != null).count());
      stufen.verteile(JAHR);
      LOG.info("Demo-Programmjahr {}: Bergstraße prüft den Entwurf, Darmstadt-Dieburg wartet auf die Unterschrift des Ministeriums, "
          + "Groß-Gerau erfasst den Antrag, der Antrag des Wetteraukreises ist beim RP", JAHR);
    } catch (RuntimeException e) {
      LOG.error("Demo-Programmjahr {} unvollständig angelegt: {}", JAHR, e.getMessage(), e);
    }
  }
}

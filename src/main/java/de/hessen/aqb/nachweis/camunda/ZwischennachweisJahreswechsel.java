package de.hessen.aqb.nachweis.camunda;

import static de.hessen.aqb.nachweis.camunda.ZwischennachweisVariablen.*;

import de.hessen.aqb.fall.Faelle;
import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.nachweis.ZwischennachweisPlanung;
import de.hessen.aqb.plattform.MandantZuordnung;
import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Durchführung's year-change loop (ADR 13): "Nächsten Zwischennachweis bestimmen" writes when the next one is
 * requested (null when none is left); "Zwischennachweis anfordern" starts it as an instance of its own (business key of
 * the case, the body's tenant), once per case and year — a retried job finds it recorded and starts nothing.
 */
@Configuration
class ZwischennachweisJahreswechsel {

  static final String PROZESS = "zwischennachweis";

  private final Faelle faelle;
  private final ZwischennachweisPlanung planung;

  ZwischennachweisJahreswechsel(Faelle faelle, ZwischennachweisPlanung planung) {
    this.faelle = faelle;
    this.planung = planung;
  }

  @Bean("zwischennachweisPlanen")
  JavaDelegate planen() {
    return execution -> ANFORDERUNG.setze(execution,
        planung.naechsteAnforderung(faelle.kopf(execution).nummer()).map(LocalDateTime::toString).orElse(null));
  }

  @Bean("zwischennachweisAnfordern")
  JavaDelegate anfordern(RuntimeService runtimeService) {
    return execution -> {
      Fallkopf kopf = faelle.kopf(execution);
      int jahr = planung.jahr(ANFORDERUNG.von(execution));
      if (!planung.istAngefordert(kopf.nummer(), jahr)) {
        String instanz = runtimeService.startProcessInstanceByKey(PROZESS, kopf.nummer(), Map.of(MandantZuordnung.START_VARIABLE,
            kopf.kreisschluessel(), FOERDERFALL_NUMMER.name(), kopf.nummer(), GEBIETSKOERPERSCHAFT_NAME.name(),
            kopf.gebietskoerperschaftName(), JAHR.name(), kopf.jahr(), HAUSHALTSJAHR.name(), jahr)).getId();
        planung.vermerke(kopf.nummer(), jahr, instanz);
      }
    };
  }
}

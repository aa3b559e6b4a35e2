package de.hessen.aqb.foerderfall.camunda;

import de.hessen.aqb.eingabe.Eingabevertrag;
import de.hessen.aqb.eingabe.Feld;
import de.hessen.aqb.referenz.Gebietskoerperschaft;
import de.hessen.aqb.referenz.Referenzdaten;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the ministry may submit when it starts a Förderfall (form-foerderfall-start): the body, one of the reference
 * data's, and the year. The case number, who started it and the tenant are the system's.
 */
@Configuration
class FoerderfallEingaben {

  @Bean
  Eingabevertrag foerderfallStart(Referenzdaten referenzdaten) {
    return Eingabevertrag.fuerStart("foerderfall",
        Feld.auswahl(FoerderfallVariablen.GEBIETSKOERPERSCHAFT.name(),
            referenzdaten.alle().stream().map(Gebietskoerperschaft::kreisschluessel).toArray(String[]::new)),
        Feld.ganzzahl(FoerderfallVariablen.JAHR.name()));
  }
}

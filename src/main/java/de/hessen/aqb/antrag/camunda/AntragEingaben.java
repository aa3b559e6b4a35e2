package de.hessen.aqb.antrag.camunda;

import static de.hessen.aqb.antrag.MassnahmenJson.FELDER_GEBIETSKOERPERSCHAFT;
import static de.hessen.aqb.antrag.MassnahmenJson.FELDER_TRAEGER;

import de.hessen.aqb.eingabe.Eingabevertrag;
import de.hessen.aqb.eingabe.Feld;
import java.util.stream.Stream;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What each party may submit in the Antrag stage: exactly what its form sends; list entries only the keys it edits. */
@Configuration
class AntragEingaben {

  static final String ANTRAG = "antrag";
  static final int MAX_MASSNAHMEN = 60;

  private static Feld massnahmen() {
    return Feld.liste("massnahmen", MAX_MASSNAHMEN, FELDER_GEBIETSKOERPERSCHAFT.toArray(String[]::new));
  }

  @Bean
  Eingabevertrag vertragAntragErfassen() {
    return Eingabevertrag.fuerAufgabe(ANTRAG, "Task_ErfasseAntrag", massnahmen());
  }

  @Bean
  Eingabevertrag vertragAntragEinreichen() {
    return Eingabevertrag.fuerAufgabe(ANTRAG, "Task_ReicheAntragEin", massnahmen(), Feld.jaNein("antragBestaetigt"));
  }

  @Bean
  Eingabevertrag vertragNachforderungBeantworten() {
    return Eingabevertrag.fuerAufgabe(ANTRAG, "Task_BeantworteNachforderung", massnahmen(),
        Feld.text("nachforderungAntwort", Feld.LANGER_TEXT));
  }

  @Bean
  Eingabevertrag vertragAntragPruefen() {
    return Eingabevertrag.fuerAufgabe(ANTRAG, "Task_PruefeAntrag", Feld.auswahl("pruefentscheidung", "nachfordern", "entscheiden"),
        Feld.text("nachforderungText", Feld.LANGER_TEXT), Feld.datum("nachforderungFrist"));
  }

  @Bean
  Eingabevertrag vertragMassnahmendetailsErgaenzen() {
    return Eingabevertrag.fuerAufgabe("massnahmendetails", "Task_ErgaenzeMassnahmendetails", Feld.liste("traegerMassnahmen",
        MAX_MASSNAHMEN, Stream.concat(Stream.of("id"), FELDER_TRAEGER.stream()).toArray(String[]::new)));
  }
}

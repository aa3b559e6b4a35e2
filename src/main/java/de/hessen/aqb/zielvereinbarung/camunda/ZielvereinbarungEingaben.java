package de.hessen.aqb.zielvereinbarung.camunda;

import static de.hessen.aqb.eingabe.Feld.*;

import de.hessen.aqb.eingabe.Eingabevertrag;
import de.hessen.aqb.eingabe.Feld;
import de.hessen.aqb.zielvereinbarung.domain.ZielvereinbarungRegeln;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What each party may submit on each task — exactly what its form sends (draft: ministry; review, signatures, receipt). */
@Configuration
class ZielvereinbarungEingaben {

  static final String PROZESS = "zielvereinbarung";

  @Bean
  Eingabevertrag zvEntwurfErstellen() {
    List<Feld> felder = new ArrayList<>(List.of(betrag("budget"), text("paragraph2Jahrestext", 5_000),
        text("buendnisZeitraum", 100), text("unterzeichnerMinisteriumName", 200), text("unterzeichnerMinisteriumTitel", 200),
        text("unterzeichnerPartnerName", 200), text("unterzeichnerPartnerTitel", 200), auswahl("entwurfAktion", "senden", "stornieren"),
        text("stornoGrund", 2_000)));
    for (int art = 1; art <= 4; art++) {
      // the text area (one project per line) and the list the form's expression field derives from it
      felder.add(text(ZielvereinbarungVariablen.PROJEKTE_TEXT_PRAEFIX + art,
          ZielvereinbarungRegeln.MAX_PROJEKTE * (ZielvereinbarungRegeln.MAX_NAMENSLAENGE + 2)));
      felder.add(liste(ZielvereinbarungVariablen.PROJEKTE_PRAEFIX + art, ZielvereinbarungRegeln.MAX_PROJEKTE, "name"));
    }
    return Eingabevertrag.fuerAufgabe(PROZESS, "Task_ErstelleEntwurf", felder.toArray(Feld[]::new));
  }

  @Bean // the body's answer only
  Eingabevertrag zvEntwurfPruefen() {
    return Eingabevertrag.fuerAufgabe(PROZESS, "Task_PruefeEntwurf", auswahl("pruefungErgebnis", "zustimmen", "aendern"), text("aenderungswunsch", 5_000));
  }

  @Bean
  Eingabevertrag zvEingangBestaetigen() {
    return Eingabevertrag.fuerAufgabe(PROZESS, "Task_BestaetigeEingang", datum("eingangsdatum"));
  }
}

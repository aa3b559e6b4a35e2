package de.hessen.aqb.zielvereinbarung.camunda;

import static de.hessen.aqb.eingabe.Feld.*;

import de.hessen.aqb.eingabe.Eingabevertrag;
import de.hessen.aqb.eingabe.Feld;
import de.hessen.aqb.zielvereinbarung.domain.Partei;
import de.hessen.aqb.zielvereinbarung.domain.ZielvereinbarungRegeln;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What each party may submit on each task — exactly what its form sends (draft: ministry; review, signatures, receipt). */
@Configuration
class ZielvereinbarungEingaben {

  static final String PROZESS = "zielvereinbarung";
  static final int SCAN_KB = 20_000; // the embedded form's cam-max-filesize

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
    return Eingabevertrag.fuerAufgabe(PROZESS, "Task_PruefeEntwurf", auswahl("pruefungErgebnis", "zustimmen", "aendern"),
        text("aenderungswunsch", 5_000));
  }

  @Bean // the embedded forms send back what they fetched for display: accepted only unchanged
  Eingabevertrag zvUnterzeichnenMinisterium() {
    return unterzeichnung(UnterzeichnungAbschliessen.AUFGABE_MINISTERIUM, Partei.MINISTERIUM,
        "unterzeichnerMinisteriumName", "unterzeichnerMinisteriumTitel");
  }

  @Bean
  Eingabevertrag zvUnterzeichnenGebietskoerperschaft() {
    return unterzeichnung(UnterzeichnungAbschliessen.AUFGABE_GEBIETSKOERPERSCHAFT, Partei.GEBIETSKOERPERSCHAFT,
        "unterzeichnerPartnerName", "unterzeichnerPartnerTitel", "unterzeichnungMinisteriumDatumAnzeige", "unterzeichnungMinisteriumOrt");
  }

  @Bean
  Eingabevertrag zvEingangBestaetigen() {
    return Eingabevertrag.fuerAufgabe(PROZESS, "Task_BestaetigeEingang", datum("eingangsdatum"));
  }

  private static Eingabevertrag unterzeichnung(String aufgabe, Partei partei, String... angezeigt) {
    List<Feld> felder = new ArrayList<>(List.of(text(ZielvereinbarungVariablen.ort(partei).name(), 100),
        datum(ZielvereinbarungVariablen.datumDerUnterzeichnung(partei).name()), datei(ZielvereinbarungVariablen.scan(partei).name(), SCAN_KB)));
    for (String name : List.of("jahr", "gebietskoerperschaftName", "foerderfallNummer", "budgetAnzeige", "dokumentLink")) {
      felder.add(anzeige(name));
    }
    List.of(angezeigt).forEach(name -> felder.add(anzeige(name)));
    return Eingabevertrag.fuerAufgabe(PROZESS, aufgabe, felder.toArray(Feld[]::new));
  }
}

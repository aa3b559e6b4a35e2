package de.hessen.aqb.altvereinbarung.camunda;

import de.hessen.aqb.eingabe.Dateityp;
import static de.hessen.aqb.eingabe.Feld.anzeige;
import static de.hessen.aqb.eingabe.Feld.auswahl;
import static de.hessen.aqb.eingabe.Feld.betrag;
import static de.hessen.aqb.eingabe.Feld.datei;
import static de.hessen.aqb.eingabe.Feld.datum;
import static de.hessen.aqb.eingabe.Feld.ganzzahl;
import static de.hessen.aqb.eingabe.Feld.jaNein;
import static de.hessen.aqb.eingabe.Feld.text;

import de.hessen.aqb.eingabe.Eingabevertrag;
import de.hessen.aqb.eingabe.Feld;
import de.hessen.aqb.referenz.Gebietskoerperschaft;
import de.hessen.aqb.referenz.Referenzdaten;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Input contracts (ADR 10): the start takes up to five files; the review takes the corrected reading, nothing else. */
@Configuration
class AltvereinbarungEingaben {

  static final String PROZESS = "altvereinbarung";
  static final String AUFGABE = "Task_PruefeAltvereinbarung";
  static final int DATEI_KB = 10_240;

  @Bean
  Eingabevertrag altvereinbarungStart() {
    List<Feld> felder = new ArrayList<>();
    for (int i = 1; i <= AltvereinbarungVariablen.HOECHSTENS_DATEIEN; i++) {
      felder.add(datei(AltvereinbarungVariablen.DATEI_PRAEFIX + i, DATEI_KB, Dateityp.PDF, Dateityp.TEXT));
    }
    return Eingabevertrag.fuerStart(PROZESS, felder.toArray(Feld[]::new));
  }

  @Bean
  Eingabevertrag altvereinbarungPruefen(Referenzdaten referenzdaten) {
    List<Feld> felder = new ArrayList<>(List.of(
        auswahl("kreisschluessel", referenzdaten.alle().stream().map(Gebietskoerperschaft::kreisschluessel).toArray(String[]::new)),
        ganzzahl("jahr"), betrag("budget"), auswahl("altvereinbarungAktion", "uebernehmen", "verwerfen"),
        jaNein("vorhandeneErsetzen"), anzeige("datei"), anzeige("dateiname"),
        anzeige("lesefehler"), anzeige("vorhanden")));
    for (int art = 1; art <= 4; art++) {
      felder.add(text("projekteText" + art, Feld.LANGER_TEXT));
    }
    for (String partei : AltvereinbarungVariablen.PARTEIEN) {
      felder.add(text(partei + "Titel", 200));
      felder.add(text(partei + "Name", 200));
      felder.add(text(partei + "Ort", 100));
      felder.add(datum(partei + "Datum"));
    }
    return Eingabevertrag.fuerAufgabe(PROZESS, AUFGABE, felder.toArray(Feld[]::new));
  }
}

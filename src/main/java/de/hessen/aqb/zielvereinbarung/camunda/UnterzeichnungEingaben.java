package de.hessen.aqb.zielvereinbarung.camunda;

import de.hessen.aqb.eingabe.Dateityp;
import static de.hessen.aqb.eingabe.Feld.anzeige;
import static de.hessen.aqb.eingabe.Feld.datei;
import static de.hessen.aqb.eingabe.Feld.datum;
import static de.hessen.aqb.eingabe.Feld.text;
import static de.hessen.aqb.zielvereinbarung.camunda.ZielvereinbarungEingaben.PROZESS;

import de.hessen.aqb.eingabe.Eingabevertrag;
import de.hessen.aqb.eingabe.Feld;
import de.hessen.aqb.zielvereinbarung.domain.Partei;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What each signatory may submit: own place, date and scan; what the form displays comes back only unchanged. */
@Configuration
class UnterzeichnungEingaben {

  static final int SCAN_KB = 20_000; // the embedded form's cam-max-filesize

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

  private static Eingabevertrag unterzeichnung(String aufgabe, Partei partei, String... angezeigt) {
    List<Feld> felder = new ArrayList<>(List.of(text(UnterzeichnungVariablen.ort(partei).name(), 100),
        datum(UnterzeichnungVariablen.datumDerUnterzeichnung(partei).name()), datei(UnterzeichnungVariablen.scan(partei).name(), SCAN_KB, Dateityp.PDF, Dateityp.PNG, Dateityp.JPEG)));
    Stream.concat(Stream.of("jahr", "gebietskoerperschaftName", "foerderfallNummer", "budgetAnzeige", "dokumentLink"),
        Stream.of(angezeigt)).forEach(name -> felder.add(anzeige(name)));
    return Eingabevertrag.fuerAufgabe(PROZESS, aufgabe, felder.toArray(Feld[]::new));
  }
}

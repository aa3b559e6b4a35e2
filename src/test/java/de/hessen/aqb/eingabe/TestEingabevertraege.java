package de.hessen.aqb.eingabe;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The contract of the gate test's own process (found by component scanning in every test context). */
@Configuration
class TestEingabevertraege {

  @Bean
  Eingabevertrag testEingabetor() {
    return Eingabevertrag.fuerAufgabe(EingabeTorTest.PROZESS, "Task_Bearbeite", Feld.text("notiz", 20), Feld.betrag("betrag"),
        Feld.auswahl("aktion", "ja", "nein"), Feld.anzeige("budgetAnzeige"), Feld.liste("positionen", 3, "id", "ist"));
  }
}

package de.hessen.aqb.durchfuehrung;

import static de.hessen.aqb.durchfuehrung.camunda.DurchfuehrungVariablen.*;
import static de.hessen.aqb.durchfuehrung.camunda.MittelabrufVariablen.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.hessen.aqb.fall.Fallregister;
import de.hessen.aqb.foerderbudget.Foerderbudget;
import de.hessen.aqb.foerderbudget.Mittelabrufe;
import de.hessen.aqb.testsupport.AqbSpringBootTest;
import de.hessen.aqb.testsupport.Fallzustand;
import de.hessen.aqb.testsupport.Rest;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;

/**
 * Tampering through the REST API, as the body's clerk and the RP Kassel on their own tasks of the Durchführung — both
 * through /engine-rest and through Tasklist's API: every variable a form does not send (unknown names, the other
 * party's fields, case identity of another body, ledger amounts, names of who did a step, the request period, routing)
 * is refused with HTTP 4xx and a German message, and the case's state — tables, variables, tasks, mails — is unchanged.
 * Direct variable writes and instance steering are closed (403).
 */
@AqbSpringBootTest
class DurchfuehrungManipulationTest {

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired ProcessEngine engine;
  @Autowired Fallregister register;
  @Autowired Foerderbudget budget;
  @Autowired Mittelabrufe mittelabrufe;
  @Autowired DataSource datenbank;
  @Autowired TestRestTemplate rest;

  /** Darmstadt's case (the acting body); Frankfurt's case is the one whose identity is tried. */
  DurchfuehrungTreiber darmstadt;
  DurchfuehrungTreiber frankfurt;

  @BeforeEach
  void faelle() {
    darmstadt = DurchfuehrungTreiber.neuerFall(engine, register, "06411");
    darmstadt.starte(budget, LocalDate.now().plusMonths(6), 50_000);
    frankfurt = DurchfuehrungTreiber.neuerFall(engine, register, "06412");
    frankfurt.starte(budget, LocalDate.now().plusMonths(6), 80_000);
  }

  /** One forbidden submission: what is tried, the extra variables, the expected part of the German message. */
  record Versuch(String was, Map<String, Object> variablen, String meldung) {}

  private static Versuch fremd(String was, String name, Object wert) {
    return new Versuch(was, Map.of(name, wert), "Das Feld „" + name + "“ gehört nicht zu dieser Aufgabe");
  }

  private List<Versuch> versucheDerGebietskoerperschaft() {
    return List.of(
        fremd("unbekannte Variable", "hallo", "welt"),
        fremd("Entscheidung der RP", ENTSCHEIDUNG.name(), "auszahlen"),
        fremd("Auszahlungsbeträge der RP", AUSZAHLUNGEN.name(), DurchfuehrungTreiber.liste(Map.of("M1", "50.000,00"))),
        fremd("Begründung der RP", BEGRUENDUNG.name(), "passt"),
        fremd("Fallnummer Frankfurts", "foerderfallNummer", frankfurt.foerderfallNummer),
        fremd("Gebietskörperschaft Wiesbaden", "gebietskoerperschaft", "06414"),
        fremd("Name einer anderen Gebietskörperschaft", GEBIETSKOERPERSCHAFT_NAME.name(), "Landeshauptstadt Wiesbaden"),
        fremd("anderes Programmjahr", JAHR.name(), 2031),
        fremd("Betrag des Mittelabrufs im Hauptbuch", "mittelabrufCent", 5_000_000L),
        fremd("Auszahlungsbetrag im Hauptbuch", "auszahlungCent", 5_000_000L),
        fremd("noch nicht ausgezahlt", NOCH_NICHT_AUSGEZAHLT_CENT.name(), 0L),
        fremd("Name der Antragstellerin", MITTELABRUF_VON.name(), "jemand.anderes"),
        fremd("Name des Prüfers", GEPRUEFT_VON.name(), DurchfuehrungTreiber.RP),
        fremd("Abrufschluss neun Jahre später", ABRUFSCHLUSS.name(), LocalDate.now().plusYears(9).atStartOfDay().toString()),
        fremd("Weiche „Mittelabruf gestellt?“", MITTELABRUF_GESTELLT.name(), true),
        fremd("Nummer des Mittelabrufs", MITTELABRUF_NUMMER.name(), 7),
        new Versuch("keine angebotene Aktion", Map.of(MITTELABRUF_AKTION.name(), "alles"), "keine der angebotenen Möglichkeiten"),
        new Versuch("Liste mit Namen und Beträgen des Hauptbuchs", Map.of(MITTELABRUF_BETRAEGE.name(), listeMit("bewilligt", "999.999,00")), "bewilligt"),
        new Versuch("Datum kein Datum", Map.of(MITTELABRUF_BEDARF_BIS.name(), "morgen"), "erwartet ein Datum"),
        new Versuch("Verwendungszweck zu lang", Map.of(MITTELABRUF_ZWECK.name(), "x".repeat(2001)), "ist zu lang"));
  }

  private List<Versuch> versucheDerRp() {
    return List.of(
        fremd("unbekannte Variable", "hallo", "welt"),
        fremd("Beträge der Gebietskörperschaft", MITTELABRUF_BETRAEGE.name(), DurchfuehrungTreiber.liste(Map.of("M1", "999.999,00"))),
        fremd("Aktion der Gebietskörperschaft", MITTELABRUF_AKTION.name(), "zurueckziehen"),
        fremd("Verwendungszweck der Gebietskörperschaft", MITTELABRUF_ZWECK.name(), "anderer Zweck"),
        fremd("Fallnummer Frankfurts", "foerderfallNummer", frankfurt.foerderfallNummer),
        fremd("Gebietskörperschaft Wiesbaden", "gebietskoerperschaft", "06414"),
        fremd("Betrag des Mittelabrufs im Hauptbuch", "mittelabrufCent", 5_000_000L),
        fremd("Auszahlungsbetrag im Hauptbuch", "auszahlungCent", 5_000_000L),
        fremd("noch nicht ausgezahlt", NOCH_NICHT_AUSGEZAHLT_CENT.name(), 0L),
        fremd("Name der Antragstellerin", MITTELABRUF_VON.name(), "jemand.anderes"),
        fremd("Name des Prüfers", GEPRUEFT_VON.name(), "jemand.anderes"),
        fremd("geprüfte Entscheidung", ENTSCHEIDUNG_ART.name(), "AUSZAHLEN"),
        fremd("Abrufschluss", ABRUFSCHLUSS.name(), LocalDate.now().plusYears(9).atStartOfDay().toString()),
        new Versuch("keine angebotene Entscheidung", Map.of(ENTSCHEIDUNG.name(), "verdoppeln"), "keine der angebotenen Möglichkeiten"),
        new Versuch("Begründung zu lang", Map.of(BEGRUENDUNG.name(), "x".repeat(2001)), "ist zu lang"));
  }

  private static Object listeMit(String schluessel, String wert) {
    com.fasterxml.jackson.databind.node.ArrayNode liste = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
    liste.addObject().put("id", "M1").put("betrag", "1.000").put(schluessel, wert);
    return de.hessen.aqb.plattform.ProzessVariable.alsJson(liste);
  }

  private List<Versuch> versucheAmAnliegen() {
    return List.of(
        fremd("unbekannte Variable", "hallo", "welt"),
        fremd("Weiche „Welches Anliegen?“", ANLIEGEN_ART.name(), "ABSCHLIESSEN"),
        fremd("Ende der Durchführung", DURCHFUEHRUNG_BEENDET.name(), true),
        fremd("noch nicht ausgezahlt", NOCH_NICHT_AUSGEZAHLT_CENT.name(), 0L),
        fremd("Fallnummer Frankfurts", "foerderfallNummer", frankfurt.foerderfallNummer),
        fremd("Abrufschluss neun Jahre später", ABRUFSCHLUSS.name(), LocalDate.now().plusYears(9).atStartOfDay().toString()),
        fremd("Beträge eines Mittelabrufs", MITTELABRUF_BETRAEGE.name(), DurchfuehrungTreiber.liste(Map.of("M1", "1"))),
        new Versuch("kein angebotenes Anliegen", Map.of(ANLIEGEN.name(), "auszahlen"), "keine der angebotenen Möglichkeiten"));
  }

  @Test
  void vertragsgemaesseEingabenDurchRestWerdenAngenommen() {
    var anliegen = Rest.tasklist(rest, darmstadt.gkSachbearbeitung).schliesseAb(darmstadt.aufgabe("Task_WaehleAnliegen").getId(),
        Map.of(ANLIEGEN.name(), "mittelabruf"));
    assertThat(anliegen.status()).as(anliegen.text()).isEqualTo(204);
    darmstadt.fuehreJobsAus();
    var antrag = Rest.tasklist(rest, darmstadt.gkSachbearbeitung).schliesseAb(darmstadt.aufgabe("Task_StelleMittelabruf").getId(),
        DurchfuehrungTreiber.abruf(Map.of("M1", "1.000,00"), 10, "Honorare", null));
    assertThat(antrag.status()).as(antrag.text()).isEqualTo(204);
    darmstadt.fuehreJobsAus();
    var entscheidung = Rest.basic(rest, DurchfuehrungTreiber.RP).schliesseAb(darmstadt.aufgabe("Task_PruefeMittelabruf").getId(),
        DurchfuehrungTreiber.entscheidung("kuerzen", Map.of("M1", "600"), "Teilweise fällig"));
    assertThat(entscheidung.status()).as(entscheidung.text()).isEqualTo(204);
    darmstadt.fuehreJobsAus();
    Mittelabrufe.Mittelabruf abruf = mittelabrufe.abruf(darmstadt.foerderfallNummer, 1).orElseThrow();
    assertThat(abruf.angefordertVon()).isEqualTo(darmstadt.gkSachbearbeitung);
    assertThat(abruf.geprueftVon()).isEqualTo(DurchfuehrungTreiber.RP);
    assertThat(abruf.ausgezahltCent()).isEqualTo(60_000L);
    assertThat(darmstadt.aufgabe("Task_WaehleAnliegen")).isNotNull();
  }

  @Test
  void dasselbeFormularZweimalAbgeschicktBuchtEinmal() {
    String anliegen = darmstadt.rufeAb("1.000,00", 10, "Honorare");
    String aufgabe = darmstadt.aufgabe(anliegen, "Task_PruefeMittelabruf").getId();
    Map<String, Object> auszahlen = DurchfuehrungTreiber.entscheidung("auszahlen", null, null);
    var erste = Rest.tasklist(rest, DurchfuehrungTreiber.RP).schliesseAb(aufgabe, auszahlen);
    var zweite = Rest.tasklist(rest, DurchfuehrungTreiber.RP).schliesseAb(aufgabe, auszahlen);
    assertThat(erste.status()).as(erste.text()).isEqualTo(204);
    assertThat(zweite.status()).as("die zweite Sendung desselben Formulars: " + zweite.text()).isEqualTo(404);
    assertThat(zweite.meldung()).startsWith("Diese Aufgabe ist nicht mehr offen");
    darmstadt.fuehreJobsAus();
    assertThat(mittelabrufe.summeAusgezahltCent(darmstadt.foerderfallNummer)).isEqualTo(100_000L);
    assertThat(mittelabrufe.alle(darmstadt.foerderfallNummer)).hasSize(1);
  }

  @Test
  void amStehendenAnliegenNurDieAuswahl() {
    pruefeAlleVersuche(versucheAmAnliegen(), darmstadt.gkSachbearbeitung, darmstadt.aufgabe("Task_WaehleAnliegen").getId(),
        Map.of(ANLIEGEN.name(), "mittelabruf"));
  }

  @Test
  void dieGebietskoerperschaftKannNurIhreFormularfelderSenden() {
    String aufgabe = darmstadt.aufgabe(darmstadt.neuerMittelabruf(), "Task_StelleMittelabruf").getId();
    pruefeAlleVersuche(versucheDerGebietskoerperschaft(), darmstadt.gkSachbearbeitung, aufgabe,
        DurchfuehrungTreiber.abruf(Map.of("M1", "1.000,00"), 10, "Honorare", null));
  }

  @Test
  void dieRpKannNurIhreFormularfelderSenden() {
    String aufgabe = darmstadt.aufgabe(darmstadt.rufeAb("1.000,00", 10, "Honorare"), "Task_PruefeMittelabruf").getId();
    pruefeAlleVersuche(versucheDerRp(), DurchfuehrungTreiber.RP, aufgabe, Map.of(ENTSCHEIDUNG.name(), "auszahlen"));
  }

  @Test
  void geschaeftsregelnWerdenMitDeutscherMeldungAbgewiesen() {
    String aufgabe = darmstadt.aufgabe(darmstadt.neuerMittelabruf(), "Task_StelleMittelabruf").getId();
    Fallzustand vorher = zustand();
    var zuViel = Rest.basic(rest, darmstadt.gkSachbearbeitung).schliesseAb(aufgabe,
        DurchfuehrungTreiber.abruf(Map.of("M1", "50.000,01"), 10, "Zweck", null));
    // a service's refusal inside a task listener: the input's fault, HTTP 400 with only the German sentence
    assertThat(zuViel.status()).as(zuViel.text()).isEqualTo(400);
    assertThat(zuViel.meldung()).isEqualTo("Der Betrag für „Maßnahme 1“ von 50.000,01 € übersteigt die für diese Maßnahme noch "
        + "verfügbaren Mittel von 50.000,00 € (bewilligt 50.000,00 €, bereits ausgezahlt 0,00 €, in Prüfung 0,00 €). Der Betrag "
        + "von 50.000,01 € übersteigt die noch verfügbaren Mittel von 50.000,00 € (bewilligt 50.000,00 €, bereits ausgezahlt 0,00 €).");
    assertThat(zustand()).isEqualTo(vorher);
  }

  @Test
  void direkteVariablenSchreibzugriffeSindGesperrt() {
    String rpAufgabe = darmstadt.aufgabe(darmstadt.rufeAb("1.000,00", 10, "Honorare"), "Task_PruefeMittelabruf").getId();
    String instanz = darmstadt.durchfuehrung.getId();
    Map<String, Object> wert = Map.of("value", LocalDate.now().plusYears(9).atStartOfDay().toString());
    Map<String, Object> aenderungen = Map.of("modifications", Map.of(ABRUFSCHLUSS.name(), wert));
    record Aufruf(HttpMethod methode, String pfad, Object koerper) {}
    List<Aufruf> aufrufe = List.of(
        new Aufruf(HttpMethod.PUT, "/task/" + rpAufgabe + "/variables/abrufschluss", wert),
        new Aufruf(HttpMethod.POST, "/task/" + rpAufgabe + "/variables", aenderungen),
        new Aufruf(HttpMethod.PUT, "/task/" + rpAufgabe + "/localVariables/auszahlungCent", Map.of("value", 5_000_000L)),
        new Aufruf(HttpMethod.POST, "/process-instance/" + instanz + "/variables", aenderungen),
        new Aufruf(HttpMethod.PUT, "/process-instance/" + instanz + "/variables/nochNichtAusgezahltCent", Map.of("value", 0L)),
        new Aufruf(HttpMethod.DELETE, "/process-instance/" + instanz + "/variables/abrufschluss", null),
        new Aufruf(HttpMethod.POST, "/execution/" + instanz + "/localVariables", aenderungen),
        new Aufruf(HttpMethod.POST, "/message", Map.of("messageName", "x", "businessKey", darmstadt.foerderfallNummer,
            "processVariables", Map.of(ABRUFSCHLUSS.name(), wert))),
        new Aufruf(HttpMethod.POST, "/signal", Map.of("name", "x", "variables", Map.of(ABRUFSCHLUSS.name(), wert))),
        new Aufruf(HttpMethod.POST, "/process-instance/" + instanz + "/modification", Map.of("instructions",
            List.of(Map.of("type", "startBeforeActivity", "activityId", "EndEvent_MittelVollstaendigAusgezahlt")))));
    Fallzustand vorher = zustand();
    for (String benutzer : List.of(darmstadt.gkSachbearbeitung, DurchfuehrungTreiber.RP)) {
      for (Function<String, Rest> zugang : zugaenge()) {
        Rest als = zugang.apply(benutzer);
        for (Aufruf aufruf : aufrufe) {
          Rest.Antwort antwort = als.aufruf(aufruf.methode(), aufruf.pfad(), aufruf.koerper());
          assertThat(antwort.status()).as(benutzer + " " + aufruf.methode() + " " + aufruf.pfad() + ": " + antwort.text())
              .isEqualTo(403);
          assertThat(antwort.meldung()).contains("Es wurde nichts geändert.");
        }
      }
    }
    assertThat(zustand()).isEqualTo(vorher);
  }

  private void pruefeAlleVersuche(List<Versuch> versuche, String benutzer, String aufgabe, Map<String, Object> gueltig) {
    Fallzustand vorher = zustand();
    Fallzustand frankfurtVorher = Fallzustand.von(datenbank, engine, frankfurt.foerderfallNummer, mails());
    for (Function<String, Rest> zugang : zugaenge()) {
      Rest als = zugang.apply(benutzer);
      for (Versuch versuch : versuche) {
        Map<String, Object> variablen = new LinkedHashMap<>(gueltig);
        variablen.putAll(versuch.variablen());
        Rest.Antwort antwort = als.schliesseAb(aufgabe, variablen);
        assertThat(antwort.status()).as(versuch.was() + ": " + antwort.text()).isEqualTo(400);
        assertThat(antwort.meldung()).as(versuch.was()).contains(versuch.meldung()).endsWith("Es wurde nichts geändert.");
        assertThat(zustand()).as(versuch.was()).isEqualTo(vorher);
      }
    }
    assertThat(Fallzustand.von(datenbank, engine, frankfurt.foerderfallNummer, mails())).isEqualTo(frankfurtVorher);
  }

  private List<Function<String, Rest>> zugaenge() {
    return List.of(benutzer -> Rest.basic(rest, benutzer), benutzer -> Rest.tasklist(rest, benutzer));
  }

  private Fallzustand zustand() {
    return Fallzustand.von(datenbank, engine, darmstadt.foerderfallNummer, mails());
  }

  private static int mails() {
    return greenMail.getReceivedMessages().length;
  }
}

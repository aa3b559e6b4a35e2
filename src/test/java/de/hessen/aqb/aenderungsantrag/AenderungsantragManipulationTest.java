package de.hessen.aqb.aenderungsantrag;

import static de.hessen.aqb.aenderungsantrag.AenderungsantragTreiber.*;
import static de.hessen.aqb.aenderungsantrag.camunda.AenderungsantragVariablen.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.hessen.aqb.durchfuehrung.DurchfuehrungTreiber;
import de.hessen.aqb.fall.Fallregister;
import de.hessen.aqb.foerderbudget.Foerderbudget;
import de.hessen.aqb.plattform.ProzessVariable;
import de.hessen.aqb.testsupport.AqbSpringBootTest;
import de.hessen.aqb.testsupport.Fallzustand;
import de.hessen.aqb.testsupport.Rest;
import de.hessen.aqb.zielvereinbarung.portal.Veroeffentlichungen;
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

/**
 * Tampering with an Änderungsantrag through the REST API (/engine-rest and Tasklist's API): forged amounts, drafter,
 * decision, classification, routing, the other party's fields and another case's identity are refused with HTTP 400
 * and a German message, and nothing changes; the drafter cannot release; the same form sent twice books once.
 */
@AqbSpringBootTest
class AenderungsantragManipulationTest {

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired ProcessEngine engine;
  @Autowired Fallregister register;
  @Autowired Foerderbudget budget;
  @Autowired Veroeffentlichungen portal;
  @Autowired DataSource datenbank;
  @Autowired TestRestTemplate rest;

  AenderungsantragTreiber darmstadt;
  AenderungsantragTreiber frankfurt;

  @BeforeEach
  void faelle() {
    darmstadt = new AenderungsantragTreiber(engine, register, portal, budget, "06411", 200_000, LocalDate.now().plusMonths(6),
        100_000, 50_000);
    darmstadt.starte();
    frankfurt = new AenderungsantragTreiber(engine, register, portal, budget, "06412", 200_000, LocalDate.now().plusMonths(6),
        80_000);
  }

  record Versuch(String was, Map<String, Object> variablen, String meldung) {}

  private static Versuch fremd(String was, String name, Object wert) {
    return new Versuch(was, Map.of(name, wert), "Das Feld „" + name + "“ gehört nicht zu dieser Aufgabe");
  }

  private static Object listeMit(String schluessel, String wert) {
    ArrayNode liste = JsonNodeFactory.instance.arrayNode();
    liste.addObject().put("id", "M1").put("betrag", "1.000").put(schluessel, wert);
    return ProzessVariable.alsJson(liste);
  }

  private List<Versuch> versucheDerGebietskoerperschaft() {
    return List.of(
        fremd("unbekannte Variable", "hallo", "welt"),
        fremd("Entscheidung der RP", ENTSCHEIDUNG.name(), "bewilligen"),
        fremd("Beträge der RP", BETRAEGE.name(), listeMit("id", "M1")),
        fremd("Freigabe", FREIGABE.name(), "freigeben"),
        fremd("Einstufung als Anzeige", EINSTUFUNG.name(), "ANZEIGE"),
        fremd("Weiche „gestellt?“", GESTELLT.name(), true),
        fremd("Nummer des Antrags", NUMMER.name(), 7),
        fremd("Verfasser", VERFASSER.name(), DurchfuehrungTreiber.RP),
        fremd("Zeitraum geändert", ZEITRAUM_GEAENDERT.name(), true),
        fremd("Schluss neun Jahre später", SCHLUSS.name(), LocalDate.now().plusYears(9).atStartOfDay().toString()),
        fremd("Fallnummer Frankfurts", "foerderfallNummer", frankfurt.fall.foerderfallNummer),
        fremd("Bewilligt-Anzeige", "bewilligtAnzeige", "9.999.999,00 €"),
        new Versuch("keine angebotene Aktion", Map.of(AKTION.name(), "alles"), "keine der angebotenen Möglichkeiten"),
        new Versuch("Liste mit bewilligtem Betrag des Hauptbuchs", Map.of(POSTEN.name(), listeMit("bewilligt", "999.999,00")), "bewilligt"),
        new Versuch("Datum kein Datum", Map.of(NEUES_ENDE.name(), "morgen"), "erwartet ein Datum"),
        new Versuch("Begründung zu lang", Map.of(BEGRUENDUNG.name(), "x".repeat(4001)), "ist zu lang"));
  }

  private List<Versuch> versucheDerRp() {
    return List.of(
        fremd("unbekannte Variable", "hallo", "welt"),
        fremd("Beträge der Gebietskörperschaft", POSTEN.name(), listeMit("entfaellt", "true")),
        fremd("neue Maßnahme", NEUE_MASSNAHMEN.name(), listeMit("name", "x")),
        fremd("Aktion der Gebietskörperschaft", AKTION.name(), "zurueckziehen"),
        fremd("Verfasser vorgetäuscht", VERFASSER.name(), "jemand.anderes"),
        fremd("Freigabe vorweggenommen", FREIGABE.name(), "freigeben"),
        fremd("Weiche „freigegeben?“", FREIGEGEBEN.name(), true),
        fremd("Einstufung", EINSTUFUNG.name(), "ANZEIGE"),
        fremd("Nummer", NUMMER.name(), 2),
        fremd("Fallnummer Frankfurts", "foerderfallNummer", frankfurt.fall.foerderfallNummer),
        new Versuch("keine angebotene Entscheidung", Map.of(ENTSCHEIDUNG.name(), "verdoppeln"), "keine der angebotenen Möglichkeiten"),
        new Versuch("Liste mit bisherigem Betrag", Map.of(BETRAEGE.name(), listeMit("bisher", "1")), "bisher"));
  }

  @Test
  void vertragsgemaessDurchRestUndDerVerfasserKannNichtFreigeben() {
    var gestellt = Rest.tasklist(rest, darmstadt.fall.gkSachbearbeitung).schliesseAb(darmstadt.aufgabe("Task_StelleAenderungsantrag").getId(),
        antrag(Map.of("M1", "60.000", "M2", "90.000"), null, "Erweiterung"));
    assertThat(gestellt.status()).as(gestellt.text()).isEqualTo(204);
    darmstadt.fall.fuehreJobsAus();
    var entworfen = Rest.basic(rest, DurchfuehrungTreiber.RP).schliesseAb(darmstadt.aufgabe("Task_EntwerfeAenderungsbescheid").getId(),
        entwurf("bewilligen", Map.of(), null));
    assertThat(entworfen.status()).as(entworfen.text()).isEqualTo(204);
    darmstadt.fall.fuehreJobsAus();

    String freigabe = darmstadt.aufgabe("Task_GibAenderungsbescheidFrei").getId();
    Fallzustand vorher = zustand();
    for (Function<String, Rest> zugang : zugaenge()) {
      var selbst = zugang.apply(DurchfuehrungTreiber.RP).schliesseAb(freigabe, freigabe("freigeben", null));
      assertThat(selbst.status()).as(selbst.text()).isEqualTo(400);
      assertThat(selbst.meldung()).startsWith(AenderungEntscheiden.VIER_AUGEN);
      assertThat(zustand()).isEqualTo(vorher);
    }
    var frei = Rest.tasklist(rest, RP_ZWEI).schliesseAb(freigabe, freigabe("freigeben", null));
    assertThat(frei.status()).as(frei.text()).isEqualTo(204);
    darmstadt.fall.fuehreJobsAus();
    String az = darmstadt.fall.aktenzeichen() + "-Ä1";
    assertThat(budget.bewilligungen(darmstadt.fall.foerderfallNummer)).filteredOn(b -> b.aktenzeichen().equals(az)).hasSize(2);
    assertThat(budget.erlassenerBescheid(darmstadt.fall.foerderfallNummer).orElseThrow())
        .extracting(Foerderbudget.ErlassenerBescheid::verfasser, Foerderbudget.ErlassenerBescheid::freigabe)
        .containsExactly(DurchfuehrungTreiber.RP, RP_ZWEI);
  }

  @Test
  void dieGebietskoerperschaftKannNurIhreFormularfelderSenden() {
    pruefeAlleVersuche(versucheDerGebietskoerperschaft(), darmstadt.fall.gkSachbearbeitung,
        darmstadt.aufgabe("Task_StelleAenderungsantrag").getId(), antrag(Map.of("M2", "60.000"), null, "Mehr"));
  }

  @Test
  void dieRpKannNurIhreFormularfelderSenden() {
    darmstadt.stelle(antrag(Map.of("M2", "60.000"), null, "Mehr"));
    pruefeAlleVersuche(versucheDerRp(), DurchfuehrungTreiber.RP, darmstadt.aufgabe("Task_EntwerfeAenderungsbescheid").getId(),
        entwurf("bewilligen", Map.of(), null));
  }

  @Test
  void geschaeftsregelnWerdenMitDeutscherMeldungAbgewiesen() {
    String aufgabe = darmstadt.aufgabe("Task_StelleAenderungsantrag").getId();
    Fallzustand vorher = zustand();
    var zuViel = Rest.basic(rest, darmstadt.fall.gkSachbearbeitung).schliesseAb(aufgabe,
        antrag(Map.of("M2", "100.000,01"), null, "Mehr"));
    assertThat(zuViel.status()).as(zuViel.text()).isEqualTo(400);
    assertThat(zuViel.meldung()).startsWith("Die Summe der Maßnahmen von 200.000,01 € übersteigt das Budget der Zielvereinbarung "
        + "von 200.000,00 €.");
    var ohneGrund = Rest.basic(rest, darmstadt.fall.gkSachbearbeitung).schliesseAb(aufgabe, antrag(Map.of("M2", "60.000"), null, ""));
    assertThat(ohneGrund.status()).isEqualTo(400);
    assertThat(ohneGrund.meldung()).startsWith("Bitte begründen Sie die Änderung.");
    assertThat(zustand()).isEqualTo(vorher);
  }

  @Test
  void dasselbeFormularZweimalAbgeschicktBuchtEinmal() {
    darmstadt.stelle(antrag(Map.of("M1", "95.000", "M2", "55.000"), null, "Verschiebung"));
    String aufgabe = darmstadt.aufgabe("Task_NimmAenderungsanzeigeZurKenntnis").getId();
    Map<String, Object> werte = Map.of(KENNTNIS_BEMERKUNG.name(), "ok");
    var erste = Rest.tasklist(rest, DurchfuehrungTreiber.RP).schliesseAb(aufgabe, werte);
    var zweite = Rest.tasklist(rest, DurchfuehrungTreiber.RP).schliesseAb(aufgabe, werte);
    assertThat(erste.status()).as(erste.text()).isEqualTo(204);
    assertThat(zweite.status()).as(zweite.text()).isEqualTo(404);
    darmstadt.fall.fuehreJobsAus();
    darmstadt.fall.fuehreJobsAus();
    String az = darmstadt.fall.aktenzeichen() + "-Ä1";
    assertThat(budget.bewilligungen(darmstadt.fall.foerderfallNummer)).filteredOn(b -> b.aktenzeichen().equals(az)).hasSize(2);
    assertThat(budget.summeBewilligtCent(darmstadt.fall.foerderfallNummer)).isEqualTo(150_000_00L);
  }

  private void pruefeAlleVersuche(List<Versuch> versuche, String benutzer, String aufgabe, Map<String, Object> gueltig) {
    Fallzustand vorher = zustand();
    Fallzustand frankfurtVorher = Fallzustand.von(datenbank, engine, frankfurt.fall.foerderfallNummer, mails());
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
    assertThat(Fallzustand.von(datenbank, engine, frankfurt.fall.foerderfallNummer, mails())).isEqualTo(frankfurtVorher);
  }

  private List<Function<String, Rest>> zugaenge() {
    return List.of(benutzer -> Rest.basic(rest, benutzer), benutzer -> Rest.tasklist(rest, benutzer));
  }

  private Fallzustand zustand() {
    return Fallzustand.von(datenbank, engine, darmstadt.fall.foerderfallNummer, mails());
  }

  private static int mails() {
    return greenMail.getReceivedMessages().length;
  }
}

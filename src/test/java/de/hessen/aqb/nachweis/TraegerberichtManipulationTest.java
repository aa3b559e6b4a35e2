package de.hessen.aqb.nachweis;

import static de.hessen.aqb.nachweis.NachweisManipulationTest.FREMD;
import static de.hessen.aqb.nachweis.NachweisManipulationTest.LISTENEINTRAG;
import static de.hessen.aqb.nachweis.NachweisManipulationTest.NICHTS_GEAENDERT;
import static de.hessen.aqb.nachweis.NachweisManipulationTest.json;
import static de.hessen.aqb.nachweis.NachweisManipulationTest.rest;
import static de.hessen.aqb.nachweis.TraegerberichtProzessTest.BELEGE_GAB;
import static de.hessen.aqb.nachweis.TraegerberichtProzessTest.BELEGE_KOMMUNE;
import static de.hessen.aqb.nachweis.TraegerberichtProzessTest.m1;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.hessen.aqb.fall.Fallregister;
import de.hessen.aqb.foerderbudget.Foerderbudget;
import de.hessen.aqb.foerderbudget.Mittelabrufe;
import de.hessen.aqb.nachweis.camunda.NachweisVariablen;
import de.hessen.aqb.nachweis.camunda.TraegerberichtVariablen;
import de.hessen.aqb.plattform.MandantZuordnung;
import de.hessen.aqb.testsupport.AqbSpringBootTest;
import de.hessen.aqb.testsupport.Fallzustand;
import de.hessen.aqb.testsupport.Rest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The providers' part (ADR 15) through the REST API Tasklist uses: the GAB Limburg sends values for a measure that is not
 * its own, the body's variables, the record's values, no or negative participants, Belege of another measure; the body
 * sends no or negative participants, other figures for the GAB's measure, Belege of the GAB's measure; the GAB completes
 * after its part was taken over. Each is 400 with a German message and the case (tables, variables, tasks, mails) is
 * unchanged; the valid completion then goes through.
 */
@AqbSpringBootTest
class TraegerberichtManipulationTest {

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired ProcessEngine engine;
  @Autowired Fallregister register;
  @Autowired Foerderbudget budget;
  @Autowired Mittelabrufe mittelabrufe;
  @Autowired TestRestTemplate rest;
  @Autowired DataSource datenbank;

  record Versuch(String was, Map<String, Object> ersetzt, String meldung) {}

  NachweisTreiber limburgMitGab() {
    var fall = new NachweisTreiber(engine, "06533").mitBescheidUndAuszahlung(register, budget, mittelabrufe, 50_000_00L)
        .mitGabMassnahme();
    fall.starte();
    return fall;
  }

  static Map<String, Object> liste(String eintraege) {
    return Map.of(TraegerberichtVariablen.TRAEGERBERICHT_MASSNAHMEN.name(), json("[" + eintraege + "]"));
  }

  static String eintrag(String id, String erreicht) {
    return "{\"id\":\"" + id + "\",\"teilnehmendeErreicht\":\"" + erreicht + "\",\"ergebnisse\":\"gut\",\"abweichungen\":\"\","
        + "\"ausgaben\":\"28.500,00\",\"einnahmen\":\"500,00\"}";
  }

  @Test
  void derTraegerSendetNurDenTeilSeinerEigenenMassnahme() {
    var fall = limburgMitGab();
    Map<String, Object> gueltig = rest(fall.traegerbericht(m1("10", "28.500,00"), NachweisTreiber.csv(BELEGE_GAB)));
    List<Versuch> versuche = List.of(
        new Versuch("Werte für die Maßnahme der Gebietskörperschaft", liste(eintrag("M1", "10") + "," + eintrag("M2", "8")),
            "Die Maßnahme „M2“ gehört nicht zu den Maßnahmen Ihres Trägers; Sie können nur den Sachbericht Ihrer eigenen Maßnahmen ergänzen."),
        new Versuch("nur die fremde Maßnahme", liste(eintrag("M2", "8")), "Die Maßnahme „M2“ gehört nicht zu den Maßnahmen Ihres Trägers"),
        new Versuch("ohne Teilnehmende", liste(eintrag("M1", "")),
            "Maßnahme „Fit für den Beruf (FIB)“: Teilnehmende (erreicht): Bitte die Zahl der erreichten Teilnehmenden angeben"),
        new Versuch("negative Teilnehmende", liste(eintrag("M1", "-3")),
            "Maßnahme „Fit für den Beruf (FIB)“: Teilnehmende (erreicht): Die Zahl der Teilnehmenden darf nicht negativ sein."),
        new Versuch("keine Zahl", liste(eintrag("M1", "zehn")), "„zehn“ ist keine ganze Zahl."),
        new Versuch("geplante Teilnehmende überschreiben", liste("{\"id\":\"M1\",\"teilnehmendeGeplant\":\"40\"}"),
            String.format(LISTENEINTRAG, "teilnehmendeGeplant")),
        new Versuch("Bewilligung überschreiben", liste("{\"id\":\"M1\",\"bewilligt\":\"90.000,00 €\"}"),
            String.format(LISTENEINTRAG, "bewilligt")),
        new Versuch("Belege der fremden Maßnahme", rest(Map.of(TraegerberichtVariablen.TRAEGER_BELEGLISTE.name(),
            fall.traegerbericht(m1("10", "28.500,00"), NachweisTreiber.csv(BELEGE_GAB + "02.05.2025;Träger 2;Lehrgang;100,00;M2\n"))
                .get(TraegerberichtVariablen.TRAEGER_BELEGLISTE.name()))),
            "Belegliste Ihrer Maßnahmen (M1): Die Belegliste enthält Fehler: Zeile 4: Die Maßnahme „M2“ ist im Bescheid nicht enthalten"),
        new Versuch("Belegliste passt nicht", rest(Map.of(TraegerberichtVariablen.TRAEGER_BELEGLISTE.name(),
            fall.traegerbericht(m1("10", "28.500,00"), NachweisTreiber.csv("15.04.2025;Dozentin Weber;Honorare;20.000,00;M1\n"))
                .get(TraegerberichtVariablen.TRAEGER_BELEGLISTE.name()))),
            "Maßnahme „Fit für den Beruf (FIB)“: Die Belegliste ergibt 20.000,00 €, im zahlenmäßigen Nachweis sind Ausgaben (Ist) von 28.500,00 € angegeben."),
        new Versuch("Sachbericht der Gebietskörperschaft", Map.of(NachweisVariablen.SACHBERICHT_DURCHFUEHRUNG.name(), "anders"),
            String.format(FREMD, NachweisVariablen.SACHBERICHT_DURCHFUEHRUNG.name())),
        new Versuch("zahlenmäßiger Nachweis der Gebietskörperschaft", Map.of(NachweisVariablen.ZAHLENMAESSIGER_NACHWEIS.name(),
            json("[{\"id\":\"M2\",\"ausgaben\":\"1,00\"}]")), String.format(FREMD, NachweisVariablen.ZAHLENMAESSIGER_NACHWEIS.name())),
        new Versuch("anderer Träger", Map.of(TraegerberichtVariablen.TRAEGER_GRUPPE.name(), "traeger-anderer"),
            String.format(FREMD, TraegerberichtVariablen.TRAEGER_GRUPPE.name())),
        new Versuch("anderer Fall", Map.of("foerderfallNummer", "AQB-2025-06414"), String.format(FREMD, "foerderfallNummer")),
        new Versuch("Belege der Gebietskörperschaft", Map.of(NachweisVariablen.BELEGLISTE.name(), "x"),
            String.format(FREMD, NachweisVariablen.BELEGLISTE.name())),
        new Versuch("nicht bestätigt", Map.of(TraegerberichtVariablen.TRAEGERBERICHT_BESTAETIGT.name(), false),
            "Bitte bestätigen, dass die Angaben vollständig und richtig sind"));
    Task task = fall.aufgabe("Task_ErstelleTraegerbericht");
    versuche(fall, task, NachweisTreiber.GAB, gueltig, versuche);
    fall.fuehreJobsAus();
    assertThat(fall.nachweis.getId()).isNotNull();
    assertThat(fall.aufgabe("Task_ErstelleVerwendungsnachweis")).isNotNull();
    // the same form sent twice: the task is gone
    Rest.Antwort nochmal = Rest.basic(rest, NachweisTreiber.GAB).schliesseAb(task.getId(), gueltig);
    assertThat(nochmal.status()).as(nochmal.text()).isEqualTo(404);
    assertThat(nochmal.meldung()).contains("Diese Aufgabe ist nicht mehr offen");
  }

  @Test
  void dieGebietskoerperschaftBerichtetIhreTeilnehmendenUndAendertDenTeilDesTraegersNicht() {
    var fall = limburgMitGab();
    fall.erledige("Task_ErstelleTraegerbericht", NachweisTreiber.GAB, fall.traegerbericht(m1("10", "28.500,00"),
        NachweisTreiber.csv(BELEGE_GAB)));
    var werte = fall.einreichung("", "20.000,00", NachweisTreiber.csv(BELEGE_KOMMUNE));
    werte.put(NachweisVariablen.ZAHLENMAESSIGER_NACHWEIS.name(), fall.angaben(Map.of("M2", new String[] {"20.000,00", ""})));
    Map<String, Object> gueltig = rest(werte);
    String m2 = "{\"id\":\"M2\",\"ausgaben\":\"20.000,00\",\"einnahmen\":\"\"}";
    List<Versuch> versuche = List.of(
        new Versuch("ohne Teilnehmende", Map.of(TraegerberichtVariablen.SACHBERICHT_TEILNEHMENDE_ERREICHT.name(), ""),
            "Sachbericht: Teilnehmende (erreicht) in Ihren eigenen Maßnahmen: Bitte die Zahl der erreichten Teilnehmenden angeben"),
        new Versuch("negative Teilnehmende", Map.of(TraegerberichtVariablen.SACHBERICHT_TEILNEHMENDE_ERREICHT.name(), -1),
            "Sachbericht: Teilnehmende (erreicht) in Ihren eigenen Maßnahmen: Die Zahl der Teilnehmenden darf nicht negativ sein."),
        new Versuch("Sachbericht ohne Teilnehmende (Text)", Map.of(NachweisVariablen.SACHBERICHT_TEILNEHMENDE.name(), " "),
            "Sachbericht: Bitte die Teilnehmenden angeben (Anzahl, Zielgruppe)."),
        new Versuch("andere Zahlen für die Maßnahme der GAB", Map.of(NachweisVariablen.ZAHLENMAESSIGER_NACHWEIS.name(),
            json("[{\"id\":\"M1\",\"ausgaben\":\"30.000,00\",\"einnahmen\":\"\"}," + m2 + "]")),
            "Maßnahme „Fit für den Beruf (FIB)“: Die Zahlen dieser Maßnahme hat der Träger „" + TraegerberichtProzessTest.GAB_NAME
                + "“ gemeldet (Ausgaben 28.500,00 €, Einnahmen 500,00 €); sie können hier nicht geändert werden."),
        new Versuch("Belege der Maßnahme der GAB in der eigenen Liste", rest(Map.of(NachweisVariablen.BELEGLISTE.name(),
            fall.einreichung("", "", NachweisTreiber.csv(BELEGE_KOMMUNE + "01.07.2025;Dozentin Weber;Honorare;1.000,00;M1\n"))
                .get(NachweisVariablen.BELEGLISTE.name()))),
            "Zeile 3: Die Belege der Maßnahme „M1“ hat der Träger „" + TraegerberichtProzessTest.GAB_NAME
                + "“ mit seinem Teil eingereicht; bitte hier nur Belege Ihrer eigenen Maßnahmen angeben."),
        new Versuch("Teil des Trägers als Variable", Map.of(TraegerberichtVariablen.TRAEGERBERICHTE.name(), json("[]")),
            String.format(FREMD, TraegerberichtVariablen.TRAEGERBERICHTE.name())),
        new Versuch("Sachbericht des Trägers als Text", Map.of(TraegerberichtVariablen.SACHBERICHT_TRAEGER.name(), "erfunden"),
            String.format(FREMD, TraegerberichtVariablen.SACHBERICHT_TRAEGER.name())));
    versuche(fall, fall.aufgabe("Task_ErstelleVerwendungsnachweis"), fall.gkSachbearbeitung, gueltig, versuche);
    fall.fuehreJobsAus();
    assertThat(fall.aufgabe("Task_PruefeSachlich")).isNotNull();
  }

  /** An operator re-opens a provider task after the body took the part over (instance started by hand): completing is refused. */
  @Test
  void nachDerUebernahmeKannDerTraegerSeinenTeilNichtMehrAendern() {
    var fall = limburgMitGab();
    var werteGab = fall.traegerbericht(m1("10", "28.500,00"), NachweisTreiber.csv(BELEGE_GAB));
    fall.erledige("Task_ErstelleTraegerbericht", NachweisTreiber.GAB, werteGab);
    var werte = fall.einreichung("", "20.000,00", NachweisTreiber.csv(BELEGE_KOMMUNE));
    werte.put(NachweisVariablen.ZAHLENMAESSIGER_NACHWEIS.name(), fall.angaben(Map.of("M2", new String[] {"20.000,00", ""})));
    fall.reicheEin(werte);

    var spaet = engine.getRuntimeService().startProcessInstanceByKey("traegerbericht", fall.nummer, Map.of(
        MandantZuordnung.START_VARIABLE, "06533", TraegerberichtVariablen.TRAEGER_GRUPPE.name(), "traeger-gab-limburg"));
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(spaet.getId()).singleResult();
    assertThat(task.getTenantId()).isEqualTo("kommune-06533");
    Map<String, Object> geaendert = rest(fall.traegerbericht(m1("40", "28.500,00"), NachweisTreiber.csv(BELEGE_GAB)));
    versuche(fall, task, NachweisTreiber.GAB, null, List.of(new Versuch("nach der Übernahme", geaendert,
        "Ihr Teil des Sachberichts wurde von der Gebietskörperschaft bereits in den Verwendungsnachweis übernommen und kann nicht "
            + "mehr geändert werden.")));
  }

  /** Claims the task as {@code benutzer}, refuses every attempt with the case unchanged, then (if given) completes validly. */
  void versuche(NachweisTreiber fall, Task task, String benutzer, Map<String, Object> gueltig, List<Versuch> versuche) {
    Rest partei = Rest.basic(rest, benutzer);
    assertThat(partei.post("/task/" + task.getId() + "/claim", Map.of("userId", benutzer)).status()).isEqualTo(204);
    SoftAssertions soft = new SoftAssertions();
    for (Versuch v : versuche) {
      var vorher = zustand(fall);
      Map<String, Object> variablen = new LinkedHashMap<>(gueltig == null ? Map.of() : gueltig);
      variablen.putAll(v.ersetzt());
      Rest.Antwort antwort = partei.schliesseAb(task.getId(), variablen);
      soft.assertThat(antwort.status()).as(v.was() + ": " + antwort.text()).isEqualTo(400);
      soft.assertThat(antwort.meldung()).as(v.was()).contains(v.meldung());
      if (v.meldung().contains("dieser Aufgabe")) { // refused at the gate, before the engine
        soft.assertThat(antwort.meldung()).as(v.was()).endsWith(NICHTS_GEAENDERT);
      }
      soft.assertThat(zustand(fall)).as(v.was() + ": Zustand des Falls").isEqualTo(vorher);
    }
    soft.assertAll();
    if (gueltig != null) {
      Rest.Antwort gut = partei.schliesseAb(task.getId(), gueltig);
      assertThat(gut.status()).as(gut.text()).isEqualTo(204);
    }
  }

  Fallzustand zustand(NachweisTreiber fall) {
    return Fallzustand.von(datenbank, engine, fall.nummer, greenMail.getReceivedMessages().length);
  }
}

package de.hessen.aqb.antrag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.hessen.aqb.foerderbudget.Foerderbudget;
import de.hessen.aqb.testsupport.AqbSpringBootTest;
import de.hessen.aqb.testsupport.Fallzustand;
import de.hessen.aqb.testsupport.ProzessTreiber;
import de.hessen.aqb.testsupport.Rest;
import de.hessen.aqb.zielvereinbarung.domain.SeedZielvereinbarungen;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Tampering through REST, as each party of the Antrag stage on each of its tasks (body clerk, provider, RP checker,
 * RP drafter, RP releaser): unknown variables, another party's variables, another body's case identity, ledger
 * amounts, user names of other steps, deadlines — each refused with a 4xx status and a German message, and the case's
 * state (tables, variables, tasks, mails) unchanged. Contains every example of issue #9 for this stage.
 */
@AqbSpringBootTest
class AntragManipulationTest {

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired ProcessEngine engine;
  @Autowired TestRestTemplate rest;
  @Autowired DataSource dataSource;
  @Autowired Foerderbudget foerderbudget;

  /** One attempt: what is sent, and a part of the German message expected. */
  record Versuch(String was, Map<String, ?> variablen, String meldung) {}

  static final String FREMD = "Das Feld „%s“ gehört nicht zu dieser Aufgabe";

  static Versuch fremd(String was, String name, Object wert) {
    return new Versuch(was, Map.of(name, wert), FREMD.formatted(name));
  }

  @BeforeEach
  void setUp() {
    init(engine);
  }

  AntragTreiber gestartet(String kreisschluessel) {
    var fall = new AntragTreiber(engine, kreisschluessel);
    fall.starte(SeedZielvereinbarungen.wiesbaden2025(), "AQB-2025-M" + UUID.randomUUID().toString().substring(0, 8));
    return fall;
  }

  AntragTreiber eingereicht() {
    var fall = gestartet("06414");
    ArrayNode massnahmen = fall.vollstaendig(AntragProzessTest.WIESBADEN);
    fall.erfasse(massnahmen);
    fall.reicheEin(massnahmen);
    return fall;
  }

  /** Every attempt refused with 4xx and the message; the case's state as before each time. */
  void abgewiesen(AntragTreiber fall, String aufgabe, String benutzer, List<Versuch> versuche) {
    String taskId = new ProzessTreiber(engine, fall.antrag.getBusinessKey()).aufgabe(aufgabe).getId();
    Rest partei = Rest.basic(rest, benutzer);
    Fallzustand vorher = zustand(fall);
    for (Versuch v : versuche) {
      var antwort = partei.schliesseAb(taskId, v.variablen());
      assertThat(antwort.status()).as(aufgabe + " / " + v.was() + ": " + antwort.text()).isBetween(400, 499);
      assertThat(antwort.meldung()).as(aufgabe + " / " + v.was()).contains(v.meldung()).doesNotContain("ENGINE-", "Exception");
      assertThat(zustand(fall)).as(aufgabe + " / " + v.was() + ": nichts geändert").isEqualTo(vorher);
    }
  }

  Fallzustand zustand(AntragTreiber fall) {
    return Fallzustand.von(dataSource, engine, fall.antrag.getBusinessKey(), greenMail.getReceivedMessages().length);
  }

  /** Attempts every party may try on any task: names that belong to nobody's form here. */
  static List<Versuch> allgemein() {
    return List.of(
        fremd("unbekannte Variable", "irgendwas", "x"),
        fremd("Fallnummer eines anderen Falls", "foerderfallNummer", "AQB-2025-06412"),
        fremd("andere Gebietskörperschaft", "gebietskoerperschaft", "06412"),
        fremd("anderes Jahr", "jahr", 2034),
        fremd("Budget der Zielvereinbarung", "budgetCent", 391_246_000L),
        fremd("Projekte der Zielvereinbarung", "projekteMassnahmenart1", "[{\"name\":\"Extra\"}]"),
        fremd("Antragsfrist", "antragsfrist", "2034-03-31T23:59"),
        fremd("Erinnerung", "antragErinnerungAm", "2034-03-01T00:00"),
        fremd("Frist der Nachforderung", "nachforderungFristEnde", "2034-12-31T23:59"),
        fremd("Verfasser des Bescheids", "bescheidVerfasser", AntragTreiber.RP_FREIGABE),
        fremd("Freigabe des Bescheids", "bescheidFreigabe", AntragTreiber.RP_FREIGABE),
        fremd("Freigabeergebnis", "bescheidFreigegeben", true),
        fremd("Summe des Bescheids", "bescheidSummeAnzeige", "9.999.999,00 €"),
        fremd("Regelprüfung", "alleRegelnErfuellt", true));
  }

  static List<Versuch> mit(List<Versuch> a, Versuch... b) {
    var alle = new java.util.ArrayList<>(a);
    alle.addAll(List.of(b));
    return alle;
  }

  @Test
  void gebietskoerperschaftBeiErfassungEinreichungUndNachforderung() {
    var fall = gestartet("06414");
    ArrayNode massnahmen = fall.vollstaendig(AntragProzessTest.WIESBADEN);
    String liste = massnahmen.toString(); // carries "herkunft", which only the stored Antrag knows
    abgewiesen(fall, "Task_ErfasseAntrag", fall.gkSachbearbeitung, mit(allgemein(),
        new Versuch("Herkunft einer Maßnahme", Map.of("massnahmen", liste), "enthält das Feld „herkunft“"),
        fremd("Bewilligungen des RP", "bewilligungen", "[]"),
        fremd("Prüfentscheidung des RP", "pruefentscheidung", "entscheiden")));
    fall.erfasse(massnahmen);
    abgewiesen(fall, "Task_ReicheAntragEin", fall.gkSachbearbeitung, mit(allgemein(),
        fremd("Antragsdatum", "antragDatum", "2024-01-01"),
        fremd("Entscheidung des RP", "entscheidungsart", "voll")));
    fall.reicheEin(massnahmen);
    fall.pruefe("nachfordern", "Bitte Kostenplan nachreichen", LocalDate.now().plusDays(14).toString());

    // the example: a higher budget with the answer, and amounts 100,000 € above the agreement
    ArrayNode mehr = (ArrayNode) fall.variable("massnahmen");
    ObjectNode letzte = (ObjectNode) mehr.get(mehr.size() - 1);
    letzte.put("foerderung", "512460").put("hj1", "512460").put("kosten", "513460");
    mehr.forEach(m -> ((ObjectNode) m).remove("herkunft"));
    abgewiesen(fall, "Task_BeantworteNachforderung", fall.gkSachbearbeitung, mit(allgemein(),
        new Versuch("höheres Budget mit der Antwort", Map.of("nachforderungAntwort", "Anbei", "massnahmen", mehr.toString(),
            "budgetCent", 391_246_000L), FREMD.formatted("budgetCent")),
        new Versuch("mehr als die Zielvereinbarung", Map.of("nachforderungAntwort", "Anbei", "massnahmen", mehr.toString()),
            "übersteigen das Budget der Zielvereinbarung (2.812.460,00 €)"),
        new Versuch("Entwurfsliste des RP in der Antwort", Map.of("nachforderungAntwort", "Anbei",
            "bewilligungen", "[{\"id\":\"M1\",\"bewilligt\":\"400000\",\"hj1\":\"400000\"}]"), FREMD.formatted("bewilligungen")),
        fremd("Nachforderungsverlauf", "nachforderungen", "[]")));
    assertThat(fall.antrag).isWaitingAt("Task_BeantworteNachforderung");
  }

  @Test
  void traegerAendertNurSeineMassnahmen() {
    var fall = gestartet("06533");
    ArrayNode massnahmen = fall.vollstaendig(AntragProzessTest.WIESBADEN);
    ((ObjectNode) massnahmen.get(0)).put("traeger", "gab-limburg");
    fall.erfasse(massnahmen);
    assertThat(fall.antrag).isWaitingAt("CallActivity_Massnahmendetails");
    abgewiesen(fall, "Task_ErgaenzeMassnahmendetails", AntragTreiber.GAB, mit(allgemein(),
        new Versuch("Maßnahme eines anderen Trägers", Map.of("traegerMassnahmen",
            "[{\"id\":\"M2\",\"foerderung\":\"1\",\"kosten\":\"1\"}]"), "gehört nicht zu den Maßnahmen Ihres Trägers"),
        new Versuch("Name der Maßnahme", Map.of("traegerMassnahmen", "[{\"id\":\"M1\",\"name\":\"umbenannt\"}]"),
            "enthält das Feld „name“"),
        new Versuch("Träger der Maßnahme", Map.of("traegerMassnahmen", "[{\"id\":\"M1\",\"traeger\":\"anderer\"}]"),
            "enthält das Feld „traeger“"),
        fremd("die ganze Maßnahmenliste", "massnahmen", "[]"),
        fremd("Trägergruppe", "traegerGruppe", "traeger-anderer")));
  }

  @Test
  void rpPruefungEntwurfUndFreigabe() {
    var fall = eingereicht();
    abgewiesen(fall, "Task_PruefeAntrag", AntragTreiber.RP_PRUEFUNG, mit(allgemein(),
        fremd("Maßnahmen der Gebietskörperschaft", "massnahmen", "[]"),
        fremd("Antwort der Gebietskörperschaft", "nachforderungAntwort", "x")));
    fall.pruefe("entscheiden", null, null);
    abgewiesen(fall, "Task_EntwerfeBescheid", AntragTreiber.RP_PRUEFUNG, mit(allgemein(),
        new Versuch("beantragter Betrag im Entwurf", Map.of("entscheidungsart", "voll", "bewilligungen",
            "[{\"id\":\"M1\",\"beantragtCent\":99900000,\"bewilligt\":\"999000\",\"hj1\":\"999000\"}]"),
            "enthält das Feld „beantragtCent“"),
        new Versuch("Maßnahme, die nicht beantragt ist", Map.of("entscheidungsart", "voll", "bewilligungen",
            "[{\"id\":\"M99\",\"bewilligt\":\"1\",\"hj1\":\"1\"}]"), "Die Maßnahme „M99“ gehört nicht zum Antrag"),
        fremd("Maßnahmen der Gebietskörperschaft", "massnahmen", "[]")));
    fall.entwerfeBescheid(Map.of("entscheidungsart", "voll"));
    abgewiesen(fall, "Task_GibBescheidFrei", AntragTreiber.RP_FREIGABE, mit(allgemein(),
        new Versuch("Beträge beim Freigeben ändern", Map.of("freigabeEntscheidung", "freigeben", "bewilligungen",
            "[{\"id\":\"M1\",\"bewilligt\":\"1\",\"hj1\":\"1\"}]"), FREMD.formatted("bewilligungen")),
        fremd("Entscheidungsart ändern", "entscheidungsart", "teil"),
        fremd("Aktenzeichen ändern", "aktenzeichen", "57 AQB 2025-06412"),
        fremd("Bewilligungszeitraum ändern", "bewilligungBis", "2034-12-31"),
        fremd("Frist des Verwendungsnachweises ändern", "verwendungsnachweisFrist", "2035-06-30")));
    fall.gibFrei(AntragTreiber.RP_FREIGABE, "freigeben", null);
    assertThat(foerderbudget.summeBewilligtCent(fall.antrag.getBusinessKey())).isEqualTo(281_246_000L);
  }

  @Test
  void derVerfasserGibtNichtFreiAuchNichtMitGefaelschtemVerfasser() {
    var fall = eingereicht();
    fall.pruefe("entscheiden", null, null);
    fall.entwerfeBescheid(Map.of("entscheidungsart", "voll"));
    String taskId = fall.aufgabe("Task_GibBescheidFrei").getId();
    Rest verfasser = Rest.basic(rest, AntragTreiber.RP_PRUEFUNG);
    Fallzustand vorher = zustand(fall);

    var direkt = verfasser.put("/task/" + taskId + "/variables/bescheidVerfasser",
        Map.of("value", AntragTreiber.RP_FREIGABE, "type", "String"));
    assertThat(direkt.status()).as(direkt.text()).isEqualTo(403);
    var instanz = verfasser.post("/process-instance/" + fall.antrag.getId() + "/variables", Map.of("modifications",
        Map.of("bescheidVerfasser", Map.of("value", AntragTreiber.RP_FREIGABE, "type", "String"))));
    assertThat(instanz.status()).as(instanz.text()).isEqualTo(403);
    var mitVariable = verfasser.schliesseAb(taskId, Map.of("freigabeEntscheidung", "freigeben",
        "bescheidVerfasser", AntragTreiber.RP_FREIGABE));
    assertThat(mitVariable.status()).isEqualTo(400);
    assertThat(mitVariable.meldung()).contains(FREMD.formatted("bescheidVerfasser"));
    var claim = verfasser.post("/task/" + taskId + "/claim", Map.of("userId", AntragTreiber.RP_PRUEFUNG));
    assertThat(claim.status()).as(claim.text()).isBetween(400, 499);
    assertThat(claim.meldung()).contains("Nach dem Vier-Augen-Prinzip");
    var abschluss = verfasser.schliesseAb(taskId, Map.of("freigabeEntscheidung", "freigeben"));
    assertThat(abschluss.status()).as(abschluss.text()).isBetween(400, 499);
    assertThat(abschluss.meldung()).contains("Nach dem Vier-Augen-Prinzip");
    assertThat(zustand(fall)).isEqualTo(vorher);

    var zweite = Rest.basic(rest, AntragTreiber.RP_FREIGABE);
    assertThat(zweite.post("/task/" + taskId + "/claim", Map.of("userId", AntragTreiber.RP_FREIGABE)).status()).isEqualTo(204);
    var frei = zweite.schliesseAb(taskId, Map.of("freigabeEntscheidung", "freigeben"));
    assertThat(frei.status()).as(frei.text()).isEqualTo(204);
    fall.fuehreJobsAus();
    var bescheid = foerderbudget.erlassenerBescheid(fall.antrag.getBusinessKey()).orElseThrow();
    assertThat(bescheid.verfasser()).isEqualTo(AntragTreiber.RP_PRUEFUNG);
    assertThat(bescheid.freigabe()).isEqualTo(AntragTreiber.RP_FREIGABE);
  }
}

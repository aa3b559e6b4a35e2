package de.hessen.aqb.nachweis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.hessen.aqb.fall.Fallregister;
import de.hessen.aqb.foerderbudget.Foerderbudget;
import de.hessen.aqb.foerderbudget.Mittelabrufe;
import de.hessen.aqb.testsupport.AqbSpringBootTest;
import de.hessen.aqb.testsupport.Fallzustand;
import de.hessen.aqb.testsupport.Rest;
import java.util.Base64;
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
 * Each party of the Nachweis, on each of its tasks, through the REST API Tasklist uses, tries to send what is not its
 * input: unknown variables, the other party's variables, the case identity of another body, ledger amounts, the names
 * of who did other steps, deadlines. Every attempt is added to an otherwise valid completion; each is refused with a
 * 4xx and a German message, and the case (tables, variables, tasks, mails) is unchanged. The valid completion alone
 * then goes through — so it was the forged value that was refused.
 */
@AqbSpringBootTest
class NachweisManipulationTest {

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  static final String FREMD = "Das Feld „%s“ gehört nicht zu dieser Aufgabe und wird nicht angenommen.";
  static final String LISTENEINTRAG = "enthält das Feld „%s“, das in dieser Aufgabe nicht geändert werden kann.";
  static final String NICHTS_GEAENDERT = "Es wurde nichts geändert.";

  @Autowired ProcessEngine engine;
  @Autowired Fallregister register;
  @Autowired Foerderbudget budget;
  @Autowired Mittelabrufe mittelabrufe;
  @Autowired TestRestTemplate rest;
  @Autowired DataSource datenbank;

  /** One attempt: what is added to the valid completion, and the German message expected (a fragment). */
  record Versuch(String was, Map<String, Object> zusaetzlich, String meldung) {
    static Versuch fremd(String was, String name, Object wert) {
      return new Versuch(was, Map.of(name, wert), String.format(FREMD, name));
    }
  }

  NachweisTreiber fall(String kreisschluessel) {
    var fall = new NachweisTreiber(engine, kreisschluessel).mitBescheidUndAuszahlung(register, budget, mittelabrufe, 50_000_00L);
    fall.starte();
    return fall;
  }

  @Test
  void dieGebietskoerperschaftSendetNurIhreEigenenZahlenZumVerwendungsnachweis() {
    var wiesbaden = fall("06414");
    var darmstadt = fall("06411"); // Darmstadt's case runs: its register row is active
    Map<String, Object> gueltig = rest(wiesbaden.einreichung("30.000,00", "20.000,00",
        NachweisTreiber.csv(NachweisProzessTest.BELEGE_VOLL)));
    List<Versuch> versuche = List.of(
        Versuch.fremd("unbekannte Variable", "hacker", "x"),
        Versuch.fremd("Variable der RP (sachlich)", "sachlichEntscheidung", "richtig"),
        Versuch.fremd("Routing der RP", "sachlichRichtig", true),
        Versuch.fremd("Variable der RP (rechnerisch)", "rechnerischBestaetigt", true),
        Versuch.fremd("Anerkennung der RP", "anerkennung", json("[{\"id\":\"M1\",\"anerkannt\":\"30000\"}]")),
        Versuch.fremd("Darmstadts Fallnummer (schließt Darmstadts Registerzeile)", "foerderfallNummer", darmstadt.nummer),
        Versuch.fremd("andere Gebietskörperschaft", "gebietskoerperschaft", "06411"),
        Versuch.fremd("anderer Name", "gebietskoerperschaftName", "Wissenschaftsstadt Darmstadt"),
        Versuch.fremd("anderes Jahr", "jahr", 2030),
        new Versuch("bewilligte Beträge im zahlenmäßigen Nachweis umschreiben (Rückforderung 0)", Map.of("zahlenmaessigerNachweis",
            json("[{\"id\":\"M1\",\"ausgaben\":\"30.000,00\",\"einnahmen\":\"\",\"bewilligtCent\":0},"
                + "{\"id\":\"M2\",\"ausgaben\":\"20.000,00\",\"einnahmen\":\"\",\"bewilligtCent\":0}]")), String.format(LISTENEINTRAG, "bewilligtCent")),
        new Versuch("Bewilligung als Anzeige im Nachweis", Map.of("zahlenmaessigerNachweis",
            json("[{\"id\":\"M1\",\"ausgaben\":\"30.000,00\",\"bewilligt\":\"90.000,00 €\"}]")), String.format(LISTENEINTRAG, "bewilligt")),
        Versuch.fremd("Rückforderung", "rueckforderungCent", 0),
        Versuch.fremd("Zinsen", "zinsenCent", 0),
        Versuch.fremd("ausgezahlt", "ausgezahltCent", 0),
        Versuch.fremd("anerkannt", "anerkanntCent", 50_000_00L),
        Versuch.fremd("wer sachlich geprüft hat", "sachlichGeprueftVon", NachweisTreiber.RP_RECHNERISCH),
        Versuch.fremd("wer rechnerisch geprüft hat", "rechnerischGeprueftVon", NachweisTreiber.RP_SACHLICH),
        Versuch.fremd("wer eingereicht hat", "verwendungsnachweisEingereichtVon", "jemand"),
        Versuch.fremd("Frist des Verwendungsnachweises", "verwendungsnachweisFrist", "2099-12-31"),
        Versuch.fremd("Fälligkeit der Aufgabe", "verwendungsnachweisFaelligAm", "2099-12-31T23:59"),
        Versuch.fremd("Erinnerung", "verwendungsnachweisErinnerungAm", "2099-12-01T23:59"),
        Versuch.fremd("Bewilligungszeitraum", "bewilligungBis", "2099-12-31"),
        Versuch.fremd("Frist der Nachforderung (Eingabe der RP)", "nachweisNachforderungFrist", "2099-12-31"));
    versuche(wiesbaden, "Task_ErstelleVerwendungsnachweis", wiesbaden.gkSachbearbeitung, gueltig, versuche, darmstadt);

    assertThat(register.status(darmstadt.nummer)).contains(Fallregister.AKTIV);
    assertThat(darmstadt.aufgabe("Task_ErstelleVerwendungsnachweis")).isNotNull();
  }

  @Test
  void dieErstePersonDerRpEntscheidetNurSachlich() {
    var fall = fall("06414");
    fall.reicheEin(fall.einreichung("30.000,00", "20.000,00", NachweisTreiber.csv(NachweisProzessTest.BELEGE_VOLL)));
    Map<String, Object> gueltig = rest(fall.sachlich("richtig", null, null));
    List<Versuch> versuche = List.of(
        Versuch.fremd("unbekannte Variable", "hacker", "x"),
        Versuch.fremd("Sachbericht der Gebietskörperschaft", "sachberichtErgebnisse", "besser"),
        Versuch.fremd("zahlenmäßiger Nachweis der Gebietskörperschaft", "zahlenmaessigerNachweis",
            json("[{\"id\":\"M1\",\"ausgaben\":\"1,00\"}]")),
        Versuch.fremd("Anerkennung der zweiten Person", "anerkennung", json("[{\"id\":\"M1\",\"anerkannt\":\"0\"}]")),
        Versuch.fremd("rechnerisch bestätigt", "rechnerischBestaetigt", true),
        Versuch.fremd("Routing", "sachlichRichtig", true),
        Versuch.fremd("andere Fallnummer", "foerderfallNummer", "AQB-2025-06411"),
        Versuch.fremd("andere Gebietskörperschaft", "gebietskoerperschaft", "06411"),
        Versuch.fremd("Rückforderung", "rueckforderungCent", 0),
        Versuch.fremd("Zinsen", "zinsenCent", 0),
        Versuch.fremd("ausgezahlt", "ausgezahltCent", 0),
        Versuch.fremd("sich selbst als jemand anderen eintragen", "sachlichGeprueftVon", "kollegin"),
        Versuch.fremd("Anzeige des Prüfers", "sachlichGeprueftVonAnzeige", "kollegin"),
        Versuch.fremd("Frist des Verwendungsnachweises", "verwendungsnachweisFrist", "2099-12-31"),
        Versuch.fremd("Fälligkeit der Aufgabe", "verwendungsnachweisFaelligAm", "2099-12-31T23:59"),
        new Versuch("Entscheidung außerhalb der Auswahl", Map.of("sachlichEntscheidung", "durchwinken"),
            "Im Feld „sachlichEntscheidung“ ist „durchwinken“ keine der angebotenen Möglichkeiten."));
    versuche(fall, "Task_PruefeSachlich", NachweisTreiber.RP_SACHLICH, gueltig, versuche, null);
  }

  @Test
  void dieZweitePersonDerRpBeanstandetNurBelegeUndNenntKeineBetraege() {
    var fall = fall("06414");
    fall.reicheEin(fall.einreichung("30.000,00", "20.000,00", NachweisTreiber.csv(NachweisProzessTest.BELEGE_VOLL)));
    fall.pruefeSachlich(NachweisTreiber.RP_SACHLICH, "richtig", null, null);
    Map<String, Object> gueltig = rest(fall.rechnerisch(Map.of()));
    List<Versuch> versuche = List.of(
        Versuch.fremd("unbekannte Variable", "hacker", "x"),
        Versuch.fremd("Entscheidung der ersten Person", "sachlichEntscheidung", "richtig"),
        Versuch.fremd("Sachbericht der Gebietskörperschaft", "sachberichtDurchfuehrung", "anders"),
        Versuch.fremd("zahlenmäßiger Nachweis (höhere Ausgaben)", "zahlenmaessigerNachweis",
            json("[{\"id\":\"M1\",\"ausgaben\":\"90.000,00\"}]")),
        // the recognised amount is computed from the stored Belege: no sum of any kind is accepted (ADR 9a)
        Versuch.fremd("anerkannte Summe je Maßnahme vorgeben", "anerkennung", json("[{\"id\":\"M1\",\"anerkannt\":\"90000\"}]")),
        new Versuch("Betrag eines Belegs in der Beanstandung", Map.of("belegEinwaende",
            json("[{\"zeile\":\"2\",\"grund\":\"NICHT_FOERDERFAEHIG\",\"betragCent\":1}]")), String.format(LISTENEINTRAG, "betragCent")),
        new Versuch("anerkannt in Cent vorgeben", Map.of("belegEinwaende",
            json("[{\"zeile\":\"2\",\"grund\":\"NICHT_FOERDERFAEHIG\",\"anerkanntCent\":9000000}]")), String.format(LISTENEINTRAG, "anerkanntCent")),
        Versuch.fremd("andere Fallnummer", "foerderfallNummer", "AQB-2025-06411"),
        Versuch.fremd("Rückforderung", "rueckforderungCent", 0),
        Versuch.fremd("Zinsen", "zinsenCent", 0),
        Versuch.fremd("ausgezahlt", "ausgezahltCent", 0),
        Versuch.fremd("anerkannt gesamt", "anerkanntCent", 0),
        Versuch.fremd("wer sachlich geprüft hat", "sachlichGeprueftVon", "jemand"),
        Versuch.fremd("wer rechnerisch geprüft hat", "rechnerischGeprueftVon", "jemand"),
        Versuch.fremd("Fälligkeit der Rückforderung", "rueckforderungFaelligAm", "2099-12-31"),
        Versuch.fremd("Zinsbeginn", "zinsenVon", "2099-12-31"));
    versuche(fall, "Task_PruefeRechnerisch", NachweisTreiber.RP_RECHNERISCH, gueltig, versuche, null);
  }

  @Test
  void werSachlichGeprueftHatKannDenNamenNichtFaelschenUndNichtRechnerischPruefen() {
    var fall = fall("06414");
    fall.reicheEin(fall.einreichung("30.000,00", "20.000,00", NachweisTreiber.csv(NachweisProzessTest.BELEGE_VOLL)));
    fall.pruefeSachlich(NachweisTreiber.RP_SACHLICH, "richtig", null, null);
    Task task = fall.aufgabe("Task_PruefeRechnerisch");
    String pi = fall.nachweis.getId();
    Rest erste = Rest.basic(rest, NachweisTreiber.RP_SACHLICH);
    Map<String, Object> kollegin = Map.of("value", NachweisTreiber.RP_RECHNERISCH);
    var vorher = zustand(fall);

    Map<String, Rest.Antwort> direkt = new LinkedHashMap<>();
    direkt.put("PUT task variable", erste.put("/task/" + task.getId() + "/variables/sachlichGeprueftVon", kollegin));
    direkt.put("PUT task local variable", erste.put("/task/" + task.getId() + "/localVariables/sachlichGeprueftVon", kollegin));
    direkt.put("POST instance variables", erste.post("/process-instance/" + pi + "/variables",
        Map.of("modifications", Map.of("sachlichGeprueftVon", kollegin, "sachlichGeprueftVonAnzeige", kollegin))));
    direkt.forEach((was, antwort) -> {
      assertThat(antwort.status()).as(was + ": " + antwort.text()).isEqualTo(403);
      assertThat(antwort.meldung()).as(was).endsWith(NICHTS_GEAENDERT);
    });
    Rest.Antwort gefaelscht = erste.schliesseAb(task.getId(), new LinkedHashMap<>(Map.of("sachlichGeprueftVon", NachweisTreiber.RP_RECHNERISCH,
        "rechnerischBestaetigt", true)));
    assertThat(gefaelscht.status()).as(gefaelscht.text()).isEqualTo(400);
    assertThat(gefaelscht.meldung()).contains(String.format(FREMD, "sachlichGeprueftVon")).endsWith(NICHTS_GEAENDERT);

    Rest.Antwort anspruch = erste.post("/task/" + task.getId() + "/claim", Map.of("userId", NachweisTreiber.RP_SACHLICH));
    assertThat(anspruch.status()).as(anspruch.text()).isEqualTo(400);
    assertThat(anspruch.meldung()).isEqualTo(RechnerischePruefung.VIER_AUGEN);
    Rest.Antwort abschluss = erste.schliesseAb(task.getId(), rest(fall.rechnerisch(Map.of())));
    assertThat(abschluss.status()).as(abschluss.text()).isEqualTo(400);
    assertThat(abschluss.meldung()).isEqualTo(RechnerischePruefung.VIER_AUGEN);
    assertThat(zustand(fall)).isEqualTo(vorher);

    Rest zweite = Rest.basic(rest, NachweisTreiber.RP_RECHNERISCH);
    assertThat(zweite.post("/task/" + task.getId() + "/claim", Map.of("userId", NachweisTreiber.RP_RECHNERISCH)).status()).isEqualTo(204);
    Rest.Antwort gut = zweite.schliesseAb(task.getId(), rest(fall.rechnerisch(Map.of())));
    assertThat(gut.status()).as(gut.text()).isEqualTo(204);
    fall.fuehreJobsAus();
    assertThat(register.status(fall.nummer)).contains(Fallregister.ABGESCHLOSSEN);
  }

  /**
   * Case identity and the recorded checker come from the register and the tables, not from variables: even variables
   * set inside the instance (as only the operators could) name another case and another checker in vain.
   */
  @Test
  void variablenImProzessBestimmenWederFallNochPruefer() {
    var wiesbaden = fall("06414");
    var darmstadt = fall("06411");
    String pi = wiesbaden.nachweis.getId();
    wiesbaden.reicheEin(wiesbaden.einreichung("30.000,00", "20.000,00", NachweisTreiber.csv(NachweisProzessTest.BELEGE_VOLL)));
    wiesbaden.pruefeSachlich(NachweisTreiber.RP_SACHLICH, "richtig", null, null);
    engine.getRuntimeService().setVariables(pi, Map.of("foerderfallNummer", darmstadt.nummer, "gebietskoerperschaft", "06411",
        "sachlichGeprueftVon", NachweisTreiber.RP_RECHNERISCH, "bewilligungBis", "2099-12-31",
        "verwendungsnachweisFrist", "2099-12-31"));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> wiesbaden.pruefeRechnerisch(NachweisTreiber.RP_SACHLICH, Map.of()))
        .hasMessageContaining(RechnerischePruefung.VIER_AUGEN);
    int mails = greenMail.getReceivedMessages().length;
    wiesbaden.pruefeRechnerisch(NachweisTreiber.RP_RECHNERISCH, Map.of());

    assertThat(register.status(wiesbaden.nummer)).contains(Fallregister.ABGESCHLOSSEN);
    assertThat(register.status(darmstadt.nummer)).contains(Fallregister.AKTIV);
    assertThat(darmstadt.aufgabe("Task_ErstelleVerwendungsnachweis")).isNotNull();
    var neu = java.util.Arrays.copyOfRange(greenMail.getReceivedMessages(), mails, greenMail.getReceivedMessages().length);
    assertThat(neu).isNotEmpty().allSatisfy(m -> assertThat(m.getAllRecipients()).extracting(Object::toString)
        .contains(wiesbaden.gkSachbearbeitung + "@example.org").doesNotContain(darmstadt.gkSachbearbeitung + "@example.org"));
  }

  /**
   * Claims the task as {@code benutzer}, refuses every attempt with the state unchanged, then completes validly. {@code
   * auch} is a second case whose state must not change either.
   */
  void versuche(NachweisTreiber fall, String aufgabe, String benutzer, Map<String, Object> gueltig, List<Versuch> versuche,
      NachweisTreiber auch) {
    Task task = fall.aufgabe(aufgabe);
    Rest partei = Rest.basic(rest, benutzer);
    assertThat(partei.post("/task/" + task.getId() + "/claim", Map.of("userId", benutzer)).status()).isEqualTo(204);
    SoftAssertions soft = new SoftAssertions();
    for (Versuch v : versuche) {
      var vorher = zustand(fall);
      var vorherAuch = auch == null ? null : zustand(auch);
      Map<String, Object> variablen = new LinkedHashMap<>(gueltig);
      variablen.putAll(rest(v.zusaetzlich()));
      Rest.Antwort antwort = partei.schliesseAb(task.getId(), variablen);
      soft.assertThat(antwort.status()).as(v.was() + ": " + antwort.text()).isEqualTo(400);
      soft.assertThat(antwort.meldung()).as(v.was()).contains(v.meldung()).endsWith(NICHTS_GEAENDERT);
      soft.assertThat(zustand(fall)).as(v.was() + ": Zustand des Falls").isEqualTo(vorher);
      if (auch != null) {
        soft.assertThat(zustand(auch)).as(v.was() + ": Zustand des anderen Falls").isEqualTo(vorherAuch);
      }
    }
    soft.assertAll();
    Rest.Antwort gut = partei.schliesseAb(task.getId(), gueltig);
    assertThat(gut.status()).as(gut.text()).isEqualTo(204);
    fall.fuehreJobsAus();
  }

  Fallzustand zustand(NachweisTreiber fall) {
    return Fallzustand.von(datenbank, engine, fall.nummer, greenMail.getReceivedMessages().length);
  }

  static Map<String, Object> json(String text) {
    return Map.of("value", text, "type", "Json");
  }

  /** Java values as the REST API receives them (Json lists with their type, files as Base64). */
  static Map<String, Object> rest(Map<String, Object> werte) {
    Map<String, Object> rest = new LinkedHashMap<>();
    werte.forEach((name, wert) -> {
      if (wert instanceof org.camunda.bpm.engine.variable.value.FileValue datei) {
        try (var in = datei.getValue()) {
          rest.put(name, Map.of("value", Base64.getEncoder().encodeToString(in.readAllBytes()), "type", "File",
              "valueInfo", Map.of("filename", datei.getFilename(), "mimetype", "text/csv")));
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      } else if (wert instanceof org.camunda.spin.plugin.variable.value.JsonValue j) {
        rest.put(name, json(j.getValueSerialized()));
      } else {
        rest.put(name, wert);
      }
    });
    return rest;
  }

  static ArrayNode liste() {
    return JsonNodeFactory.instance.arrayNode();
  }
}

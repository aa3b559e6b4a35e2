package de.hessen.aqb.zielvereinbarung;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.hessen.aqb.testsupport.AqbSpringBootTest;
import de.hessen.aqb.zielvereinbarung.domain.SeedZielvereinbarungen;
import de.hessen.aqb.zielvereinbarung.portal.Veroeffentlichungen;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every path of the Zielvereinbarung, on the real engine and database, with mails caught by GreenMail. */
@AqbSpringBootTest
class ZielvereinbarungProzessTest {

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired ProcessEngine engine;
  @Autowired JdbcClient jdbc;
  @Autowired Veroeffentlichungen veroeffentlichungen;
  @Autowired TestRestTemplate rest;

  static final LocalDate HEUTE = LocalDate.now();

  @BeforeEach
  void setUp() {
    init(engine);
  }

  @AfterEach
  void gibJahreFrei() {
    // every test may start any body/year again
    jdbc.sql("update aqb_foerderfall set aktiv_schluessel = null").update();
  }

  ZielvereinbarungTreiber wiesbaden() {
    return new ZielvereinbarungTreiber(engine, "06414");
  }

  @Test
  void geradeDurchBisZurVeroeffentlichung() throws Exception {
    var fall = wiesbaden();
    fall.starte(2025);
    // AQB-2025-06414, or AQB-2025-06414-n when another test of this run registered Wiesbaden 2025 before
    String nummer = fall.foerderfall.getBusinessKey();
    assertThat(nummer).startsWith("AQB-2025-06414");
    assertThat(fall.zielvereinbarung()).hasBusinessKey(nummer).isWaitingAt("Task_ErstelleEntwurf");
    assertThat(fall.zielvereinbarung().getTenantId()).isEqualTo("kommune-06414");

    fall.erstelleEntwurf(ZielvereinbarungTreiber.entwurf(SeedZielvereinbarungen.wiesbaden2025()));
    assertThat(fall.zielvereinbarung()).isWaitingAt("Task_ErzeugeEntwurf");
    fall.fuehreJobsAus();
    assertThat(fall.zielvereinbarung()).isWaitingAt("Task_PruefeEntwurf");
    assertThat(fall.zielvereinbarung()).variables().containsEntry("budgetCent", 281246000L)
        .containsEntry("budgetAnzeige", "2.812.460,00 €").containsKey("zielvereinbarungPdf");

    fall.pruefe(true, null);
    assertThat(fall.aufgabe("Task_UnterzeichneGebietskoerperschaft")).as("Gebietskörperschaft erst nach dem Ministerium").isNull();
    fall.fuehreJobsAus();
    MimeMessage anforderung = letzteMail("Unterzeichnung durch das Ministerium erbeten");
    assertThat(empfaenger(anforderung)).containsExactlyInAnyOrder(ZielvereinbarungTreiber.HMSI_ZB + "@example.org",
        ZielvereinbarungTreiber.HMSI_SB + "@example.org");
    assertThat(text(anforderung)).contains("/camunda/app/tasklist/default/#/?task="
        + fall.aufgabe("Task_UnterzeichneMinisterium").getId());
    assertThat(anhaenge(anforderung)).containsExactly("Zielvereinbarung-2025-Landeshauptstadt-Wiesbaden-Entwurf.pdf");

    fall.unterzeichne("ministerium", "Wiesbaden", HEUTE.minusDays(0));
    fall.fuehreJobsAus();
    MimeMessage anforderungGk = letzteMail("Unterzeichnung durch die Gebietskörperschaft erbeten");
    assertThat(empfaenger(anforderungGk)).containsExactlyInAnyOrder(fall.gkZeichnung + "@example.org",
        fall.gkSachbearbeitung + "@example.org");

    assertThat(veroeffentlichungen.eintrag(nummer)).isEmpty();
    fall.unterzeichne("gebietskoerperschaft", "Wiesbaden", HEUTE);
    fall.fuehreJobsAus();
    MimeMessage endfassung = letzteMail("von beiden Seiten unterzeichnet");
    assertThat(empfaenger(endfassung)).containsExactlyInAnyOrder(ZielvereinbarungTreiber.HMSI_ZB + "@example.org",
        ZielvereinbarungTreiber.HMSI_SB + "@example.org", fall.gkZeichnung + "@example.org", fall.gkSachbearbeitung + "@example.org");
    assertThat(anhaenge(endfassung)).containsExactly("Zielvereinbarung-2025-Landeshauptstadt-Wiesbaden-unterzeichnet.pdf");
    assertThat(rest.getForObject("/portal/zielvereinbarungen.json", String.class)).doesNotContain("\"" + nummer + "\"");

    fall.bestaetigeEingang(HEUTE);
    fall.fuehreJobsAus();
    assertThat(fall.foerderfall).hasPassed("CallActivity_Zielvereinbarung").isWaitingAt("CallActivity_AntragBescheid");
    var eintrag = veroeffentlichungen.eintrag(nummer).orElseThrow();
    assertThat(eintrag.budgetCent()).isEqualTo(281246000L);
    assertThat(eintrag.projekte().get("3. Qualifizierungsprojekte zur Arbeitsmarktintegration, Fachkräftesicherung"))
        .contains("Glad to Care - Berufswege für Frauen");
    assertThat(rest.getForObject("/portal/zielvereinbarungen.json", String.class)).contains("\"" + nummer + "\"");
    assertThat(rest.getForObject("/portal/zielvereinbarungen", String.class)).contains("Landeshauptstadt Wiesbaden")
        .contains("2.812.460,00 €");
    assertThat(rest.getForEntity("/portal/zielvereinbarungen/" + nummer + ".pdf", byte[].class).getBody()).startsWith("%PDF".getBytes());
  }

  @Test
  void eineAenderungsrundeFuehrtZurueckZumMinisterium() {
    var fall = new ZielvereinbarungTreiber(engine, "06437");
    fall.starte(2025);
    fall.erstelleEntwurf(ZielvereinbarungTreiber.entwurf(SeedZielvereinbarungen.odenwaldkreis2025()));
    fall.fuehreJobsAus();
    fall.pruefe(false, "Bitte „Beratung on Tour“ unter Maßnahmenart 1 führen.");
    assertThat(fall.zielvereinbarung()).isWaitingAt("Task_ErstelleEntwurf").variables()
        .containsEntry("aenderungswunsch", "Bitte „Beratung on Tour“ unter Maßnahmenart 1 führen.")
        .containsEntry("entwurfAkzeptiert", false);
    String runden = engine.getRuntimeService().getVariable(fall.zvId(), "pruefrunden").toString();
    assertThat(runden).contains("\"runde\":1").contains(fall.gkSachbearbeitung).contains("Änderung erbeten");

    fall.erstelleEntwurf(ZielvereinbarungTreiber.entwurf(SeedZielvereinbarungen.odenwaldkreis2025()));
    fall.fuehreJobsAus();
    fall.pruefe(true, null);
    assertThat(fall.zielvereinbarung()).isWaitingAt("Task_UnterzeichneMinisterium", "Task_FordereUnterzeichnungMinisteriumAn");
    assertThat(engine.getRuntimeService().getVariable(fall.zvId(), "pruefrunden").toString())
        .contains("\"runde\":2").contains("Zustimmung");
  }

  @Test
  void zweiAenderungsrundenWerdenAlleProtokolliert() {
    var fall = new ZielvereinbarungTreiber(engine, "06431");
    fall.starte(2026);
    var werte = ZielvereinbarungTreiber.entwurf(SeedZielvereinbarungen.odenwaldkreis2025());
    for (String wunsch : List.of("Budget prüfen", "Titel der Unterzeichnerin korrigieren")) {
      fall.erstelleEntwurf(werte);
      fall.fuehreJobsAus();
      fall.pruefe(false, wunsch);
    }
    fall.erstelleEntwurf(werte);
    fall.fuehreJobsAus();
    fall.pruefe(true, null);
    String runden = engine.getRuntimeService().getVariable(fall.zvId(), "pruefrunden").toString();
    assertThat(runden).contains("Budget prüfen").contains("Titel der Unterzeichnerin korrigieren").contains("\"runde\":3");
    assertThat(fall.zielvereinbarung()).isWaitingAt("Task_UnterzeichneMinisterium", "Task_FordereUnterzeichnungMinisteriumAn");
  }

  @Test
  void erinnerungenBeiPruefungUndUnterzeichnung() throws Exception {
    var fall = new ZielvereinbarungTreiber(engine, "06432");
    fall.starte(2025);
    fall.erstelleEntwurf(ZielvereinbarungTreiber.entwurf(SeedZielvereinbarungen.odenwaldkreis2025()));
    fall.fuehreJobsAus();

    fall.loeseErinnerungAus("BoundaryEvent_PruefungUeberfaellig");
    fall.fuehreJobsAus();
    MimeMessage erinnerung = letzteMail("wartet auf Ihre Prüfung");
    assertThat(empfaenger(erinnerung)).contains(fall.gkSachbearbeitung + "@example.org", fall.gkZeichnung + "@example.org");
    assertThat(fall.zielvereinbarung()).isWaitingAt("Task_PruefeEntwurf");

    fall.pruefe(true, null);
    fall.fuehreJobsAus();
    fall.loeseErinnerungAus("BoundaryEvent_UnterzeichnungMinisteriumUeberfaellig");
    fall.fuehreJobsAus();
    assertThat(letzteMail("Erinnerung: Zielvereinbarung 2025").getSubject()).contains("durch das Ministerium");

    fall.unterzeichne("ministerium", "Wiesbaden", HEUTE);
    fall.fuehreJobsAus();
    fall.loeseErinnerungAus("BoundaryEvent_UnterzeichnungGebietskoerperschaftUeberfaellig");
    fall.fuehreJobsAus();
    MimeMessage erinnerungGk = letzteMail("Unterzeichnung durch die Gebietskörperschaft erbeten");
    assertThat(erinnerungGk.getSubject()).startsWith("Erinnerung: ");
    assertThat(empfaenger(erinnerungGk)).contains(fall.gkZeichnung + "@example.org");
    assertThat(fall.zielvereinbarung()).isWaitingAt("Task_UnterzeichneGebietskoerperschaft");
  }

  @Test
  void stornierungBeendetDenFallUndGibtDasJahrFrei() {
    var fall = new ZielvereinbarungTreiber(engine, "06433");
    fall.starte(2025);
    fall.erstelleEntwurf(Map.of("entwurfAktion", "stornieren", "stornoGrund", "Doppelt angelegt"));
    fall.fuehreJobsAus();
    assertThat(fall.foerderfall).isEnded().hasPassed("Task_StorniereFoerderfall", "EndEvent_FoerderfallStorniert");
    assertThat(jdbc.sql("select status from aqb_foerderfall where nummer = 'AQB-2025-06433'").query(String.class).single())
        .isEqualTo("STORNIERT");

    var neu = new ZielvereinbarungTreiber(engine, "06433");
    neu.starte(2025);
    assertThat(neu.foerderfall).hasBusinessKey("AQB-2025-06433-2");
  }

  @Test
  void mailserverAusfallWirdZumIncidentUndNachDerBehebungGenauEinmalZugestellt() throws Exception {
    var fall = new ZielvereinbarungTreiber(engine, "06534");
    fall.starte(2025);
    fall.erstelleEntwurf(ZielvereinbarungTreiber.entwurf(SeedZielvereinbarungen.odenwaldkreis2025()));
    fall.fuehreJobsAus();
    fall.pruefe(true, null);
    var managementService = engine.getManagementService();
    var mailJob = managementService.createJobQuery().processInstanceId(fall.zvId())
        .activityId("Task_FordereUnterzeichnungMinisteriumAn").singleResult();
    int vorher = greenMail.getReceivedMessages().length;
    greenMail.stop();
    try {
      for (int versuch = 0; versuch < 3; versuch++) {
        try {
          managementService.executeJob(mailJob.getId());
        } catch (RuntimeException erwartet) {
          // SMTP not reachable
        }
      }
      var incident = engine.getRuntimeService().createIncidentQuery().processInstanceId(fall.zvId()).singleResult();
      assertThat(incident).as("Incident im Cockpit").isNotNull();
      assertThat(incident.getActivityId()).isEqualTo("Task_FordereUnterzeichnungMinisteriumAn");
      assertThat(fall.aufgabe("Task_UnterzeichneMinisterium")).as("die Unterzeichnung kann trotzdem erfolgen").isNotNull();
    } finally {
      greenMail.start();
    }
    managementService.setJobRetries(mailJob.getId(), 1);
    managementService.executeJob(mailJob.getId());
    assertThat(greenMail.getReceivedMessages().length - vorher).as("genau eine Mail je Empfänger").isEqualTo(2);
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(fall.zvId()).count()).isZero();
  }

  private static MimeMessage letzteMail(String betreffTeil) throws Exception {
    List<MimeMessage> passend = Arrays.stream(greenMail.getReceivedMessages())
        .filter(m -> betreff(m).contains(betreffTeil)).toList();
    assertThat(passend).as("Mail mit Betreff „" + betreffTeil + "“").isNotEmpty();
    return passend.get(passend.size() - 1);
  }

  private static String betreff(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static List<String> empfaenger(MimeMessage mail) throws Exception {
    return Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
  }

  /** The plain-text part of a mail. */
  static String text(MimeMessage mail) throws Exception {
    return text(mail.getContent());
  }

  private static String text(Object inhalt) throws Exception {
    if (inhalt instanceof String s) {
      return s;
    }
    StringBuilder text = new StringBuilder();
    if (inhalt instanceof MimeMultipart teile) {
      for (int i = 0; i < teile.getCount(); i++) {
        var teil = teile.getBodyPart(i);
        if (teil.isMimeType("text/plain") || teil.isMimeType("multipart/*")) {
          text.append(text(teil.getContent()));
        }
      }
    }
    return text.toString();
  }

  static List<String> anhaenge(MimeMessage mail) throws Exception {
    MimeMultipart teile = (MimeMultipart) mail.getContent();
    List<String> namen = new java.util.ArrayList<>();
    for (int i = 0; i < teile.getCount(); i++) {
      if (teile.getBodyPart(i).getFileName() != null) {
        namen.add(teile.getBodyPart(i).getFileName());
      }
    }
    return namen;
  }
}

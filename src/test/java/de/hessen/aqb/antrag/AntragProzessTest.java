package de.hessen.aqb.antrag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.hessen.aqb.foerderbudget.Foerderbudget;
import de.hessen.aqb.plattform.ProzessVariable;
import de.hessen.aqb.testsupport.AqbSpringBootTest;
import de.hessen.aqb.zielvereinbarung.domain.SeedZielvereinbarungen;
import jakarta.mail.internet.MimeMessage;
import de.hessen.aqb.identity.TasklistFilterEinrichtung;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of "Antrag, Prüfung und Bescheid" on the real engine, mails caught by GreenMail. */
@AqbSpringBootTest
class AntragProzessTest {

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired ProcessEngine engine;
  @Autowired Foerderbudget foerderbudget;

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final long[] WIESBADEN = {300000, 300000, 300000, 300000, 300000, 300000, 300000, 300000, 412460};

  @BeforeEach
  void setUp() {
    init(engine);
  }

  static String nummer() {
    return "AQB-2025-T" + UUID.randomUUID().toString().substring(0, 8);
  }

  AntragTreiber eingereicht(String kreisschluessel, String nummer) {
    var fall = new AntragTreiber(engine, kreisschluessel);
    fall.starte(SeedZielvereinbarungen.wiesbaden2025(), nummer);
    ArrayNode massnahmen = fall.vollstaendig(WIESBADEN);
    fall.erfasse(massnahmen);
    fall.reicheEin(massnahmen);
    return fall;
  }

  @Test
  void vollbewilligungMitVierAugenUndBuchung() throws Exception {
    String nummer = nummer();
    var fall = eingereicht("06414", nummer);
    assertThat(fall.antrag).isWaitingAt("Task_PruefeAntrag");
    assertThat(fall.variable("pruefergebnis").toString()).doesNotContain("NICHT erfüllt");
    assertThat(engine.getRuntimeService().getVariable(fall.antrag.getId(), "alleRegelnErfuellt")).isEqualTo(true);

    fall.pruefe("entscheiden", null, null);
    assertThat(fall.antrag).isWaitingAt("Task_EntwerfeBescheid");
    assertThat(engine.getRuntimeService().getVariable(fall.antrag.getId(), "aktenzeichen")).isEqualTo("57 AQB " + nummer.substring(4));
    fall.entwerfeBescheid(Map.of("entscheidungsart", "voll"));
    assertThat(fall.antrag).isWaitingAt("Task_GibBescheidFrei");

    fall.gibFrei(AntragTreiber.RP_FREIGABE, "freigeben", null);
    assertThat(fall.antrag).isEnded().hasPassed("EndEvent_BescheidErlassen");
    assertThat(foerderbudget.summeBewilligtCent(nummer)).isEqualTo(281_246_000L);
    assertThat(foerderbudget.bewilligungen(nummer)).hasSize(9)
        .allSatisfy(b -> assertThat(b.aktenzeichen()).isEqualTo("57 AQB " + nummer.substring(4)));
    assertThat(foerderbudget.bescheid("57 AQB " + nummer.substring(4))).contains("VOLLBEWILLIGUNG");

    MimeMessage mail = Arrays.stream(greenMail.getReceivedMessages())
        .filter(m -> betreff(m).contains("57 AQB " + nummer.substring(4))).findFirst().orElseThrow();
    assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(fall.gkSachbearbeitung + "@example.org");
    assertThat(mail.getContentType()).startsWith("multipart");
  }

  @Test
  void teilbewilligungBuchtDieGekuerztenBetraegeJeHaushaltsjahr() {
    String nummer = nummer();
    var fall = new AntragTreiber(engine, "06414");
    fall.starte(SeedZielvereinbarungen.wiesbaden2025(), nummer);
    ArrayNode massnahmen = fall.vollstaendig(WIESBADEN);
    ObjectNode mehrjaehrig = (ObjectNode) massnahmen.get(4);
    mehrjaehrig.put("ende", "2026-08-31");
    mehrjaehrig.put("hj1", "200000");
    mehrjaehrig.put("hj2", "100000");
    fall.erfasse(massnahmen);
    fall.reicheEin(massnahmen);
    fall.pruefe("entscheiden", null, null);
    ArrayNode bewilligungen = (ArrayNode) fall.variable("bewilligungen");
    ((ObjectNode) bewilligungen.get(4)).put("bewilligt", "250000").put("hj1", "150000").put("hj2", "100000");
    fall.entwerfeBescheid(Map.of("entscheidungsart", "teil", "bewilligungen", ProzessVariable.alsJson(bewilligungen),
        "begruendung", "Maßnahme 5: Sachkosten nicht zuwendungsfähig."));
    fall.gibFrei(AntragTreiber.RP_FREIGABE, "freigeben", null);

    assertThat(foerderbudget.summeBewilligtCent(nummer)).isEqualTo(281_246_000L - 5_000_000L);
    assertThat(foerderbudget.bewilligungen(nummer)).filteredOn(b -> b.massnahmeId().equals("M5"))
        .extracting(b -> b.haushaltsjahr() + ":" + b.betragCent()).containsExactly("2025:15000000", "2026:10000000");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(fall.antrag.getId())
        .variableName("bescheidArt").singleResult().getValue()).isEqualTo("TEILBEWILLIGUNG");
  }

  @Test
  void ablehnungMitBegruendungBuchtNichts() {
    String nummer = nummer();
    var fall = eingereicht("06414", nummer);
    fall.pruefe("entscheiden", null, null);
    assertThatThrownBy(() -> fall.entwerfeBescheid(Map.of("entscheidungsart", "ablehnung")))
        .hasMessageContaining("Bitte die Ablehnung begründen.");
    fall.entwerfeBescheid(Map.of("entscheidungsart", "ablehnung", "begruendung", "Regionale Strategie fehlt.\nFrist versäumt."));
    fall.gibFrei(AntragTreiber.RP_FREIGABE, "freigeben", null);
    assertThat(fall.antrag).isEnded();
    assertThat(foerderbudget.bescheid("57 AQB " + nummer.substring(4))).contains("ABLEHNUNG");
    assertThat(foerderbudget.summeBewilligtCent(nummer)).isZero();
  }

  @Test
  void zweiNachforderungenWerdenBeantwortetUndProtokolliert() {
    var fall = eingereicht("06414", nummer());
    String frist = LocalDate.now().plusDays(14).toString();
    for (String text : new String[] {"Bitte Kostenplan für FIB nachreichen.", "Bitte Trägervertrag beifügen."}) {
      fall.pruefe("nachfordern", text, frist);
      assertThat(fall.antrag).isWaitingAt("Task_BeantworteNachforderung");
      ArrayNode massnahmen = (ArrayNode) fall.variable("massnahmen");
      fall.erledige("Task_BeantworteNachforderung", fall.gkSachbearbeitung, Map.of("nachforderungAntwort", "Anbei.",
          "massnahmen", ProzessVariable.alsJson(massnahmen)));
      assertThat(fall.antrag).isWaitingAt("Task_PruefeAntrag");
    }
    String runden = fall.variable("nachforderungen").toString();
    assertThat(runden).contains("Kostenplan für FIB").contains("Trägervertrag").contains("\"runde\":2").contains("\"antwort\":\"Anbei.\"");
  }

  @Test
  void dieNachforderungKommtAmFristtagInDieWiedervorlageDesRp() {
    var fall = eingereicht("06414", nummer());
    LocalDate frist = LocalDate.now(BERLIN).plusDays(14);
    fall.pruefe("nachfordern", "Bitte Kostenplan nachreichen.", frist.toString());
    var aufgabe = fall.aufgabe("Task_BeantworteNachforderung");
    assertThat(aufgabe.getFollowUpDate()).isEqualTo(Date.from(frist.atStartOfDay(BERLIN).toInstant()));
    assertThat(aufgabe.getDescription()).startsWith("Reichen Sie die vom Regierungspräsidium nachgeforderten Unterlagen");
    String wiedervorlage = engine.getFilterService().createFilterQuery()
        .filterName(TasklistFilterEinrichtung.WIEDERVORLAGE).singleResult().getId();
    try {
      ClockUtil.setCurrentTime(Date.from(frist.minusDays(1).atTime(12, 0).atZone(BERLIN).toInstant()));
      assertThat(fall.als(AntragTreiber.RP_PRUEFUNG, () -> engine.getFilterService().list(wiedervorlage)))
          .extracting(t -> ((org.camunda.bpm.engine.task.Task) t).getId()).doesNotContain(aufgabe.getId());
      ClockUtil.setCurrentTime(Date.from(frist.atTime(8, 0).atZone(BERLIN).toInstant()));
      assertThat(fall.als(AntragTreiber.RP_PRUEFUNG, () -> engine.getFilterService().list(wiedervorlage)))
          .extracting(t -> ((org.camunda.bpm.engine.task.Task) t).getId()).contains(aufgabe.getId());
    } finally {
      ClockUtil.reset();
    }
  }

  @Test
  void nachforderungBrauchtTextUndKuenftigeFrist() {
    var fall = eingereicht("06414", nummer());
    assertThatThrownBy(() -> fall.pruefe("nachfordern", null, LocalDate.now().plusDays(3).toString()))
        .hasMessageContaining("welche Unterlagen");
    assertThatThrownBy(() -> fall.pruefe("nachfordern", "Belege", LocalDate.now().toString()))
        .hasMessageContaining("muss in der Zukunft liegen");
    assertThat(fall.antrag).isWaitingAt("Task_PruefeAntrag");
  }

  @Test
  void erinnerungVorDerAntragsfristUndMeldungAnDasMinisteriumDanach() {
    var fall = new AntragTreiber(engine, "06414");
    fall.starte(SeedZielvereinbarungen.wiesbaden2025(), nummer());
    int vorher = greenMail.getReceivedMessages().length;
    fall.loeseTimerAus("BoundaryEvent_AntragsfristNaht");
    fall.loeseTimerAus("BoundaryEvent_AntragsfristAbgelaufen");
    var neu = Arrays.copyOfRange(greenMail.getReceivedMessages(), vorher, greenMail.getReceivedMessages().length);
    assertThat(Arrays.stream(neu).map(AntragProzessTest::betreff)).anyMatch(b -> b.startsWith("Erinnerung: Antrag AQB 2025"))
        .anyMatch(b -> b.endsWith("Antragsfrist abgelaufen"));
    assertThat(fall.antrag).isWaitingAt("Task_ErfasseAntrag");
  }

  @Test
  void zurueckgegebenerEntwurfBehaeltDieBetraege() {
    var fall = eingereicht("06414", nummer());
    fall.pruefe("entscheiden", null, null);
    fall.entwerfeBescheid(Map.of("entscheidungsart", "voll"));
    assertThatThrownBy(() -> fall.gibFrei(AntragTreiber.RP_FREIGABE, "zurueck", null)).hasMessageContaining("was am Bescheidentwurf zu ändern ist");
    fall.gibFrei(AntragTreiber.RP_FREIGABE, "zurueck", "Aktenzeichen prüfen");
    assertThat(fall.antrag).isWaitingAt("Task_EntwerfeBescheid");
    assertThat(fall.variable("bewilligungen")).hasSize(9);
  }

  static String betreff(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static Map<String, Object> werte(Object... paare) {
    Map<String, Object> werte = new HashMap<>();
    for (int i = 0; i < paare.length; i += 2) {
      werte.put((String) paare[i], paare[i + 1]);
    }
    return werte;
  }
}

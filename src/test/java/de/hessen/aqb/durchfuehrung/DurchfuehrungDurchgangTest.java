package de.hessen.aqb.durchfuehrung;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import static de.hessen.aqb.aenderungsantrag.AenderungsantragTreiber.antrag;
import static de.hessen.aqb.aenderungsantrag.AenderungsantragTreiber.entwurf;
import static de.hessen.aqb.aenderungsantrag.AenderungsantragTreiber.freigabe;

import de.hessen.aqb.aenderungsantrag.AenderungsantragTreiber;
import de.hessen.aqb.dokument.PdfText;
import de.hessen.aqb.fall.Fallregister;
import de.hessen.aqb.foerderbudget.Foerderbudget;
import de.hessen.aqb.foerderbudget.Mittelabrufe;
import de.hessen.aqb.identity.Gruppen;
import de.hessen.aqb.testsupport.Anmeldung;
import de.hessen.aqb.testsupport.AqbSpringBootTest;
import de.hessen.aqb.testsupport.StellbareUhr;
import de.hessen.aqb.umsetzungsbesprechung.Umsetzungsbesprechungen;
import de.hessen.aqb.umsetzungsbesprechung.UmsetzungsbesprechungTreiber;
import de.hessen.aqb.zielvereinbarung.portal.Veroeffentlichungen;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One case through the whole Durchführung on the real engine and database (H2, and PostgreSQL with -Ppostgres): from the
 * Bescheid through three Mittelabrufe — two of them open side by side, one reduced —, an Änderungsanzeige, an
 * Änderungsbescheid (Vier-Augen) and the autumn Umsetzungsbesprechung to the body closing the stage; the ledger's figures,
 * the chain of Bescheide, the mails and the minutes' PDF checked on the way.
 */
@AqbSpringBootTest
class DurchfuehrungDurchgangTest {

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  static final String HMSI = "dg.hmsi.sachbearbeitung";

  @Autowired ProcessEngine engine;
  @Autowired Fallregister register;
  @Autowired Foerderbudget budget;
  @Autowired Mittelabrufe mittelabrufe;
  @Autowired Umsetzungsbesprechungen besprechungen;
  @Autowired StellbareUhr uhr;
  @Autowired Veroeffentlichungen portal;

  @Test
  void vomBescheidUeberDreiMittelabrufeUndDieUmsetzungsbesprechungBisZumAbschluss() throws Exception {
    init(engine);
    Anmeldung.benutzer(engine.getIdentityService(), HMSI, Gruppen.HMSI);
    AenderungsantragTreiber aenderung = new AenderungsantragTreiber(engine, register, portal, budget, "06414", 200_000,
        LocalDate.now().plusYears(2), 100_000, 60_000);
    DurchfuehrungTreiber fall = aenderung.fall;
    String nr = fall.foerderfallNummer;
    fall.starteStufe();

    // 1 and 2 open side by side; the RP reduces the second and pays the first in full
    String erster = fall.rufeAb(Map.of("M1", "30.000", "M2", "10.000"), 30, "Honorare Dezember");
    String zweiter = fall.rufeAb(Map.of("M1", "20.000"), 20, "Raummiete Januar");
    assertThat(fall.variable("offenAnzeige")).isEqualTo("60.000,00 €");
    fall.entscheide(zweiter, "kuerzen", Map.of("M1", "15.000"), "Die Miete für Februar ist noch nicht fällig.");
    fall.entscheide(erster, "auszahlen", null, null);

    // an Änderungsanzeige within the 20 % tolerance: 10.000 € from measure 2 to measure 1, acknowledged by the RP
    aenderung.instanz = instanz(fall.neuerAenderungsantrag());
    aenderung.stelle(antrag(Map.of("M1", "110.000", "M2", "50.000"), null, "Maßnahme 1 hat mehr Teilnehmende."));
    aenderung.erledige("Task_NimmAenderungsanzeigeZurKenntnis", DurchfuehrungTreiber.RP, Map.of("kenntnisBemerkung", "passt"));
    // an Änderungsbescheid beyond it: 30.000 € back to measure 2, drafted by one clerk, released by another
    aenderung.instanz = instanz(fall.neuerAenderungsantrag());
    aenderung.stelle(antrag(Map.of("M1", "80.000", "M2", "80.000"), null, "Maßnahme 2 verlängert ihre Kurse."));
    aenderung.erledige("Task_EntwerfeAenderungsbescheid", DurchfuehrungTreiber.RP, entwurf("bewilligen", Map.of(), null));
    aenderung.erledige("Task_GibAenderungsbescheidFrei", AenderungsantragTreiber.RP_ZWEI, freigabe("freigeben", null));
    assertThat(budget.bescheide(nr)).extracting(Foerderbudget.Bescheideintrag::art)
        .containsExactly("VOLLBEWILLIGUNG", "AENDERUNGSANZEIGE", "AENDERUNGSBESCHEID");
    assertThat(budget.bewilligtJeMassnahme(nr)).extracting(Foerderbudget.MassnahmeBewilligt::betragCent)
        .containsExactly(8_000_000L, 8_000_000L);
    assertThat(mails("Änderungsantrag Nr. ")).hasSize(2);
    String aenderungsbescheid = PdfText.text(budget.bescheidPdf(budget.erlassenerBescheid(nr).orElseThrow().aktenzeichen()).orElseThrow());
    assertThat(aenderungsbescheid).contains("Änderungsbescheid", fall.aktenzeichen(), "80.000,00");
    assertThat(fall.variable("bescheidHistorie").toString()).contains("Änderungsanzeige", "Änderungsbescheid");

    // 3: the rest of measure 2 as the Änderungsbescheid set it
    fall.entscheide(fall.rufeAb(Map.of("M2", "70.000"), 30, "Honorare Januar und Februar"), "auszahlen", null, null);

    assertThat(mittelabrufe.ausgezahltJeMassnahme(nr)).containsEntry("M1", 4_500_000L).containsEntry("M2", 8_000_000L);
    assertThat(mittelabrufe.summeAusgezahltCent(nr)).isEqualTo(12_500_000L);
    assertThat(fall.variable("ausgezahltAnzeige")).isEqualTo("125.000,00 €");
    assertThat(fall.variable("verfuegbarAnzeige")).isEqualTo("35.000,00 €");
    assertThat(fall.variable("massnahmenStand").toString()).contains("\"verfuegbar\":\"35.000,00 €\"", "\"verfuegbar\":\"0,00 €\"");
    assertThat(mails("Mittelabruf Nr. ")).hasSize(3);
    assertThat(fall.durchfuehrung).isWaitingAt("Task_WaehleAnliegen");

    // autumn: the ministry's loop sets up the Umsetzungsbesprechung; scheduled, recorded, minutes mailed
    fall.treiber.loeseTimerAus("TimerEvent_HerbstterminErreicht");
    ProcessInstance besprechung = fall.treiber.instanz("umsetzungsbesprechung");
    int jahr = (Integer) engine.getRuntimeService().getVariable(besprechung.getId(), "besprechungJahr");
    LocalDate tag = LocalDate.of(jahr, 9, 15);
    // the meeting is recorded on its day
    uhr.stelle(tag.atTime(9, 0).atZone(ZoneId.of("Europe/Berlin")).toInstant());
    try {
      fall.treiber.erledige("Task_TerminiereUmsetzungsbesprechung", HMSI, UmsetzungsbesprechungTreiber.termin(tag, "10:00",
          "Rathaus Wiesbaden", List.of(fall.gkSachbearbeitung, DurchfuehrungTreiber.RP, HMSI), "Stand der Maßnahmen"));
      assertThat(mails("Einladung: Umsetzungsbesprechung AQB")).hasSize(1);
      fall.treiber.erledige("Task_ProtokolliereUmsetzungsbesprechung", HMSI, UmsetzungsbesprechungTreiber.protokoll(
          "Beide Maßnahmen laufen planmäßig; Maßnahme 2 ist vollständig abgerufen.", List.of(fall.gkSachbearbeitung,
              DurchfuehrungTreiber.RP), List.of(List.of("Teilnehmendenliste der Maßnahme 1 nachreichen", "gebietskoerperschaft",
              tag.plusDays(30).toString()))));
    } finally {
      uhr.zurueck();
    }
    String protokoll = PdfText.text(besprechungen.pdf(nr, jahr).orElseThrow());
    assertThat(protokoll).contains("Protokoll der Umsetzungsbesprechung " + jahr, "Maßnahme 2 ist vollständig abgerufen",
        "Teilnehmendenliste der Maßnahme 1 nachreichen");
    assertThat(mails("Protokoll der Umsetzungsbesprechung AQB")).hasSize(1);
    assertThat(fall.treiber.aufgabe("Task_NimmProtokollZurKenntnis")).isNotNull();

    // the body closes the stage; the meeting's follow-up stays open as the body's task
    fall.schliesseAb();
    assertThat(fall.durchfuehrung).isEnded().hasPassed("EndEvent_DurchfuehrungAbgeschlossen", "EndEvent_BesprechungenBeendet");
    assertThat(fall.treiber.aufgaben("Task_HalteVereinbarungNach")).hasSize(1);
    assertThat(mittelabrufe.summeAusgezahltCent(nr)).isLessThanOrEqualTo(budget.summeBewilligtCent(nr));
  }

  private ProcessInstance instanz(String id) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
  }

  /** The distinct mails (one subject each; GreenMail keeps one copy per recipient) whose subject starts so. */
  private List<String> mails(String betreffAnfang) {
    return Arrays.stream(greenMail.getReceivedMessages()).map(m -> {
      try {
        return m.getSubject();
      } catch (Exception e) {
        return "";
      }
    }).filter(betreff -> betreff.startsWith(betreffAnfang)).distinct().toList();
  }
}

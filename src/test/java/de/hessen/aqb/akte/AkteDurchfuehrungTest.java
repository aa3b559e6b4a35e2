package de.hessen.aqb.akte;

import static de.hessen.aqb.aenderungsantrag.AenderungsantragTreiber.antrag;
import static de.hessen.aqb.aenderungsantrag.AenderungsantragTreiber.entwurf;
import static de.hessen.aqb.aenderungsantrag.AenderungsantragTreiber.freigabe;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.hessen.aqb.aenderungsantrag.AenderungsantragTreiber;
import de.hessen.aqb.dokument.ArchivPdf;
import de.hessen.aqb.dokument.PdfText;
import de.hessen.aqb.durchfuehrung.DurchfuehrungTreiber;
import de.hessen.aqb.fall.Fallregister;
import de.hessen.aqb.foerderbudget.Foerderbudget;
import de.hessen.aqb.identity.Gruppen;
import de.hessen.aqb.mail.MailProtokoll;
import de.hessen.aqb.testsupport.Anmeldung;
import de.hessen.aqb.testsupport.AqbSpringBootTest;
import de.hessen.aqb.testsupport.StellbareUhr;
import de.hessen.aqb.umsetzungsbesprechung.UmsetzungsbesprechungTreiber;
import de.hessen.aqb.umsetzungsbesprechung.Umsetzungsbesprechungen;
import de.hessen.aqb.zielvereinbarung.portal.Veroeffentlichungen;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * The case file in the middle of the Durchführung (H2, and PostgreSQL with -Ppostgres): a reduced Mittelabruf, an
 * Änderungsbescheid drafted by one RP clerk and released by another, the Umsetzungsbesprechung with its minutes — each
 * document in the Akte as issued, each decision with who and when, each mail.
 */
@AqbSpringBootTest
class AkteDurchfuehrungTest {

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  static final String HMSI = "akte.dg.hmsi";

  @Autowired ProcessEngine engine;
  @Autowired Fallregister register;
  @Autowired Foerderbudget budget;
  @Autowired Umsetzungsbesprechungen besprechungen;
  @Autowired StellbareUhr uhr;
  @Autowired Veroeffentlichungen portal;
  @Autowired MailProtokoll mailProtokoll;
  @Autowired TestRestTemplate rest;

  @Test
  void bescheideMittelabrufeAenderungUndProtokollMitVerlaufUndMails() {
    Anmeldung.benutzer(engine.getIdentityService(), HMSI, Gruppen.HMSI);
    AenderungsantragTreiber aenderung = new AenderungsantragTreiber(engine, register, portal, budget, "06414", 200_000,
        LocalDate.now().plusYears(2), 100_000, 60_000);
    DurchfuehrungTreiber fall = aenderung.fall;
    String nr = fall.foerderfallNummer;
    fall.starteStufe();
    fall.entscheide(fall.rufeAb(Map.of("M1", "30.000"), 30, "Honorare Dezember"), "kuerzen", Map.of("M1", "20.000"),
        "Nur die fälligen Honorare.");
    aenderung.instanz = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(fall.neuerAenderungsantrag())
        .singleResult();
    aenderung.stelle(antrag(Map.of("M1", "80.000", "M2", "80.000"), null, "Maßnahme 2 verlängert ihre Kurse."));
    aenderung.erledige("Task_EntwerfeAenderungsbescheid", DurchfuehrungTreiber.RP, entwurf("bewilligen", Map.of(), null));
    aenderung.erledige("Task_GibAenderungsbescheidFrei", AenderungsantragTreiber.RP_ZWEI, freigabe("freigeben", null));

    fall.treiber.loeseTimerAus("TimerEvent_HerbstterminErreicht");
    ProcessInstance besprechung = fall.treiber.instanz("umsetzungsbesprechung");
    int jahr = (Integer) engine.getRuntimeService().getVariable(besprechung.getId(), "besprechungJahr");
    LocalDate tag = LocalDate.of(jahr, 9, 15);
    uhr.stelle(tag.atTime(9, 0).atZone(ZoneId.of("Europe/Berlin")).toInstant());
    try {
      fall.treiber.erledige("Task_TerminiereUmsetzungsbesprechung", HMSI, UmsetzungsbesprechungTreiber.termin(tag, "10:00",
          "Rathaus Wiesbaden", List.of(fall.gkSachbearbeitung, DurchfuehrungTreiber.RP, HMSI), "Stand der Maßnahmen"));
      fall.treiber.erledige("Task_ProtokolliereUmsetzungsbesprechung", HMSI, UmsetzungsbesprechungTreiber.protokoll(
          "Beide Maßnahmen laufen planmäßig.", List.of(fall.gkSachbearbeitung, DurchfuehrungTreiber.RP),
          List.of(List.of("Teilnehmendenliste nachreichen", "gebietskoerperschaft", tag.plusDays(30).toString()))));
    } finally {
      uhr.zurueck();
    }

    HttpHeaders kopf = new HttpHeaders();
    kopf.setBasicAuth(HMSI, Anmeldung.PASSWORT);
    byte[] zip = rest.exchange("/api/akten/" + nr + ".zip", HttpMethod.GET, new HttpEntity<>(kopf), byte[].class).getBody();
    Map<String, byte[]> dateien = AkteTest.entpacke(zip);

    // every Bescheid as issued, in booking order
    var bescheide = budget.bescheide(nr);
    assertThat(bescheide).extracting(Foerderbudget.Bescheideintrag::art).containsExactly("VOLLBEWILLIGUNG", "AENDERUNGSBESCHEID");
    String aenderungsbescheid = dateien.keySet().stream().filter(n -> n.startsWith("03-Bescheide/2-Aenderungsbescheid-"))
        .findFirst().orElseThrow();
    assertThat(dateien.get(aenderungsbescheid)).isEqualTo(budget.bescheidPdf(bescheide.get(1).aktenzeichen()).orElseThrow());
    assertThat(dateien.get("06-Umsetzungsbesprechungen/Protokoll-" + jahr + ".pdf")).isEqualTo(besprechungen.pdf(nr, jahr).orElseThrow());
    // tagged PDF/A (ADR 18): the Änderungsbescheid and the minutes as issued
    PdfText.ablegen(dateien.get(aenderungsbescheid), "archiv-aenderungsbescheid.pdf");
    System.out.println("Änderungsbescheid: " + ArchivPdf.pruefe(dateien.get(aenderungsbescheid), bescheide.get(1).aktenzeichen()));
    PdfText.ablegen(dateien.get("06-Umsetzungsbesprechungen/Protokoll-" + jahr + ".pdf"), "archiv-protokoll.pdf");
    System.out.println("Protokoll: " + ArchivPdf.pruefe(dateien.get("06-Umsetzungsbesprechungen/Protokoll-" + jahr + ".pdf"),
        "Protokoll der Umsetzungsbesprechung " + jahr));
    assertThat(new String(dateien.get("04-Mittelabrufe/Mittelabrufe-und-Entscheidungen.csv"), StandardCharsets.UTF_8))
        .contains("1;gesamt;30.000,00 €;20.000,00 €;gekürzt ausgezahlt").contains("Nur die fälligen Honorare.");

    // every mail of the case, one file each
    var mails = mailProtokoll.desFalls(nr);
    assertThat(mails).extracting(MailProtokoll.Eintrag::betreff).anyMatch(b -> b.startsWith("Mittelabruf Nr. 1"))
        .anyMatch(b -> b.startsWith("Änderungsantrag Nr. 1")).anyMatch(b -> b.startsWith("Einladung: Umsetzungsbesprechung"))
        .anyMatch(b -> b.startsWith("Protokoll der Umsetzungsbesprechung"));
    assertThat(dateien.keySet().stream().filter(n -> n.startsWith("09-Mails/"))).hasSize(mails.size());

    String deckblatt = PdfText.text(dateien.get("00-Deckblatt.pdf"));
    assertThat(deckblatt).contains("Status in Bearbeitung")
        .contains("Test " + DurchfuehrungTreiber.RP + " Mittelabruf Nr. 1: gekürzt ausgezahlt")
        .contains("Test " + AenderungsantragTreiber.RP_ZWEI + " Änderungsantrag Nr. 1: freigegeben")
        .contains("Test " + DurchfuehrungTreiber.RP + " Änderungsantrag Nr. 1: Entscheidung entworfen")
        .contains("Test " + HMSI + " Umsetzungsbesprechung " + jahr + ": Protokoll aufgenommen")
        .contains("Test " + HMSI + " Umsetzungsbesprechung " + jahr + " angesetzt auf");
  }
}

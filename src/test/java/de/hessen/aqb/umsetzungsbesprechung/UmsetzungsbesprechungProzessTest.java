package de.hessen.aqb.umsetzungsbesprechung;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.hessen.aqb.dokument.PdfText;
import de.hessen.aqb.durchfuehrung.DurchfuehrungTreiber;
import de.hessen.aqb.fall.Fallregister;
import de.hessen.aqb.foerderbudget.Foerderbudget;
import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import de.hessen.aqb.identity.Sitzung;
import de.hessen.aqb.identity.TasklistFilterEinrichtung;
import de.hessen.aqb.testsupport.Anmeldung;
import de.hessen.aqb.testsupport.AqbSpringBootTest;
import de.hessen.aqb.testsupport.Rest;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The whole Umsetzungsbesprechung on the real engine: set by the Durchführung's bean, scheduled by the ministry,
 * invitation mailed, recorded with two follow-ups, minutes as PDF mailed to the participants and downloadable by the
 * body only, and each follow-up back as a Wiedervorlage of its owner on its date.
 */
@AqbSpringBootTest
class UmsetzungsbesprechungProzessTest {

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  static final ZoneId HESSEN = ZoneId.of("Europe/Berlin");
  static final String FREMD = "ub.06412.sachbearbeitung";

  @Autowired ProcessEngine engine;
  @Autowired Fallregister register;
  @Autowired Foerderbudget budget;
  @Autowired Umsetzungsbesprechungen besprechungen;
  @Autowired Vereinbarungen vereinbarungen;
  @Autowired TestRestTemplate rest;

  UmsetzungsbesprechungTreiber ub;
  LocalDate heute;

  @BeforeEach
  void fall() {
    init(engine);
    heute = LocalDate.now(HESSEN);
    ub = new UmsetzungsbesprechungTreiber(engine, register, budget, "06414", heute.plusYears(2));
    Anmeldung.benutzer(engine.getIdentityService(), FREMD, "kommune-06412");
  }

  @AfterEach
  void uhr() {
    ClockUtil.reset();
  }

  @Test
  void vonDerTerminierungBisZurErledigtenWiedervorlage() throws Exception {
    String gk = ub.fall.gkSachbearbeitung;
    String rp = DurchfuehrungTreiber.RP;
    ub.setzeAn(null);
    var besprechung = ub.besprechung();
    assertThat(besprechung).isWaitingAt("Task_TerminiereUmsetzungsbesprechung");
    assertThat(besprechung.getTenantId()).isEqualTo("kommune-06414");
    assertThat(engine.getRuntimeService().getVariable(besprechung.getId(), "bewilligtAnzeige")).as("the case's figures")
        .isEqualTo("50.000,00 €");
    assertThat(engine.getRuntimeService().getVariable(besprechung.getId(), "massnahmenStand").toString()).contains("Maßnahme 1");
    assertThat(engine.getRuntimeService().getVariable(besprechung.getId(), "besprechungJahr")).isEqualTo(heute.getYear());
    assertThat(engine.getRuntimeService().getVariable(besprechung.getId(), "teilnehmendeAuswahl").toString())
        .contains("\"id\":\"" + gk + "\"", "\"name\":\"Test " + gk + "\"", "\"partei\":\"gebietskoerperschaft\"", "\"id\":\"" + rp + "\"")
        .doesNotContain(FREMD);

    assertThatThrownBy(() -> ub.erledige("Task_TerminiereUmsetzungsbesprechung", UmsetzungsbesprechungTreiber.HMSI,
        UmsetzungsbesprechungTreiber.termin(heute, "10:00", "Wiesbaden", List.of(gk, FREMD), null)))
        .hasRootCauseInstanceOf(UngueltigeEingabe.class).hasMessageContaining("„" + FREMD + "“ kann zu dieser Umsetzungsbesprechung nicht eingeladen werden.")
        .hasMessageContaining("Bitte mindestens eine Person des Regierungspräsidiums Kassel einladen.");
    assertThat(besprechung).isWaitingAt("Task_TerminiereUmsetzungsbesprechung");

    ub.erledige("Task_TerminiereUmsetzungsbesprechung", UmsetzungsbesprechungTreiber.HMSI, UmsetzungsbesprechungTreiber.termin(heute,
        "10:00", "Ministerium, Sonnenberger Straße 2, Wiesbaden", List.of(gk, rp, UmsetzungsbesprechungTreiber.HMSI), "Stand der Maßnahmen\nAusblick"));
    var termin = besprechungen.derInstanz(besprechung.getId());
    assertThat(termin.terminiertVon()).isEqualTo(UmsetzungsbesprechungTreiber.HMSI);
    assertThat(termin.termin()).isEqualTo(heute);
    MimeMessage einladung = mail("Einladung: Umsetzungsbesprechung AQB");
    assertThat(Arrays.stream(einladung.getAllRecipients()).map(Object::toString))
        .containsExactlyInAnyOrder(gk + "@example.org", rp + "@example.org", UmsetzungsbesprechungTreiber.HMSI + "@example.org");
    assertThat(GreenMailUtil.getBody(einladung)).contains("Sonnenberger Stra").contains("Ausblick");

    Task protokollieren = ub.treiber.aufgabe("Task_ProtokolliereUmsetzungsbesprechung");
    Date beginn = Date.from(heute.atTime(10, 0).atZone(HESSEN).toInstant());
    assertThat(protokollieren.getDueDate()).isEqualTo(beginn);
    assertThat(protokollieren.getFollowUpDate()).isEqualTo(beginn);
    LocalDate bis1 = heute.plusDays(30);
    LocalDate bis2 = heute.plusDays(60);
    ub.erledige("Task_ProtokolliereUmsetzungsbesprechung", UmsetzungsbesprechungTreiber.HMSI, UmsetzungsbesprechungTreiber.protokoll(
        "Die Maßnahmen laufen planmäßig.\n\nDie Teilnehmendenzahl der Maßnahme 2 liegt unter Plan.", List.of(gk, rp),
        List.of(List.of("Teilnehmendenzahlen der Maßnahme 2 melden", "gebietskoerperschaft", bis1.toString()),
            List.of("Offenen Mittelabruf entscheiden", "regierungspraesidium", bis2.toString()))));

    assertThat(besprechungen.derInstanz(besprechung.getId()).protokolliertVon()).isEqualTo(UmsetzungsbesprechungTreiber.HMSI);
    byte[] pdf = besprechungen.pdf(ub.nummer, heute.getYear()).orElseThrow();
    String text = PdfText.text(pdf);
    assertThat(text).contains("Protokoll der Umsetzungsbesprechung " + heute.getYear(), "Landeshauptstadt Wiesbaden",
        "Test " + gk, "Test " + rp, "nicht anwesend", "Teilnehmendenzahl der Maßnahme 2 liegt unter Plan",
        "Teilnehmendenzahlen der Maßnahme 2 melden", "Offenen Mittelabruf entscheiden", "Regierungspräsidium Kassel",
        bis1.format(de.hessen.aqb.gemeinsam.Datumsanzeige.TT_MM_JJJJ), "Hessisches Ministerium für Arbeit");
    MimeMessage protokollMail = mail("Protokoll der Umsetzungsbesprechung AQB");
    assertThat(protokollMail.getAllRecipients()).hasSize(3);
    Multipart teile = (Multipart) protokollMail.getContent();
    assertThat(teile.getBodyPart(teile.getCount() - 1).getFileName()).startsWith("Protokoll-Umsetzungsbesprechung-").endsWith(".pdf");

    // the body's clerks read the minutes through the task's link; another body's clerk gets nothing
    Task kenntnis = ub.treiber.aufgabe("Task_NimmProtokollZurKenntnis");
    assertThat(engine.getTaskService().getIdentityLinksForTask(kenntnis.getId())).anyMatch(l -> "kommune-06414".equals(l.getGroupId()));
    String link = (String) engine.getTaskService().getVariableLocal(kenntnis.getId(), "protokollLink");
    assertThat(link).isEqualTo("/camunda/api/engine/engine/default/task/" + kenntnis.getId() + "/variables/umsetzungsprotokollPdf/data");
    String pfad = link.substring("/camunda/api/engine/engine/default".length());
    var eigen = Rest.tasklist(rest, gk).get(pfad);
    assertThat(eigen.status()).as(eigen.text()).isEqualTo(200);
    assertThat(eigen.text()).startsWith("%PDF");
    Rest fremdeSitzung = Rest.tasklist(rest, FREMD);
    var fremdeAufgabe = fremdeSitzung.get("/task/" + kenntnis.getId());
    assertThat(fremdeAufgabe.status()).as(fremdeAufgabe.text()).isEqualTo(404);
    var fremd = fremdeSitzung.get(pfad);
    // a read across tenants answers like an unknown id (ADR 22): 404, German, no engine text
    assertThat(fremd.status()).as(fremd.text()).isEqualTo(404);
    assertThat(fremd.text()).contains("Diesen Eintrag gibt es nicht, oder er ist für Sie nicht freigegeben.")
        .doesNotContain("ENGINE-").doesNotContain("%PDF");

    // each follow-up is a Wiedervorlage of its owner on its date
    List<Task> wiedervorlagen = engine.getTaskService().createTaskQuery().processInstanceId(besprechung.getId())
        .taskDefinitionKey("Task_HalteVereinbarungNach").orderByFollowUpDate().asc().list();
    assertThat(wiedervorlagen).extracting(Task::getName).containsExactly("Vereinbarung nachhalten: Teilnehmendenzahlen der Maßnahme 2 melden",
        "Vereinbarung nachhalten: Offenen Mittelabruf entscheiden");
    Task gkTask = wiedervorlagen.get(0);
    Task rpTask = wiedervorlagen.get(1);
    assertThat(gkTask.getFollowUpDate()).isEqualTo(Date.from(bis1.atStartOfDay(HESSEN).toInstant())).isEqualTo(gkTask.getDueDate());
    assertThat(rpTask.getFollowUpDate()).isEqualTo(Date.from(bis2.atStartOfDay(HESSEN).toInstant()));
    assertThat(wiedervorlage(gk)).doesNotContain(gkTask.getId());
    ClockUtil.setCurrentTime(Date.from(bis1.atTime(8, 0).atZone(HESSEN).toInstant()));
    assertThat(wiedervorlage(gk)).contains(gkTask.getId()).doesNotContain(rpTask.getId());
    assertThat(wiedervorlage(rp)).doesNotContain(rpTask.getId());
    assertThat(wiedervorlage(FREMD)).doesNotContain(gkTask.getId());
    ClockUtil.setCurrentTime(Date.from(bis2.atTime(8, 0).atZone(HESSEN).toInstant()));
    assertThat(wiedervorlage(rp)).contains(rpTask.getId());
    ClockUtil.reset();

    assertThatThrownBy(() -> engine.getTaskService().complete(gkTask.getId(), Map.of("erledigungsvermerk", " ")))
        .hasRootCauseInstanceOf(UngueltigeEingabe.class).hasMessageContaining("Bitte kurz vermerken");
    erledigeAls(gk, gkTask, "Zahlen am " + heute + " gemeldet.");
    erledigeAls(rp, rpTask, "Entschieden.");
    assertThat(besprechung).isNotEnded();
    ub.erledige("Task_NimmProtokollZurKenntnis", gk, Map.of());
    assertThat(besprechung).isEnded().hasPassed("EndEvent_UmsetzungsbesprechungAbgeschlossen");
    assertThat(vereinbarungen.der(ub.nummer, heute.getYear())).extracting(Vereinbarungen.Vereinbarung::erledigtVon).containsExactly(gk, rp);
    assertThat(vereinbarungen.der(ub.nummer, heute.getYear()).get(0).vermerk()).startsWith("Zahlen am");
  }

  @Test
  void dieEingebettetenFormulareWerdenAusgeliefert() {
    for (String formular : List.of("umsetzungsbesprechung-terminieren", "umsetzungsbesprechung-protokollieren")) {
      var antwort = rest.getForEntity("/formulare/" + formular + ".html", String.class);
      assertThat(antwort.getStatusCode().value()).isEqualTo(200);
      assertThat(antwort.getBody()).contains("cam-script");
    }
  }

  @Test
  void ohneVereinbarungenEndetDieBesprechungMitDerKenntnisnahme() {
    ub.setzeAn(null);
    ub.erledige("Task_TerminiereUmsetzungsbesprechung", UmsetzungsbesprechungTreiber.HMSI, UmsetzungsbesprechungTreiber.termin(heute,
        "9:00", "Kassel", List.of(ub.fall.gkSachbearbeitung, DurchfuehrungTreiber.RP), ""));
    ub.erledige("Task_ProtokolliereUmsetzungsbesprechung", UmsetzungsbesprechungTreiber.HMSI,
        UmsetzungsbesprechungTreiber.protokoll("Alles im Plan.", List.of(DurchfuehrungTreiber.RP), List.of()));
    assertThat(ub.treiber.aufgabe("Task_HalteVereinbarungNach")).isNull();
    ub.erledige("Task_NimmProtokollZurKenntnis", ub.fall.gkSachbearbeitung, Map.of());
    assertThat(ub.besprechung()).isNull();
  }

  private void erledigeAls(String benutzer, Task task, String vermerk) {
    new Sitzung(engine.getIdentityService()).als(benutzer, () -> {
      engine.getTaskService().claim(task.getId(), benutzer);
      engine.getTaskService().complete(task.getId(), Map.of("erledigungsvermerk", vermerk));
    });
    ub.treiber.fuehreJobsAus();
  }

  /** The ids of the tasks the user sees in Tasklist's filter "Wiedervorlage" now (engine clock). */
  private List<String> wiedervorlage(String benutzer) {
    var filter = engine.getFilterService().createFilterQuery().filterName(TasklistFilterEinrichtung.WIEDERVORLAGE).singleResult();
    return new Sitzung(engine.getIdentityService()).als(benutzer, () ->
        engine.getFilterService().<Task>list(filter.getId()).stream().map(Task::getId).toList());
  }

  private static MimeMessage mail(String betreffAnfang) {
    return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
      try {
        return m.getSubject().startsWith(betreffAnfang);
      } catch (Exception e) {
        return false;
      }
    }).reduce((a, b) -> b).orElseThrow(() -> new AssertionError("keine Mail „" + betreffAnfang + "…“"));
  }
}

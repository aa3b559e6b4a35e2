package de.hessen.aqb.umsetzungsbesprechung;

import static de.hessen.aqb.umsetzungsbesprechung.camunda.UmsetzungsbesprechungVariablen.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.hessen.aqb.durchfuehrung.DurchfuehrungTreiber;
import de.hessen.aqb.fall.Fallregister;
import de.hessen.aqb.foerderbudget.Foerderbudget;
import de.hessen.aqb.testsupport.AqbSpringBootTest;
import de.hessen.aqb.testsupport.Fallzustand;
import de.hessen.aqb.testsupport.Rest;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * Tampering through the REST API on the ministry's tasks of the Umsetzungsbesprechung (/engine-rest and Tasklist's
 * API): a forged scheduler or recorder, another step's or party's fields, case identity, the meeting's year or date,
 * extra keys in the lists — each HTTP 400 with a German message, and tables, variables, tasks and mails unchanged.
 * Who scheduled and recorded is always the authenticated user.
 */
@AqbSpringBootTest
class UmsetzungsbesprechungManipulationTest {

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired ProcessEngine engine;
  @Autowired Fallregister register;
  @Autowired Foerderbudget budget;
  @Autowired Umsetzungsbesprechungen besprechungen;
  @Autowired DataSource datenbank;
  @Autowired TestRestTemplate rest;

  UmsetzungsbesprechungTreiber ub;
  LocalDate heute;
  Map<String, Object> termin;

  @BeforeEach
  void fall() {
    heute = LocalDate.now(ZoneId.of("Europe/Berlin"));
    ub = new UmsetzungsbesprechungTreiber(engine, register, budget, "06411", heute.plusYears(1));
    ub.setzeAn(null);
    termin = UmsetzungsbesprechungTreiber.termin(heute, "10:00", "Darmstadt", List.of(ub.fall.gkSachbearbeitung, DurchfuehrungTreiber.RP), null);
  }

  record Versuch(String was, Map<String, Object> variablen, String meldung) {}

  private static Versuch fremd(String was, String name, Object wert) {
    return new Versuch(was, Map.of(name, wert), "Das Feld „" + name + "“ gehört nicht zu dieser Aufgabe");
  }

  private List<Versuch> gemeinsameVersuche() {
    return List.of(
        fremd("unbekannte Variable", "hallo", "welt"),
        fremd("wer terminiert hat", "terminiertVon", "jemand.anderes"),
        fremd("wer protokolliert hat", "protokolliertVon", "jemand.anderes"),
        fremd("Fallnummer", FOERDERFALL_NUMMER.name(), "AQB-2025-06412"),
        fremd("Gebietskörperschaft", "gebietskoerperschaft", "06412"),
        fremd("Jahr der Besprechung", BESPRECHUNG_JAHR.name(), 2031),
        fremd("Termin (Fälligkeit)", TERMIN.name(), "2031-01-01T10:00+01:00"),
        fremd("Auswahl der Einzuladenden", TEILNEHMENDE_AUSWAHL.name(), "[{\"id\":\"x\",\"partei\":\"regierungspraesidium\"}]"),
        fremd("Vermerk einer Wiedervorlage", ERLEDIGUNGSVERMERK.name(), "erledigt"),
        fremd("Protokoll als Datei", PROTOKOLL_PDF.name(), "kein PDF"),
        fremd("Routing des Elternprozesses", FAELLIG.name(), "2031-09-15T00:00"));
  }

  @Test
  void terminierenNimmtNurDieFormularfelderAn() {
    List<Versuch> versuche = new java.util.ArrayList<>(gemeinsameVersuche());
    versuche.add(fremd("Protokoll des nächsten Schritts", PROTOKOLL.name(), "schon fertig"));
    versuche.add(fremd("Vereinbarungen des nächsten Schritts", VEREINBARUNGEN.name(), "[]"));
    versuche.add(new Versuch("Teilnehmer mit Partei", Map.of(TEILNEHMENDE.name(),
        "[{\"id\":\"" + DurchfuehrungTreiber.RP + "\",\"partei\":\"gebietskoerperschaft\"}]"), "enthält das Feld „partei“"));
    versuche.add(new Versuch("Ort zu lang", Map.of(ORT.name(), "x".repeat(501)), "ist zu lang"));
    pruefeAlleVersuche(versuche, ub.treiber.aufgabe("Task_TerminiereUmsetzungsbesprechung").getId(), termin);
  }

  @Test
  void protokollierenNimmtNurDieFormularfelderAn() {
    ub.erledige("Task_TerminiereUmsetzungsbesprechung", UmsetzungsbesprechungTreiber.HMSI, termin);
    Map<String, Object> protokoll = UmsetzungsbesprechungTreiber.protokoll("Text", List.of(DurchfuehrungTreiber.RP), List.of());
    List<Versuch> versuche = new java.util.ArrayList<>(gemeinsameVersuche());
    versuche.add(fremd("Ort des vorigen Schritts", ORT.name(), "anderswo"));
    versuche.add(fremd("Teilnehmende des vorigen Schritts", TEILNEHMENDE.name(), "[{\"id\":\"jemand.anderes\"}]"));
    versuche.add(new Versuch("Vereinbarung schon erledigt", Map.of(VEREINBARUNGEN.name(),
        "[{\"was\":\"a\",\"zustaendig\":\"ministerium\",\"faelligAm\":\"2031-01-01\",\"erledigtVon\":\"x\"}]"), "enthält das Feld „erledigtVon“"));
    pruefeAlleVersuche(versuche, ub.treiber.aufgabe("Task_ProtokolliereUmsetzungsbesprechung").getId(), protokoll);
  }

  @Test
  void regelverstoesseSind400MitDeutscherMeldungUndAendernNichts() {
    String aufgabe = ub.treiber.aufgabe("Task_TerminiereUmsetzungsbesprechung").getId();
    Fallzustand vorher = zustand();
    Map<String, Object> ohneRp = UmsetzungsbesprechungTreiber.termin(heute.minusDays(1), "10:00", "Darmstadt",
        List.of(ub.fall.gkSachbearbeitung), null);
    var antwort = Rest.tasklist(rest, UmsetzungsbesprechungTreiber.HMSI).schliesseAb(aufgabe, ohneRp);
    assertThat(antwort.status()).as(antwort.text()).isEqualTo(400);
    assertThat(antwort.meldung()).isEqualTo("Das Datum der Umsetzungsbesprechung darf nicht in der Vergangenheit liegen. "
        + "Bitte mindestens eine Person des Regierungspräsidiums Kassel einladen.");
    assertThat(zustand()).isEqualTo(vorher);

    var fremdeGruppe = Rest.basic(rest, ub.fall.gkSachbearbeitung).schliesseAb(aufgabe, termin);
    // not authorized answers like a task that is gone (ADR 22: 403 and 404 alike)
    assertThat(fremdeGruppe.status()).as("the body cannot complete the ministry's task: " + fremdeGruppe.text()).isEqualTo(404);
    assertThat(zustand()).isEqualTo(vorher);
  }

  @Test
  void vertragsgemaessDurchRestUndDerAngemeldeteIstWerTerminiertUndProtokolliert() {
    var antwort = Rest.tasklist(rest, UmsetzungsbesprechungTreiber.HMSI)
        .schliesseAb(ub.treiber.aufgabe("Task_TerminiereUmsetzungsbesprechung").getId(), termin);
    assertThat(antwort.status()).as(antwort.text()).isEqualTo(204);
    ub.treiber.fuehreJobsAus();
    var protokoll = Rest.basic(rest, UmsetzungsbesprechungTreiber.HMSI).schliesseAb(
        ub.treiber.aufgabe("Task_ProtokolliereUmsetzungsbesprechung").getId(), UmsetzungsbesprechungTreiber.protokoll("Text",
            List.of(DurchfuehrungTreiber.RP), List.of(List.of("Bericht", "ministerium", heute.plusDays(10).toString()))));
    assertThat(protokoll.status()).as(protokoll.text()).isEqualTo(204);
    var b = besprechungen.besprechung(ub.nummer, heute.getYear()).orElseThrow();
    assertThat(b.terminiertVon()).isEqualTo(UmsetzungsbesprechungTreiber.HMSI);
    assertThat(b.protokolliertVon()).isEqualTo(UmsetzungsbesprechungTreiber.HMSI);
  }

  private void pruefeAlleVersuche(List<Versuch> versuche, String aufgabe, Map<String, Object> gueltig) {
    Fallzustand vorher = zustand();
    for (Function<String, Rest> zugang : List.<Function<String, Rest>>of(b -> Rest.basic(rest, b), b -> Rest.tasklist(rest, b))) {
      Rest als = zugang.apply(UmsetzungsbesprechungTreiber.HMSI);
      for (Versuch versuch : versuche) {
        Map<String, Object> variablen = new LinkedHashMap<>(gueltig);
        variablen.putAll(versuch.variablen());
        Rest.Antwort antwort = als.schliesseAb(aufgabe, variablen);
        assertThat(antwort.status()).as(versuch.was() + ": " + antwort.text()).isEqualTo(400);
        assertThat(antwort.meldung()).as(versuch.was()).contains(versuch.meldung()).endsWith("Es wurde nichts geändert.");
        assertThat(zustand()).as(versuch.was()).isEqualTo(vorher);
      }
    }
  }

  private Fallzustand zustand() {
    return Fallzustand.von(datenbank, engine, ub.nummer, greenMail.getReceivedMessages().length);
  }
}

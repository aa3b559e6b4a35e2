package de.hessen.aqb.nachweis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.hessen.aqb.fall.Fallregister;
import de.hessen.aqb.foerderbudget.Foerderbudget;
import de.hessen.aqb.foerderbudget.Mittelabrufe;
import de.hessen.aqb.nachweis.camunda.NachweisVariablen;
import de.hessen.aqb.nachweis.domain.BeleglisteDateien;
import de.hessen.aqb.nachweis.domain.Einwandgrund;
import de.hessen.aqb.testsupport.AqbSpringBootTest;
import de.hessen.aqb.testsupport.Rest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The Belegliste as XLSX through the engine, the RP's objection to one Beleg, Einnahmen under Fehlbedarfsfinanzierung,
 * the tolerance rule and the Rückforderung that follows — figures computed by hand; bad uploads through REST are 4xx
 * with a German message and store nothing (ADR 9a).
 */
@AqbSpringBootTest
class NachweisAnerkennungProzessTest {

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired ProcessEngine engine;
  @Autowired Fallregister register;
  @Autowired Foerderbudget budget;
  @Autowired Mittelabrufe mittelabrufe;
  @Autowired Verwendungsnachweise verwendungsnachweise;
  @Autowired Beanstandungen beanstandungen;
  @Autowired TestRestTemplate rest;

  @BeforeEach
  void setUp() {
    init(engine);
  }

  static Object[] zeile(String nr, LocalDate datum, String empfaenger, String zweck, String euro, String massnahme) {
    return new Object[] {nr, datum, empfaenger, zweck, new BigDecimal(euro), massnahme};
  }

  static FileValue xlsx(byte[] inhalt) {
    return Variables.fileValue("belegliste.xlsx").file(inhalt)
        .mimeType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").create();
  }

  @Test
  void beanstandungEinnahmenUndToleranzBestimmenDieRueckforderung() {
    var fall = new NachweisTreiber(engine, "06414").mitBescheidUndAuszahlung(register, budget, mittelabrufe, 50_000_00L);
    budget.setzeFinanzierung(fall.aktenzeichen, new Foerderbudget.Finanzierung("FEHLBEDARF", null));
    fall.starte();
    // M1 (granted 30.000): 20.000 + 13.000 = 33.000, Einnahmen 1.000 (the driver's); M2 (granted 20.000): 15.000 + 2.500
    byte[] datei = BeleglisteDateien.xlsx(List.<Object[]>of(
        zeile("R-1", LocalDate.of(2025, 2, 1), "Träger 1", "Honorare", "20000", "M1"),
        zeile("R-2", LocalDate.of(2025, 3, 1), "Träger 1", "Miete", "13000", "M1"),
        zeile("R-3", LocalDate.of(2025, 4, 1), "Träger 2", "Lehrgang", "15000", "M2"),
        zeile("R-4", LocalDate.of(2025, 5, 1), "Autohaus", "Dienstwagen", "2500", "M2")));
    var werte = fall.einreichung("33.000,00", "17.500,00", datei);
    werte.put(NachweisVariablen.BELEGLISTE.name(), xlsx(datei));
    fall.reicheEin(werte);
    assertThat(verwendungsnachweise.belege(fall.nummer)).extracting(b -> b.belegnummer()).containsExactly("R-1", "R-2", "R-3", "R-4");
    FileValue eingereicht = (FileValue) engine.getRuntimeService().getVariableTyped(fall.nachweis.getId(),
        NachweisVariablen.BELEGLISTE_EINGEREICHT.name());
    assertThat(eingereicht.getMimeType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    fall.pruefeSachlich(NachweisTreiber.RP_SACHLICH, "richtig", null, null);
    assertThat(engine.getRuntimeService().getVariable(fall.nachweis.getId(), "anerkennungRegelnAnzeige"))
        .isEqualTo("Fehlbedarfsfinanzierung; Überschreitung einer Maßnahme bis 20 % ihrer Bewilligung, soweit andere Maßnahmen einsparen");

    fall.pruefeRechnerisch(NachweisTreiber.RP_RECHNERISCH, Map.of(5, new String[] {"ANDERE_MASSNAHME", "Dienstwagen der Verwaltung"}));

    // M1: 33.000 − Einnahmen 1.000 = 32.000, 2.000 over the grant (≤ 20 % = 6.000), balanced by M2's savings;
    // M2: 17.500 − 2.500 objected = 15.000 (5.000 saved). Recognised 47.000; paid 50.000 → Rückforderung 3.000
    assertThat(fall.nachweis).isEnded().hasPassed("Task_ErzeugeSchlussbescheid");
    assertThat(fall.historisch("anerkanntCent")).isEqualTo(47_000_00L);
    assertThat(fall.historisch("rueckforderungCent")).isEqualTo(3_000_00L);
    assertThat(verwendungsnachweise.positionen(fall.nummer)).extracting(p -> p.get("massnahme_id"), p -> p.get("anerkannt_cent"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("M1", 32_000_00L), org.assertj.core.groups.Tuple.tuple("M2", 15_000_00L));
    assertThat(beanstandungen.einwaende(fall.nummer)).singleElement().satisfies(e -> {
      assertThat(e.zeile()).isEqualTo(5);
      assertThat(e.grund()).isEqualTo(Einwandgrund.ANDERE_MASSNAHME);
      assertThat(e.kommentar()).isEqualTo("Dienstwagen der Verwaltung");
    });
    assertThat(beanstandungen.herleitungen(fall.nummer)).containsExactly(
        new Beanstandungen.Herleitung("M1", 0, 32_000_00L, 2_000_00L, 0),
        new Beanstandungen.Herleitung("M2", 2_500_00L, 15_000_00L, 0, 0));
  }

  @Test
  void fehlerhafteUploadsUeberRestSindDeutsch4xxUndSpeichernNichts() {
    var fall = new NachweisTreiber(engine, "06437").mitBescheidUndAuszahlung(register, budget, mittelabrufe, 10_000_00L);
    fall.starte();
    var task = fall.aufgabe("Task_ErstelleVerwendungsnachweis");
    Rest kommune = Rest.basic(rest, fall.gkSachbearbeitung);
    byte[] ole2 = new byte[2048];
    System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, 0, ole2, 0, 8);
    Map<String, byte[]> dateien = Map.of(
        "Formel", BeleglisteDateien.xlsx(List.<Object[]>of(new Object[] {"R-1", LocalDate.of(2025, 2, 1), "A", "B",
            new BeleglisteDateien.Formel("2*5"), "M1"})),
        "kennwortgeschützt", ole2,
        "leer", "".getBytes(StandardCharsets.UTF_8),
        "zu groß", new byte[6 * 1024 * 1024],
        "doppelte Belegnummer", BeleglisteDateien.csv(List.<Object[]>of(
            zeile("R-1", LocalDate.of(2025, 2, 1), "A", "B", "10", "M1"), zeile("R-1", LocalDate.of(2025, 2, 2), "A", "B", "10", "M1"))));
    Map<String, String> erwartet = Map.of(
        "Formel", "Formeln sind in der Belegliste nicht erlaubt",
        "kennwortgeschützt", "kennwortgeschützte (verschlüsselte) Excel-Datei",
        "leer", "Die Belegliste ist leer.",
        "zu groß", "ist zu groß",
        "doppelte Belegnummer", "Zeile 3: Die Belegnummer „R-1“ steht schon in Zeile 2");
    dateien.forEach((was, inhalt) -> {
      var werte = fall.einreichung("10,00", "0", inhalt);
      werte.put(NachweisVariablen.BELEGLISTE.name(), xlsx(inhalt));
      Rest.Antwort antwort = kommune.schliesseAb(task.getId(), NachweisManipulationTest.rest(werte));
      assertThat(antwort.status()).as(was + ": " + antwort.text()).isBetween(400, 499);
      assertThat(antwort.meldung()).as(was).contains(erwartet.get(was)).doesNotContain("Exception", "ENGINE-");
    });
    assertThat(verwendungsnachweise.neuesteFassung(fall.nummer)).isZero();
    assertThat(fall.nachweis).isWaitingAt("Task_ErstelleVerwendungsnachweis");
  }
}

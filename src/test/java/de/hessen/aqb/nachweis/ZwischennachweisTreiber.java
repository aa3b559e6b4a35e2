package de.hessen.aqb.nachweis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import de.hessen.aqb.antrag.domain.BescheidDaten;
import de.hessen.aqb.durchfuehrung.DurchfuehrungTreiber;
import de.hessen.aqb.fall.Fallregister;
import de.hessen.aqb.foerderbudget.Foerderbudget;
import de.hessen.aqb.foerderbudget.Mittelabrufe;
import de.hessen.aqb.identity.Gruppen;
import de.hessen.aqb.nachweis.camunda.ZwischennachweisVariablen;
import de.hessen.aqb.plattform.ProzessVariable;
import de.hessen.aqb.testsupport.Anmeldung;
import de.hessen.aqb.testsupport.StellbareUhr;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;

/**
 * A three-year grant (Bewilligungszeitraum 01.07.2025 to 30.06.2027, Zwischennachweise "jeweils bis zum 30. April des
 * folgenden Jahres") on top of the Durchführung's driver: M1 "Fit für den Beruf (FIB)" 10.000 / 20.000 / 10.000 € and
 * M2 "AidA – Altenpflegehilfe" 5.000 / 10.000 / 5.000 € for 2025 / 2026 / 2027; payments booked on the settable clock's
 * day; the Durchführung started; the Zwischennachweis tasks completed as their forms send them.
 */
public class ZwischennachweisTreiber {

  public static final String RP = "zn.rp.pruefung";
  public static final LocalDate VON = LocalDate.of(2025, 7, 1);
  public static final LocalDate BIS = LocalDate.of(2027, 6, 30);
  public static final LocalDate VN_FRIST = LocalDate.of(2027, 12, 31);

  private final ProcessEngine engine;
  private final StellbareUhr uhr;
  public final DurchfuehrungTreiber durchfuehrung;
  public final String nummer;

  public ZwischennachweisTreiber(ProcessEngine engine, StellbareUhr uhr, Fallregister register, String kreisschluessel) {
    this.engine = engine;
    this.uhr = uhr;
    stelle(LocalDateTime.of(2025, 7, 10, 9, 0));
    durchfuehrung = DurchfuehrungTreiber.neuerFall(engine, register, kreisschluessel);
    nummer = durchfuehrung.foerderfallNummer;
    Anmeldung.benutzer(engine.getIdentityService(), RP, Gruppen.RP_KASSEL);
  }

  public String gk() {
    return durchfuehrung.gkSachbearbeitung;
  }

  /** Books the three-year Bescheid and starts the Durchführung (on 10.07.2025). */
  public ZwischennachweisTreiber gestartet(Foerderbudget budget) {
    budget.bucheBescheid(nummer, de.hessen.aqb.antrag.Bescheidbuchungen.aus(new BescheidDaten(durchfuehrung.aktenzeichen(),
        LocalDate.of(2025, 6, 20), BescheidDaten.Bescheidart.VOLLBEWILLIGUNG, "Test", "der Test", 2025, LocalDate.of(2025, 5, 1),
        List.of(new BescheidDaten.Position("M1", "Fit für den Beruf (FIB)", "Ausbildungsvorbereitung", "Träger 1", 40_000_00L,
                40_000_00L, Map.of(2025, 10_000_00L, 2026, 20_000_00L, 2027, 10_000_00L)),
            new BescheidDaten.Position("M2", "AidA – Altenpflegehilfe", "Ausbildung", "Träger 2", 20_000_00L, 20_000_00L,
                Map.of(2025, 5_000_00L, 2026, 10_000_00L, 2027, 5_000_00L))),
        VON, BIS, "Mittelabruf nach Bedarf", "jeweils bis zum 30. April des folgenden Jahres für das abgelaufene Haushaltsjahr",
        VN_FRIST, "ANBest-GK", List.of(), "Verfasser", "Freigabe")), "zn.rp.verfasser", "zn.rp.freigabe", new byte[] {1});
    durchfuehrung.starteStufe();
    return this;
  }

  /** Pays M1 and M2 (cents) on the given day through the Mittelabruf ledger. */
  public void zahle(Mittelabrufe mittelabrufe, LocalDate tag, long m1, long m2) {
    stelle(tag.atTime(10, 0));
    Map<String, Long> posten = new LinkedHashMap<>(Map.of("M1", m1, "M2", m2));
    mittelabrufe.sperre(nummer);
    int abruf = mittelabrufe.erfasse(nummer, posten, tag.plusDays(30), "Abruf " + tag, null, gk());
    mittelabrufe.entscheide(nummer, abruf, Mittelabrufe.Status.AUSGEZAHLT, posten, "zn.rp.kasse", null);
  }

  /** Moves the application's and the engine's clock and runs the case's due jobs. */
  public void amTag(LocalDateTime zeit) {
    stelle(zeit);
    durchfuehrung.treiber.fuehreJobsAus();
  }

  public void stelle(LocalDateTime zeit) {
    uhr.stelle(zeit.atZone(ZoneId.systemDefault()).toInstant()); // the zone the engine reads timer dates in
  }

  /** The running Zwischennachweis instance of a year (by its start variable), or null. */
  public ProcessInstance instanz(int jahr) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(nummer)
        .processDefinitionKey("zwischennachweis").variableValueEquals(ZwischennachweisVariablen.HAUSHALTSJAHR.name(), jahr)
        .singleResult();
  }

  public Task aufgabe(ProcessInstance instanz, String definitionKey) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instanz.getId()).taskDefinitionKey(definitionKey).singleResult();
  }

  /** What the body's form sends: the Sachbericht, {id, ausgaben} per measure shown, the Belegliste (CSV body rows). */
  public Map<String, Object> einreichung(String sachbericht, String m1, String m2, String belege) {
    ArrayNode liste = JsonNodeFactory.instance.arrayNode();
    liste.addObject().put("id", "M1").put("ausgaben", m1);
    liste.addObject().put("id", "M2").put("ausgaben", m2);
    Map<String, Object> werte = new HashMap<>();
    werte.put(ZwischennachweisVariablen.SACHBERICHT.name(), sachbericht);
    werte.put(ZwischennachweisVariablen.ZAHLEN.name(), ProzessVariable.alsJson(liste));
    werte.put(ZwischennachweisVariablen.BELEGLISTE.name(), Variables.fileValue("belegliste.csv").file(NachweisTreiber.csv(belege))
        .mimeType("text/csv").create());
    return werte;
  }

  public void reicheEin(int jahr, Map<String, Object> werte) {
    Task task = aufgabe(instanz(jahr), "Task_ErstelleZwischennachweis");
    assertThat(task).as("Zwischennachweis " + jahr + " erstellen").isNotNull();
    durchfuehrung.treiber.erledige(task, gk(), werte);
  }

  public void pruefe(int jahr, String entscheidung, String text) {
    Task task = aufgabe(instanz(jahr), "Task_PruefeZwischennachweis");
    assertThat(task).as("Zwischennachweis " + jahr + " prüfen").isNotNull();
    Map<String, Object> werte = new HashMap<>();
    werte.put(ZwischennachweisVariablen.ENTSCHEIDUNG.name(), entscheidung);
    werte.put(ZwischennachweisVariablen.NACHFORDERUNG_TEXT.name(), text);
    durchfuehrung.treiber.erledige(task, RP, werte);
  }
}

package de.hessen.aqb.nachweis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.hessen.aqb.antrag.domain.BescheidDaten;
import de.hessen.aqb.foerderbudget.Foerderbudget;
import de.hessen.aqb.foerderbudget.Mittelabrufe;
import de.hessen.aqb.fall.Fallregister;
import de.hessen.aqb.identity.Gruppen;
import de.hessen.aqb.identity.Sitzung;
import de.hessen.aqb.plattform.ProzessVariable;
import de.hessen.aqb.testsupport.Anmeldung;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Drives "Nachweis, Prüfung und Abschluss" as the parties would, started directly (as the Förderfall's call activity
 * would) after a Bescheid was booked and money paid: M1 30.000,00 € and M2 20.000,00 € granted for 2025.
 */
public class NachweisTreiber {

  public static final String RP_SACHLICH = "nw.rp.sachlich";
  public static final String RP_RECHNERISCH = "nw.rp.rechnerisch";
  public static final LocalDate VON = LocalDate.of(2025, 1, 1);
  public static final LocalDate BIS = LocalDate.of(2025, 12, 31);
  public static final String KOPF = "Datum;Zahlungsempfänger;Verwendungszweck;Betrag;Maßnahme\n";
  private static final Random ZUFALL = new Random();

  private final ProcessEngine engine;
  private final Sitzung sitzung;
  public final String kreisschluessel;
  public final String gkSachbearbeitung;
  public String nummer;
  public String aktenzeichen;
  public LocalDate frist;
  public ProcessInstance nachweis;

  public NachweisTreiber(ProcessEngine engine, String kreisschluessel) {
    this.engine = engine;
    this.sitzung = new Sitzung(engine.getIdentityService());
    this.kreisschluessel = kreisschluessel;
    gkSachbearbeitung = "nw." + kreisschluessel + ".sachbearbeitung";
    var ids = engine.getIdentityService();
    Anmeldung.benutzer(ids, gkSachbearbeitung, "kommune-" + kreisschluessel);
    Anmeldung.benutzer(ids, RP_SACHLICH, Gruppen.RP_KASSEL);
    Anmeldung.benutzer(ids, RP_RECHNERISCH, Gruppen.RP_KASSEL);
  }

  /** Registers a case (a random far year: one active case per body and year), books the Bescheid and pays {@code ausgezahltCent}. */
  public NachweisTreiber mitBescheidUndAuszahlung(Fallregister register, Foerderbudget budget, Mittelabrufe mittelabrufe,
      long ausgezahltCent) {
    int jahr;
    do {
      jahr = 2200 + ZUFALL.nextInt(7000);
    } while (register.aktiverFall(kreisschluessel, jahr).isPresent());
    nummer = register.registriere(kreisschluessel, jahr, "test");
    aktenzeichen = "57 AQB " + nummer.substring(4);
    frist = LocalDate.now().plusDays(60);
    budget.bucheBescheid(nummer, de.hessen.aqb.antrag.Bescheidbuchungen.aus(new BescheidDaten(aktenzeichen, LocalDate.of(2025, 3, 1),
        BescheidDaten.Bescheidart.VOLLBEWILLIGUNG, "Test " + kreisschluessel, "der Test " + kreisschluessel, 2025,
        LocalDate.of(2025, 2, 1), List.of(
            new BescheidDaten.Position("M1", "Fit für den Beruf (FIB)", "Ausbildungsvorbereitung", "Träger 1", 30_000_00L, 30_000_00L,
                Map.of(2025, 30_000_00L)),
            new BescheidDaten.Position("M2", "AidA – Altenpflegehilfe", "Ausbildung", "Träger 2", 20_000_00L, 20_000_00L,
                Map.of(2025, 20_000_00L))),
        VON, BIS, "Mittelabruf nach Bedarf", null, frist, "ANBest-GK", List.of(), "Verfasser", "Freigabe")),
        "nw.rp.verfasser", "nw.rp.freigabe", new byte[] {1});
    if (ausgezahltCent > 0) {
      mittelabrufe.erfasse(nummer, 1, ausgezahltCent, LocalDate.now(), "Abruf für 2025", gkSachbearbeitung);
      mittelabrufe.entscheide(nummer, 1, Mittelabrufe.Status.AUSGEZAHLT, ausgezahltCent, "nw.rp.kasse", null);
    }
    return this;
  }

  /** Starts the stage with exactly the variables the Förderfall passes in. */
  public ProcessInstance starte() {
    Map<String, Object> v = new HashMap<>();
    v.put("gebietskoerperschaft", kreisschluessel);
    v.put("jahr", 2025);
    v.put("foerderfallNummer", nummer);
    v.put("gebietskoerperschaftName", "Test " + kreisschluessel);
    v.put("bescheidAktenzeichen", aktenzeichen);
    v.put("bewilligungVon", VON.toString());
    v.put("bewilligungBis", BIS.toString());
    v.put("verwendungsnachweisFrist", frist.toString());
    nachweis = engine.getRuntimeService().startProcessInstanceByKey("nachweis", nummer, v);
    fuehreJobsAus();
    return nachweis;
  }

  public static byte[] csv(String zeilen) {
    return (KOPF + zeilen).getBytes(StandardCharsets.UTF_8);
  }

  /** The body's submission: Sachbericht, Ausgaben (Ist) per measure as typed, the Belegliste file. */
  public Map<String, Object> einreichung(String ausgabenM1, String ausgabenM2, byte[] belegliste) {
    ArrayNode zeilen = (ArrayNode) variable("zahlenmaessigerNachweis");
    ((ObjectNode) zeilen.get(0)).put("ausgaben", ausgabenM1).put("einnahmen", "1.000,00");
    ((ObjectNode) zeilen.get(1)).put("ausgaben", ausgabenM2).put("einnahmen", "");
    Map<String, Object> werte = new HashMap<>();
    werte.put("sachberichtDurchfuehrung", "Zwei Maßnahmen wie geplant durchgeführt.");
    werte.put("sachberichtTeilnehmende", "24 Jugendliche, davon 10 in Ausbildung vermittelt.");
    werte.put("sachberichtErgebnisse", "Vermittlungsquote 42 %.");
    werte.put("sachberichtAbweichungen", "");
    werte.put("zahlenmaessigerNachweis", ProzessVariable.alsJson(zeilen));
    werte.put("belegliste", Variables.fileValue("belegliste.csv").file(belegliste).mimeType("text/csv").create());
    werte.put("verwendungsnachweisBestaetigt", true);
    return werte;
  }

  public void reicheEin(Map<String, Object> werte) {
    erledige("Task_ErstelleVerwendungsnachweis", gkSachbearbeitung, werte);
  }

  public void pruefeSachlich(String benutzer, String entscheidung, String text, String frist) {
    Map<String, Object> werte = new HashMap<>();
    werte.put("sachlichEntscheidung", entscheidung);
    werte.put("nachweisNachforderungText", text);
    werte.put("nachweisNachforderungFrist", frist);
    erledige("Task_PruefeSachlich", benutzer, werte);
  }

  /** Confirms "rechnerisch richtig"; {@code anerkannt} overrides the proposal per measure id: {amount, reason}. */
  public void pruefeRechnerisch(String benutzer, Map<String, String[]> anerkannt) {
    ArrayNode zeilen = (ArrayNode) variable("anerkennung");
    for (JsonNode z : zeilen) {
      String[] wert = anerkannt.get(z.path("id").asText());
      if (wert != null) {
        ((ObjectNode) z).put("anerkannt", wert[0]).put("grund", wert[1]);
      }
    }
    erledige("Task_PruefeRechnerisch", benutzer, Map.of("anerkennung", ProzessVariable.alsJson(zeilen),
        "rechnerischBestaetigt", true));
  }

  public JsonNode variable(String name) {
    return ProzessVariable.json(name).lies(engine.getRuntimeService().getVariable(nachweis.getId(), name));
  }

  public Object historisch(String name) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(nachweis.getId())
        .variableName(name).singleResult().getValue();
  }

  public Task aufgabe(String definitionKey) {
    return engine.getTaskService().createTaskQuery().processInstanceId(nachweis.getId()).taskDefinitionKey(definitionKey)
        .singleResult();
  }

  public void erledige(String definitionKey, String benutzer, Map<String, Object> werte) {
    Task task = aufgabe(definitionKey);
    assertThat(task).as("offene Aufgabe " + definitionKey).isNotNull();
    sitzung.als(benutzer, () -> {
      if (task.getAssignee() == null) {
        engine.getTaskService().claim(task.getId(), benutzer);
      }
      engine.getTaskService().complete(task.getId(), werte);
    });
    fuehreJobsAus();
  }

  public <T> T als(String benutzer, java.util.function.Supplier<T> aktion) {
    return sitzung.als(benutzer, aktion);
  }

  /** Runs the asynchronous continuations of this case (never timers: those are fired with {@link #loeseTimerAus}). */
  public void fuehreJobsAus() {
    for (int runde = 0; runde < 50; runde++) {
      List<Job> jobs = engine.getManagementService().createJobQuery().processInstanceId(nachweis.getId()).messages()
          .executable().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(j -> engine.getManagementService().executeJob(j.getId()));
    }
  }

  public void loeseTimerAus(String activityId) {
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(nachweis.getId()).timers()
        .activityId(activityId).singleResult();
    assertThat(timer).as("Timer " + activityId).isNotNull();
    engine.getManagementService().executeJob(timer.getId());
    fuehreJobsAus();
  }
}

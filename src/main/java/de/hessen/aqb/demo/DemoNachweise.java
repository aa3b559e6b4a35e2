package de.hessen.aqb.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import de.hessen.aqb.gemeinsam.Geld;
import de.hessen.aqb.plattform.ProzessVariable;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo cases of the stage "Nachweis, Prüfung und Abschluss": a Verwendungsnachweis in the RP's check, and one checked,
 * reclaimed, paid and closed (its Akte downloadable). All through the real tasks, by the demo users.
 */
@Component
@Profile("demo")
class DemoNachweise {

  static final String RP_PRUEFUNG = "rp.pruefung";
  static final String RP_FREIGABE = "rp.freigabe";

  private final DemoAblauf ablauf;
  private final TaskService taskService;
  private final RuntimeService runtimeService;

  DemoNachweise(DemoAblauf ablauf, TaskService taskService, RuntimeService runtimeService) {
    this.ablauf = ablauf;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
  }

  /**
   * The body submits its Verwendungsnachweis: the first measure spent {@code ausgabenErste} (its Belege dated 30 June of
   * the programme year), the others nothing; the RP's sachliche Prüfung is due.
   */
  void eingereicht(ProcessInstance fall, String gk, int jahr, long ausgabenErsteCent) {
    ProcessInstance nachweis = ablauf.instanz(fall, "nachweis");
    JsonNode zahlen = ProzessVariable.json("zahlenmaessigerNachweis").lies(runtimeService.getVariable(nachweis.getId(),
        "zahlenmaessigerNachweis"));
    ArrayNode angaben = JsonNodeFactory.instance.arrayNode();
    String ersteId = zahlen.get(0).path("id").asText();
    String betrag = Geld.alsWaehrung(ausgabenErsteCent).replace(" €", "");
    zahlen.forEach(z -> angaben.addObject().put("id", z.path("id").asText())
        .put("ausgaben", z.path("id").asText().equals(ersteId) ? betrag : "0,00").put("einnahmen", ""));
    String csv = "Belegnummer;Datum;Zahlungsempfänger;Verwendungszweck;Betrag;Maßnahme\n"
        + "D-1;30.06." + jahr + ";Bildungswerk der Region gGmbH;Honorare und Raummiete erstes Halbjahr;" + betrag + ";" + ersteId + "\n";
    Map<String, Object> werte = new HashMap<>();
    werte.put("sachberichtDurchfuehrung", "Die erste Maßnahme wurde wie geplant durchgeführt; die übrigen konnten mangels "
        + "Anmeldungen nicht beginnen.");
    werte.put("sachberichtTeilnehmende", "15 Jugendliche ohne Ausbildungsplatz, davon 9 in Ausbildung vermittelt.");
    werte.put("sachberichtErgebnisse", "Vermittlungsquote 60 %.");
    werte.put("sachberichtAbweichungen", "Maßnahmen 2 ff. nicht begonnen; die nicht verwendeten Mittel werden erstattet.");
    werte.put("sachberichtTeilnehmendeErreicht", 15);
    werte.put("zahlenmaessigerNachweis", ProzessVariable.alsJson(angaben));
    werte.put("belegliste", Variables.fileValue("belegliste.csv").file(csv.getBytes(StandardCharsets.UTF_8)).mimeType("text/csv")
        .create());
    werte.put("verwendungsnachweisBestaetigt", true);
    ablauf.erledige(fall, "Task_ErstelleVerwendungsnachweis", gk, werte);
  }

  /** Both RP clerks check, the Schlussbescheid goes out, the RP records the payment of everything open: closed. */
  void geprueftBezahltAbgeschlossen(ProcessInstance fall) {
    ablauf.erledige(fall, "Task_PruefeSachlich", RP_PRUEFUNG, Map.of("sachlichEntscheidung", "richtig"));
    ablauf.erledige(fall, "Task_PruefeRechnerisch", RP_FREIGABE, Map.of("belegEinwaende",
        ProzessVariable.alsJson(JsonNodeFactory.instance.arrayNode()), "rechnerischBestaetigt", true));
    var aufgabe = taskService.createTaskQuery().processInstanceBusinessKey(fall.getBusinessKey())
        .taskDefinitionKey("Task_ErfasseZahlungseingang").singleResult();
    String offen = String.valueOf(taskService.getVariable(aufgabe.getId(), "forderungOffenAnzeige")).replace(" €", "");
    ablauf.erledige(fall, "Task_ErfasseZahlungseingang", RP_PRUEFUNG, Map.of("zahlungEingangAm",
        java.time.LocalDate.now(de.hessen.aqb.plattform.UhrKonfiguration.HESSEN).toString(), "zahlungBetrag", offen));
  }
}

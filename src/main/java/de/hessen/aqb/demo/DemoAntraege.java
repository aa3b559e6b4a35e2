package de.hessen.aqb.demo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.hessen.aqb.antrag.Vereinbarung;
import de.hessen.aqb.antrag.camunda.AntragVariablen;
import de.hessen.aqb.plattform.ProzessVariable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Demo cases of the stage "Antrag, Prüfung und Bescheid", each left in a different state. */
@Component
@Profile("demo")
class DemoAntraege {

  private static final String RP_PRUEFUNG = "rp.pruefung";
  private static final String RP_FREIGABE = "rp.freigabe";

  private final DemoAblauf ablauf;
  private final DemoUhr uhr;
  private final RuntimeService runtimeService;
  private final Vereinbarung vereinbarung;
  private final de.hessen.aqb.foerderbudget.Foerderbudget budget;
  private final de.hessen.aqb.foerderbudget.Mittelabrufe mittelabrufe;

  DemoAntraege(DemoAblauf ablauf, RuntimeService runtimeService, Vereinbarung vereinbarung, DemoUhr uhr,
      de.hessen.aqb.foerderbudget.Foerderbudget budget, de.hessen.aqb.foerderbudget.Mittelabrufe mittelabrufe) {
    this.budget = budget;
    this.mittelabrufe = mittelabrufe;
    this.uhr = uhr;
    this.ablauf = ablauf;
    this.runtimeService = runtimeService;
    this.vereinbarung = vereinbarung;
  }

  /** Measures recorded; the first is run by the GAB Limburg, which still has to complete its details. */
  void beimTraeger(ProcessInstance fall, String gk) {
    ArrayNode massnahmen = vollstaendig(fall);
    ObjectNode gab = (ObjectNode) massnahmen.get(0);
    gab.put("traeger", "gab-limburg");
    gab.remove("kosten");
    gab.remove("foerderung");
    gab.remove("hj1");
    ablauf.erledige(fall, "Task_ErfasseAntrag", gk, Map.of("massnahmen", ProzessVariable.alsJson(massnahmen)));
  }

  ProcessInstance eingereicht(ProcessInstance fall, String gk) {
    return eingereicht(fall, gk, 0);
  }

  private ProcessInstance eingereicht(ProcessInstance fall, String gk, int bisJahr) {
    ArrayNode massnahmen = vollstaendig(fall, bisJahr);
    ablauf.erledige(fall, "Task_ErfasseAntrag", gk, Map.of("massnahmen", ProzessVariable.alsJson(massnahmen)));
    ablauf.erledige(fall, "Task_ReicheAntragEin", gk, Map.of("massnahmen", ProzessVariable.alsJson(massnahmen),
        "antragBestaetigt", true));
    return fall;
  }

  /** Submitted and asked for documents two weeks ago: the deadline is today, the RP's "Wiedervorlage" shows it. */
  void mitNachforderung(ProcessInstance fall, String gk) {
    LocalDate heute = LocalDate.now(uhr);
    uhr.vorTagen(14, () -> {
      eingereicht(fall, gk);
      ablauf.erledige(fall, "Task_PruefeAntrag", RP_PRUEFUNG, Map.of("pruefentscheidung", "nachfordern",
          "nachforderungText", "Bitte reichen Sie für jede Maßnahme den Kosten- und Finanzierungsplan des Trägers nach.",
          "nachforderungFrist", heute.toString()));
    });
  }

  void zurFreigabe(ProcessInstance fall, String gk) {
    zurFreigabe(fall, gk, 0);
  }

  private void zurFreigabe(ProcessInstance fall, String gk, int bisJahr) {
    eingereicht(fall, gk, bisJahr);
    ablauf.erledige(fall, "Task_PruefeAntrag", RP_PRUEFUNG, Map.of("pruefentscheidung", "entscheiden"));
    ablauf.erledige(fall, "Task_EntwerfeBescheid", RP_PRUEFUNG, Map.of("entscheidungsart", "voll"));
  }

  void bisZumBescheid(ProcessInstance fall, String gk) {
    bisZumBescheid(fall, gk, 0);
  }

  /** As {@link #bisZumBescheid(ProcessInstance, String)}; the measures run until 31 December of {@code bisJahr} (0: one year). */
  void bisZumBescheid(ProcessInstance fall, String gk, int bisJahr) {
    zurFreigabe(fall, gk, bisJahr);
    ablauf.erledige(fall, "Task_GibBescheidFrei", RP_FREIGABE, Map.of("freigabeEntscheidung", "freigeben"));
  }

  /** After the Bescheid: the body files a Mittelabruf for the first measure; the RP's check is due. */
  void mittelabrufGestellt(ProcessInstance fall, String gk, String betrag, String zweck) {
    ablauf.erledige(fall, "Task_WaehleAnliegen", gk, Map.of("anliegen", "mittelabruf"));
    // the amount spread over the measures in their order, each at most what it was granted
    long rest = de.hessen.aqb.gemeinsam.Geld.centNichtNegativ(betrag, "Demo-Betrag");
    ArrayNode betraege = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
    for (var massnahme : budget.bewilligtJeMassnahme(fall.getBusinessKey())) {
      long teil = Math.min(rest, massnahme.betragCent());
      if (teil > 0) {
        betraege.addObject().put("id", massnahme.massnahmeId()).put("betrag", de.hessen.aqb.gemeinsam.Geld.alsWaehrung(teil)
            .replace(" €", ""));
      }
      rest -= teil;
    }
    boolean erster = mittelabrufe.summeAusgezahltCent(fall.getBusinessKey()) == 0;
    Map<String, Object> werte = new java.util.HashMap<>(Map.of("mittelabrufAktion", "abrufen",
        "mittelabrufBetraege", ProzessVariable.alsJson(betraege),
        "mittelabrufBedarfBis", LocalDate.now(uhr).plusWeeks(6).toString(), "mittelabrufZweck", zweck));
    if (!erster) {
      werte.put("mittelabrufVerwendungBisher", "Die bisher ausgezahlten Mittel sind für Honorare und Mieten verwendet.");
    }
    ablauf.erledige(fall, "Task_StelleMittelabruf", gk, werte);
  }

  /** After the Bescheid: a Mittelabruf, paid in full by the RP; the next request is open. */
  void mitMittelabruf(ProcessInstance fall, String gk, String betrag, String zweck) {
    mittelabrufGestellt(fall, gk, betrag, zweck);
    ablauf.erledige(fall, "Task_PruefeMittelabruf", RP_PRUEFUNG, Map.of("mittelabrufEntscheidung", "auszahlen"));
  }

  /**
   * While its Mittelabruf is in the RP's check the body applies to move a third of its second measure to the first
   * (beyond the 20 % tolerance): the RP's draft of the Änderungsbescheid is due.
   */
  void aenderungGestellt(ProcessInstance fall, String gk) {
    ablauf.erledige(fall, "Task_WaehleAnliegen", gk, Map.of("anliegen", "aenderungsantrag"));
    var massnahmen = budget.bewilligtJeMassnahme(fall.getBusinessKey());
    long verschoben = massnahmen.get(1).betragCent() / 3;
    ArrayNode posten = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
    posten.addObject().put("id", massnahmen.get(0).massnahmeId()).put("entfaellt", false).put("traeger", "")
        .put("betrag", de.hessen.aqb.gemeinsam.Geld.alsWaehrung(massnahmen.get(0).betragCent() + verschoben).replace(" €", ""));
    posten.addObject().put("id", massnahmen.get(1).massnahmeId()).put("entfaellt", false).put("traeger", "")
        .put("betrag", de.hessen.aqb.gemeinsam.Geld.alsWaehrung(massnahmen.get(1).betragCent() - verschoben).replace(" €", ""));
    Map<String, Object> werte = new java.util.HashMap<>();
    werte.put("aenderungAktion", "stellen");
    werte.put("aenderungPosten", ProzessVariable.alsJson(posten));
    werte.put("neueMassnahmen", ProzessVariable.alsJson(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode()));
    werte.put("aenderungBegruendung", "Die erste Maßnahme hat mehr Anmeldungen als geplant; die zweite startet mit weniger "
        + "Plätzen.");
    ablauf.erledige(fall, "Task_StelleAenderungsantrag", gk, werte);
  }

  /** The body closes the Durchführung: the Verwendungsnachweis is due. */
  void durchfuehrungAbgeschlossen(ProcessInstance fall, String gk) {
    ablauf.erledige(fall, "Task_WaehleAnliegen", gk, Map.of("anliegen", "abschliessen"));
  }

  /** The prepared measures with complete details: the budget split evenly, one year each. */
  private ArrayNode vollstaendig(ProcessInstance fall) {
    return vollstaendig(fall, 0);
  }

  /** {@code bisJahr} after the programme year: the measures run until then, the money split over the years. */
  private ArrayNode vollstaendig(ProcessInstance fall, int bisJahr) {
    ProcessInstance antrag = ablauf.instanz(fall, "antrag");
    ArrayNode massnahmen = (ArrayNode) AntragVariablen.MASSNAHMEN.lies(runtimeService.getVariable(antrag.getId(), "massnahmen"));
    long budget = vereinbarung.budgetCent(antrag.getBusinessKey());
    int jahr = ((Number) runtimeService.getVariable(antrag.getId(), "jahr")).intValue();
    long anteil = budget / massnahmen.size() / 100 * 100;
    for (int i = 0; i < massnahmen.size(); i++) {
      long cent = i == massnahmen.size() - 1 ? budget - anteil * (massnahmen.size() - 1) : anteil;
      String euro = new BigDecimal(cent).movePointLeft(2).toPlainString();
      ObjectNode m = (ObjectNode) massnahmen.get(i);
      m.put("traegerName", i % 2 == 0 ? "Bildungswerk der Region gGmbH" : "Beschäftigungsgesellschaft im Kreis mbH");
      m.put("beginn", jahr + "-02-01").put("ende", jahr + "-12-31").put("plaetze", 15 + i);
      m.put("kosten", new BigDecimal(cent + 500_000).movePointLeft(2).toPlainString());
      m.put("foerderung", euro).put("eigenmittel", "5000").put("drittmittel", "0").put("hj1", euro);
      if (bisJahr > jahr) {
        long haelfte = cent / 200 * 100;
        m.put("ende", bisJahr + "-12-31").put("hj1", new BigDecimal(haelfte).movePointLeft(2).toPlainString())
            .put("hj2", new BigDecimal(cent - haelfte).movePointLeft(2).toPlainString());
      }
    }
    return massnahmen;
  }
}

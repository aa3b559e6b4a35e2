package de.hessen.aqb.antrag;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.hessen.aqb.identity.Gruppen;
import de.hessen.aqb.identity.Sitzung;
import de.hessen.aqb.plattform.ProzessVariable;
import de.hessen.aqb.testsupport.Anmeldung;
import de.hessen.aqb.testsupport.ProzessTreiber;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.hessen.aqb.plattform.MandantZuordnung;
import de.hessen.aqb.zielvereinbarung.domain.Massnahmenart;
import de.hessen.aqb.zielvereinbarung.domain.Projekt;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.jdbc.core.simple.JdbcClient;
import de.hessen.aqb.zielvereinbarung.domain.ZielvereinbarungDaten;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Drives "Antrag, Prüfung und Bescheid" as the parties would, started directly (mid-lifecycle) with the
 * variables a signed Zielvereinbarung leaves; asynchronous steps run explicitly.
 */
public class AntragTreiber {

  public static final String RP_PRUEFUNG = "ab.rp.pruefung";
  public static final String RP_FREIGABE = "ab.rp.freigabe";
  public static final String GAB = "ab.gab.sachbearbeitung";

  private final ProcessEngine engine;
  private final Sitzung sitzung;
  public final String kreisschluessel;
  public final String gkSachbearbeitung;
  public ProcessInstance antrag;
  /** The one driver of all stages, for this case. */
  public ProzessTreiber treiber;

  public AntragTreiber(ProcessEngine engine, String kreisschluessel) {
    this.engine = engine;
    this.sitzung = new Sitzung(engine.getIdentityService());
    this.kreisschluessel = kreisschluessel;
    var ids = engine.getIdentityService();
    gkSachbearbeitung = "ab." + kreisschluessel + ".sachbearbeitung";
    Anmeldung.benutzer(ids, gkSachbearbeitung, "kommune-" + kreisschluessel);
    Anmeldung.benutzer(ids, RP_PRUEFUNG, Gruppen.RP_KASSEL);
    Anmeldung.benutzer(ids, RP_FREIGABE, Gruppen.RP_KASSEL);
    Anmeldung.benutzer(ids, GAB, "traeger-gab-limburg");
  }

  /**
   * Starts the stage as the Förderfall would after the Zielvereinbarung: the case in the register and its agreement
   * published (budget and projects, what the stage reads), the instance with the case number as business key.
   */
  public ProcessInstance starte(ZielvereinbarungDaten zv, String foerderfallNummer) {
    JdbcClient jdbc = JdbcClient.create(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource());
    jdbc.sql("insert into aqb_foerderfall (nummer, kreisschluessel, jahr, status, angelegt_am, angelegt_von) values (?, ?, ?, ?, ?, ?)")
        .params(foerderfallNummer, kreisschluessel, zv.jahr(), "AKTIV", java.sql.Timestamp.from(java.time.Instant.now()), "test")
        .update();
    Map<String, List<String>> projekte = new java.util.LinkedHashMap<>();
    for (Massnahmenart art : Massnahmenart.values()) {
      projekte.put(art.ueberschrift(), zv.projekte(art).stream().map(Projekt::name).toList());
    }
    jdbc.sql("""
        insert into aqb_zv_veroeffentlichung (foerderfall_nummer, kreisschluessel, jahr, partner, budget_cent, projekte_json,
          unterzeichnet_ministerium, unterzeichnet_partner, veroeffentlicht_am, pdf) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(foerderfallNummer, kreisschluessel, zv.jahr(), "Test " + kreisschluessel, zv.budgetCent(),
            new ObjectMapper().valueToTree(projekte).toString(), java.sql.Date.valueOf(zv.jahr() + "-01-15"),
            java.sql.Date.valueOf(zv.jahr() + "-01-20"), java.sql.Timestamp.from(java.time.Instant.now()), new byte[] {1})
        .update();
    antrag = engine.getRuntimeService().startProcessInstanceByKey("antrag", foerderfallNummer,
        Map.of(MandantZuordnung.START_VARIABLE, kreisschluessel));
    treiber = new ProzessTreiber(engine, foerderfallNummer);
    fuehreJobsAus();
    return antrag;
  }

  /** Continues a case whose Förderfall already called this stage (after the Zielvereinbarung). */
  public AntragTreiber fuer(ProcessInstance foerderfall) {
    antrag = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(foerderfall.getId())
        .processDefinitionKey("antrag").singleResult();
    assertThat(antrag).as("Antrag-Prozess des Förderfalls").isNotNull();
    treiber = new ProzessTreiber(engine, antrag.getBusinessKey());
    fuehreJobsAus();
    return this;
  }

  /** The prepared measures with complete details: each gets {@code betraege[i]} euros of AQB money in the first year. */
  public ArrayNode vollstaendig(long... euro) {
    ArrayNode liste = (ArrayNode) variable("massnahmen");
    for (int i = 0; i < liste.size(); i++) {
      ObjectNode m = (ObjectNode) liste.get(i);
      long betrag = i < euro.length ? euro[i] : 0;
      m.put("traegerName", "Träger " + (i + 1));
      m.put("beginn", jahr() + "-02-01");
      m.put("ende", jahr() + "-12-31");
      m.put("plaetze", 12);
      m.put("kosten", String.valueOf(betrag + 1000));
      m.put("foerderung", String.valueOf(betrag));
      m.put("eigenmittel", "1000");
      m.put("drittmittel", "0");
      m.put("hj1", String.valueOf(betrag));
    }
    return liste;
  }

  public int jahr() {
    return ((Number) engine.getRuntimeService().getVariable(antrag.getId(), "jahr")).intValue();
  }

  public JsonNode variable(String name) {
    return ProzessVariable.json(name).lies(engine.getRuntimeService().getVariable(antrag.getId(), name));
  }

  public void erfasse(ArrayNode massnahmen) {
    erledige("Task_ErfasseAntrag", gkSachbearbeitung, Map.of("massnahmen", ProzessVariable.alsJson(massnahmen)));
  }

  public void reicheEin(ArrayNode massnahmen) {
    erledige("Task_ReicheAntragEin", gkSachbearbeitung, Map.of("massnahmen", ProzessVariable.alsJson(massnahmen),
        "antragBestaetigt", true));
  }

  public void pruefe(String entscheidung, String text, String frist) {
    Map<String, Object> werte = new HashMap<>();
    werte.put("pruefentscheidung", entscheidung);
    werte.put("nachforderungText", text);
    werte.put("nachforderungFrist", frist);
    erledige("Task_PruefeAntrag", RP_PRUEFUNG, werte);
  }

  public void entwerfeBescheid(Map<String, Object> werte) {
    erledige("Task_EntwerfeBescheid", RP_PRUEFUNG, werte);
  }

  public void gibFrei(String benutzer, String entscheidung, String bemerkung) {
    Map<String, Object> werte = new HashMap<>();
    werte.put("freigabeEntscheidung", entscheidung);
    werte.put("freigabeBemerkung", bemerkung);
    erledige("Task_GibBescheidFrei", benutzer, werte);
  }

  public Task aufgabe(String definitionKey) {
    return treiber.aufgabe(definitionKey);
  }

  public void erledige(String definitionKey, String benutzer, Map<String, Object> werte) {
    treiber.erledige(definitionKey, benutzer, werte);
  }

  public <T> T als(String benutzer, java.util.function.Supplier<T> aktion) {
    return sitzung.als(benutzer, aktion);
  }

  /** Runs the due jobs of this case (incl. called provider processes) until none is left. */
  public void fuehreJobsAus() {
    treiber.fuehreJobsAus();
  }

  public void loeseTimerAus(String activityId) {
    treiber.loeseTimerAus(activityId);
  }

  public static ArrayNode liste() {
    return JsonNodeFactory.instance.arrayNode();
  }
}

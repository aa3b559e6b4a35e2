package de.hessen.aqb.zielvereinbarung;

import static org.assertj.core.api.Assertions.assertThat;

import de.hessen.aqb.identity.Gruppen;
import de.hessen.aqb.identity.Sitzung;
import de.hessen.aqb.zielvereinbarung.camunda.EntwurfFormularwerte;
import de.hessen.aqb.testsupport.Anmeldung;
import de.hessen.aqb.testsupport.ProzessTreiber;
import de.hessen.aqb.zielvereinbarung.domain.ZielvereinbarungDaten;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Drives a Förderfall through the Zielvereinbarung as the clerks would (logged in as the party's user,
 * so authorizations apply), with the asynchronous steps run explicitly like the job executor would.
 */
public class ZielvereinbarungTreiber {

  public static final String HMSI_SB = "zv.hmsi.sachbearbeitung";
  public static final String HMSI_ZB = "zv.hmsi.ministerin";

  private final ProcessEngine engine;
  public final String kreisschluessel;
  public final String gkSachbearbeitung;
  public final String gkZeichnung;
  public ProcessInstance foerderfall;
  /** The one driver of all stages, for this case (known once the Förderfall is started). */
  public ProzessTreiber treiber;

  public ZielvereinbarungTreiber(ProcessEngine engine, String kreisschluessel) {
    this.engine = engine;
    this.kreisschluessel = kreisschluessel;
    var ids = engine.getIdentityService();
    Anmeldung.benutzer(ids, HMSI_SB, Gruppen.HMSI);
    Anmeldung.benutzer(ids, HMSI_ZB, Gruppen.HMSI, Gruppen.ZEICHNUNGSBERECHTIGTE);
    gkSachbearbeitung = "zv." + kreisschluessel + ".sachbearbeitung";
    gkZeichnung = "zv." + kreisschluessel + ".zeichnung";
    if (ids.createGroupQuery().groupId("kommune-" + kreisschluessel).count() > 0) {
      Anmeldung.benutzer(ids, gkSachbearbeitung, "kommune-" + kreisschluessel);
      Anmeldung.benutzer(ids, gkZeichnung, "kommune-" + kreisschluessel, Gruppen.ZEICHNUNGSBERECHTIGTE);
    }
  }

  public ProcessInstance starte(int jahr) {
    foerderfall = als(HMSI_SB, () -> engine.getRuntimeService().startProcessInstanceByKey("foerderfall",
        Map.of("gebietskoerperschaft", kreisschluessel, "jahr", (long) jahr)));
    treiber = new ProzessTreiber(engine, foerderfall.getBusinessKey());
    return foerderfall;
  }

  public ProcessInstance zielvereinbarung() {
    return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(foerderfall.getId()).singleResult();
  }

  public String zvId() {
    return zielvereinbarung().getId();
  }

  public Task aufgabe(String definitionKey) {
    return treiber.aufgabe(definitionKey);
  }

  /** The form values of "Entwurf erstellen", from agreement data (e.g. a seed). */
  public static Map<String, Object> entwurf(ZielvereinbarungDaten daten) {
    return EntwurfFormularwerte.aus(daten);
  }

  public void erstelleEntwurf(Map<String, Object> werte) {
    erledige("Task_ErstelleEntwurf", HMSI_SB, werte);
  }

  public void pruefe(boolean zustimmen, String aenderungswunsch) {
    Map<String, Object> werte = new HashMap<>();
    werte.put("pruefungErgebnis", zustimmen ? "zustimmen" : "aendern");
    werte.put("aenderungswunsch", aenderungswunsch);
    erledige("Task_PruefeEntwurf", gkSachbearbeitung, werte);
  }

  public void unterzeichne(String partei, String ort, LocalDate datum) {
    boolean ministerium = "ministerium".equals(partei);
    String praefix = ministerium ? "unterzeichnungMinisterium" : "unterzeichnungGebietskoerperschaft";
    Map<String, Object> werte = new HashMap<>();
    werte.put(praefix + "Ort", ort);
    werte.put(praefix + "Datum", datum == null ? null : datum.toString());
    erledige(ministerium ? "Task_UnterzeichneMinisterium" : "Task_UnterzeichneGebietskoerperschaft",
        ministerium ? HMSI_ZB : gkZeichnung, werte);
  }

  public void bestaetigeEingang(LocalDate datum) {
    erledige("Task_BestaetigeEingang", HMSI_SB, Map.of("eingangsdatum", datum.toString()));
  }

  /** Completes the task as {@code benutzer}; the asynchronous steps wait for {@link #fuehreJobsAus()}. */
  public void erledige(String definitionKey, String benutzer, Map<String, Object> werte) {
    treiber.schliesseAb(definitionKey, benutzer, werte);
  }

  /** Runs all due jobs of the case (both process instances) until none is left, like the job executor. */
  public int fuehreJobsAus() {
    return treiber.fuehreJobsAusWieDerJobExecutor();
  }

  /** Fires the reminder timer attached to the given task (as if its cycle had come due). */
  public void loeseErinnerungAus(String boundaryEventId) {
    treiber.feuereTimer(boundaryEventId);
  }

  public <T> T als(String benutzer, java.util.function.Supplier<T> aktion) {
    return new Sitzung(engine.getIdentityService()).als(benutzer, aktion);
  }

  /** The whole stage as everyone agrees: draft from {@code daten}, approved, signed by both today in {@code ort}, received. */
  public void bisZurVeroeffentlichung(ZielvereinbarungDaten daten, String ort) {
    erstelleEntwurf(entwurf(daten));
    fuehreJobsAus();
    pruefe(true, null);
    fuehreJobsAus();
    unterzeichne("ministerium", ort, LocalDate.now());
    fuehreJobsAus();
    unterzeichne("gebietskoerperschaft", ort, LocalDate.now());
    fuehreJobsAus();
    bestaetigeEingang(LocalDate.now());
    fuehreJobsAus();
  }
}

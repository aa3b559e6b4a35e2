package de.hessen.aqb.aenderungsantrag;

import static de.hessen.aqb.aenderungsantrag.camunda.AenderungsantragVariablen.*;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import de.hessen.aqb.durchfuehrung.DurchfuehrungTreiber;
import de.hessen.aqb.fall.Fallregister;
import de.hessen.aqb.foerderbudget.Foerderbudget;
import de.hessen.aqb.foerderbudget.Mittelabrufe;
import de.hessen.aqb.plattform.MandantZuordnung;
import de.hessen.aqb.plattform.ProzessVariable;
import de.hessen.aqb.testsupport.Anmeldung;
import de.hessen.aqb.identity.Gruppen;
import de.hessen.aqb.zielvereinbarung.domain.SeedZielvereinbarungen;
import de.hessen.aqb.zielvereinbarung.domain.ZielvereinbarungDaten;
import de.hessen.aqb.zielvereinbarung.portal.Veroeffentlichungen;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Drives one "Änderungsantrag" as the parties would: a registered case with a published Zielvereinbarung (budget) and
 * a Bescheid in the ledger (via {@link DurchfuehrungTreiber}), the request started directly as the Durchführung calls it.
 */
public class AenderungsantragTreiber {

  public static final String RP_ZWEI = "ae.rp.freigabe";

  public final DurchfuehrungTreiber fall;
  private final ProcessEngine engine;
  public ProcessInstance instanz;

  public AenderungsantragTreiber(ProcessEngine engine, Fallregister register, Veroeffentlichungen portal, Foerderbudget budget,
      String kreisschluessel, long budgetEuro, LocalDate bewilligungBis, long... euro) {
    this.engine = engine;
    fall = DurchfuehrungTreiber.neuerFall(engine, register, kreisschluessel);
    Anmeldung.benutzer(engine.getIdentityService(), RP_ZWEI, Gruppen.RP_KASSEL);
    ZielvereinbarungDaten zv = SeedZielvereinbarungen.wiesbaden2025();
    portal.veroeffentliche(fall.foerderfallNummer, kreisschluessel, new ZielvereinbarungDaten(zv.jahr(), zv.partner(),
        budgetEuro * 100, zv.projekte(), zv.paragraph2Jahrestext(), zv.buendnisZeitraum(), zv.ministerium(),
        zv.partnerUnterzeichnung()), new byte[] {1});
    fall.bucheBescheid(budget, bewilligungBis, euro);
  }

  /** Starts the request as the Durchführung's call activity would (business key, display variables, tenant). */
  public ProcessInstance starte() {
    Map<String, Object> v = new HashMap<>();
    v.put(MandantZuordnung.START_VARIABLE, fall.kreisschluessel);
    v.put("foerderfallNummer", fall.foerderfallNummer);
    v.put("gebietskoerperschaftName", "Test");
    v.put("jahr", 2025);
    v.put("bescheidAktenzeichen", fall.aktenzeichen());
    instanz = engine.getRuntimeService().startProcessInstanceByKey("aenderungsantrag", fall.foerderfallNummer, v);
    fall.fuehreJobsAus();
    return instanz;
  }

  /** Pays {@code euro} on measure {@code massnahme} as a decided Mittelabruf (straight into the ledger). */
  public void zahleAus(Mittelabrufe mittelabrufe, String massnahme, long euro) {
    int nummer = mittelabrufe.erfasse(fall.foerderfallNummer, Map.of(massnahme, euro * 100), LocalDate.now().plusDays(10),
        "Honorare", "verwendet", fall.gkSachbearbeitung);
    mittelabrufe.entscheide(fall.foerderfallNummer, nummer, Mittelabrufe.Status.AUSGEZAHLT, Map.of(massnahme, euro * 100),
        DurchfuehrungTreiber.RP, null);
  }

  /** The body's form: amounts per measure id as typed. */
  public static Map<String, Object> antrag(Map<String, String> betraege, String neuesEnde, String begruendung) {
    ArrayNode posten = JsonNodeFactory.instance.arrayNode();
    betraege.forEach((id, betrag) -> posten.addObject().put("id", id).put("betrag", betrag).put("entfaellt", false).put("traeger", ""));
    Map<String, Object> werte = new HashMap<>();
    werte.put(AKTION.name(), "stellen");
    werte.put(POSTEN.name(), ProzessVariable.alsJson(posten));
    werte.put(NEUE_MASSNAHMEN.name(), ProzessVariable.alsJson(JsonNodeFactory.instance.arrayNode()));
    werte.put(NEUES_ENDE.name(), neuesEnde);
    werte.put(BEGRUENDUNG.name(), begruendung);
    return werte;
  }

  /** The RP's draft: bewilligen, teilweise (amounts per id as typed) or ablehnen. */
  public static Map<String, Object> entwurf(String art, Map<String, String> betraege, String begruendung) {
    ArrayNode liste = JsonNodeFactory.instance.arrayNode();
    betraege.forEach((id, betrag) -> liste.addObject().put("id", id).put("betrag", betrag));
    Map<String, Object> werte = new HashMap<>();
    werte.put(ENTSCHEIDUNG.name(), art);
    werte.put(BETRAEGE.name(), ProzessVariable.alsJson(liste));
    werte.put(ENTSCHEIDUNG_BEGRUENDUNG.name(), begruendung);
    return werte;
  }

  public static Map<String, Object> freigabe(String entscheidung, String bemerkung) {
    Map<String, Object> werte = new HashMap<>();
    werte.put(FREIGABE.name(), entscheidung);
    werte.put(FREIGABE_BEMERKUNG.name(), bemerkung);
    return werte;
  }

  public void stelle(Map<String, Object> werte) {
    erledige("Task_StelleAenderungsantrag", fall.gkSachbearbeitung, werte);
  }

  public void erledige(String aufgabe, String benutzer, Map<String, Object> werte) {
    fall.treiber.erledige(aufgabe(aufgabe), benutzer, werte);
  }

  public Task aufgabe(String definitionKey) {
    return fall.aufgabe(instanz.getId(), definitionKey);
  }

  public Object variable(String name) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instanz.getId())
        .variableName(name).singleResult().getValue();
  }
}

package de.hessen.aqb.nachweis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import de.hessen.aqb.antrag.domain.BescheidDaten;
import de.hessen.aqb.fall.Faelle;
import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.fall.Fallregister;
import de.hessen.aqb.foerderbudget.Foerderbudget;
import de.hessen.aqb.foerderbudget.Mittelabrufe;
import de.hessen.aqb.identity.Gruppen;
import de.hessen.aqb.identity.Sitzung;
import de.hessen.aqb.nachweis.camunda.NachweisVariablen;
import de.hessen.aqb.nachweis.camunda.TraegerberichtVariablen;
import de.hessen.aqb.plattform.MandantZuordnung;
import de.hessen.aqb.plattform.ProzessVariable;
import de.hessen.aqb.testsupport.Anmeldung;
import de.hessen.aqb.testsupport.ProzessTreiber;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The Nachweis stage's form values on top of the one driver ({@link ProzessTreiber}): a case registered, its Bescheid
 * booked and money paid (M1 30.000,00 € and M2 20.000,00 € granted for 2025), the stage started as the Förderfall's call
 * activity would (business key = case number, tenant of the body), then each party's submission as its form sends it.
 */
public class NachweisTreiber {

  public static final String RP_SACHLICH = "nw.rp.sachlich";
  public static final String RP_RECHNERISCH = "nw.rp.rechnerisch";
  /** A clerk of the GAB Limburg, the provider with its own login (group traeger-gab-limburg, member of Limburg's tenant). */
  public static final String GAB = "nw.gab.sachbearbeitung";
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
  public ProzessTreiber treiber;

  public NachweisTreiber(ProcessEngine engine, String kreisschluessel) {
    this.engine = engine;
    this.sitzung = new Sitzung(engine.getIdentityService());
    this.kreisschluessel = kreisschluessel;
    gkSachbearbeitung = "nw." + kreisschluessel + ".sachbearbeitung";
    var ids = engine.getIdentityService();
    Anmeldung.benutzer(ids, gkSachbearbeitung, "kommune-" + kreisschluessel);
    Anmeldung.benutzer(ids, RP_SACHLICH, Gruppen.RP_KASSEL);
    Anmeldung.benutzer(ids, RP_RECHNERISCH, Gruppen.RP_KASSEL);
    Anmeldung.benutzer(ids, GAB, "traeger-gab-limburg");
  }

  /**
   * The Antrag as the Antrag stage stores it, for a case whose M1 the GAB Limburg runs (provider with its own login,
   * 12 participants planned) and whose M2 the body gives to a provider without login: what the Nachweis reads of who
   * runs which measure. Call before {@link #starte()}.
   */
  public NachweisTreiber mitGabMassnahme() {
    var datenquelle = ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getDataSource();
    org.springframework.jdbc.core.simple.JdbcClient.create(datenquelle)
        .sql("insert into aqb_antrag (foerderfall_nummer, massnahmen_json, antragsfrist) values (?, ?, ?)")
        .params(nummer, "[{\"id\":\"M1\",\"name\":\"Fit für den Beruf (FIB)\",\"massnahmenart\":\"1\",\"traeger\":\"gab-limburg\","
            + "\"traegerName\":\"GAB Limburg – Gesellschaft für Ausbildung und Beschäftigung mbH\",\"plaetze\":12},"
            + "{\"id\":\"M2\",\"name\":\"AidA – Altenpflegehilfe\",\"massnahmenart\":\"2\",\"traegerName\":\"Träger 2\",\"plaetze\":8}]",
            java.sql.Timestamp.valueOf("2025-03-31 23:59:00"))
        .update();
    return this;
  }

  /** What the provider's form sends: per measure {id, teilnehmendeErreicht, ergebnisse, abweichungen, ausgaben, einnahmen}. */
  public Map<String, Object> traegerbericht(Map<String, String[]> jeMassnahme, byte[] belegliste) {
    ArrayNode liste = JsonNodeFactory.instance.arrayNode();
    jeMassnahme.forEach((id, w) -> liste.addObject().put("id", id).put("teilnehmendeErreicht", w[0]).put("ergebnisse", w[1])
        .put("abweichungen", w[2]).put("ausgaben", w[3]).put("einnahmen", w[4]));
    Map<String, Object> werte = new HashMap<>();
    werte.put(TraegerberichtVariablen.TRAEGERBERICHT_MASSNAHMEN.name(), ProzessVariable.alsJson(liste));
    werte.put(TraegerberichtVariablen.TRAEGER_BELEGLISTE.name(),
        Variables.fileValue("belege-gab.csv").file(belegliste).mimeType("text/csv").create());
    werte.put(TraegerberichtVariablen.TRAEGERBERICHT_BESTAETIGT.name(), true);
    return werte;
  }

  /** Registers a case (a random far year: one active case per body and year), books the Bescheid and pays {@code ausgezahltCent}. */
  public NachweisTreiber mitBescheidUndAuszahlung(Fallregister register, Foerderbudget budget, Mittelabrufe mittelabrufe,
      long ausgezahltCent) {
    int jahr;
    do {
      jahr = 2200 + ZUFALL.nextInt(7000);
    } while (register.aktiverFall(kreisschluessel, jahr).isPresent());
    nummer = register.registriere(kreisschluessel, jahr, "test");
    treiber = new ProzessTreiber(engine, nummer);
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
      // paid on M1 first, the rest on M2 (at most the 50.000 € granted)
      Map<String, Long> posten = new java.util.LinkedHashMap<>();
      posten.put("M1", Math.min(ausgezahltCent, 30_000_00L));
      if (ausgezahltCent > 30_000_00L) {
        posten.put("M2", ausgezahltCent - 30_000_00L);
      }
      mittelabrufe.sperre(nummer);
      int abruf = mittelabrufe.erfasse(nummer, posten, LocalDate.now(), "Abruf für 2025", null, gkSachbearbeitung);
      mittelabrufe.entscheide(nummer, abruf, Mittelabrufe.Status.AUSGEZAHLT, posten, "nw.rp.kasse", null);
    }
    return this;
  }

  /** Starts the stage as the Förderfall's call activity does: the case number as business key, the body's tenant. */
  public ProcessInstance starte() {
    nachweis = engine.getRuntimeService().startProcessInstanceByKey("nachweis", nummer,
        Map.of(MandantZuordnung.START_VARIABLE, kreisschluessel));
    fuehreJobsAus();
    return nachweis;
  }

  /** The case head as every service reads it (register: year and name of the body). */
  public Fallkopf kopf(Faelle faelle) {
    return faelle.kopf(nummer);
  }

  public static byte[] csv(String zeilen) {
    return (KOPF + zeilen).getBytes(StandardCharsets.UTF_8);
  }

  /** The body's submission as its form sends it: Sachbericht, per measure only {id, ausgaben, einnahmen}, the Belegliste. */
  public Map<String, Object> einreichung(String ausgabenM1, String ausgabenM2, byte[] belegliste) {
    Map<String, Object> werte = new HashMap<>();
    werte.put(NachweisVariablen.SACHBERICHT_DURCHFUEHRUNG.name(), "Zwei Maßnahmen wie geplant durchgeführt.");
    werte.put(NachweisVariablen.SACHBERICHT_TEILNEHMENDE.name(), "24 Jugendliche, davon 10 in Ausbildung vermittelt.");
    werte.put(NachweisVariablen.SACHBERICHT_ERGEBNISSE.name(), "Vermittlungsquote 42 %.");
    werte.put(NachweisVariablen.SACHBERICHT_ABWEICHUNGEN.name(), "");
    werte.put(TraegerberichtVariablen.SACHBERICHT_TEILNEHMENDE_ERREICHT.name(), 24);
    werte.put(NachweisVariablen.ZAHLENMAESSIGER_NACHWEIS.name(), angaben(Map.of("M1", new String[] {ausgabenM1, "1.000,00"},
        "M2", new String[] {ausgabenM2, ""})));
    werte.put(NachweisVariablen.BELEGLISTE.name(), Variables.fileValue("belegliste.csv").file(belegliste).mimeType("text/csv").create());
    werte.put(NachweisVariablen.VN_BESTAETIGT.name(), true);
    return werte;
  }

  /** The list the body's form sends: one entry per row shown, {id, ausgaben, einnahmen}. */
  public Object angaben(Map<String, String[]> jeMassnahme) {
    ArrayNode liste = JsonNodeFactory.instance.arrayNode();
    for (JsonNode z : variable(NachweisVariablen.ZAHLENMAESSIGER_NACHWEIS.name())) {
      String[] wert = jeMassnahme.getOrDefault(z.path("id").asText(), new String[] {"", ""});
      liste.addObject().put("id", z.path("id").asText()).put("ausgaben", wert[0]).put("einnahmen", wert[1]);
    }
    return ProzessVariable.alsJson(liste);
  }

  public void reicheEin(Map<String, Object> werte) {
    erledige("Task_ErstelleVerwendungsnachweis", gkSachbearbeitung, werte);
  }

  public Map<String, Object> sachlich(String entscheidung, String text, String frist) {
    Map<String, Object> werte = new HashMap<>();
    werte.put(NachweisVariablen.SACHLICH_ENTSCHEIDUNG.name(), entscheidung);
    werte.put(NachweisVariablen.NACHFORDERUNG_TEXT.name(), text);
    werte.put(NachweisVariablen.NACHFORDERUNG_FRIST.name(), frist);
    return werte;
  }

  public void pruefeSachlich(String benutzer, String entscheidung, String text, String frist) {
    erledige("Task_PruefeSachlich", benutzer, sachlich(entscheidung, text, frist));
  }

  /**
   * What the second clerk's form sends: the objected rows {zeile, grund, kommentar} ({@code einwaende}: row → {grund,
   * kommentar}) and the confirmation; never an amount.
   */
  public Map<String, Object> rechnerisch(Map<Integer, String[]> einwaende) {
    ArrayNode liste = JsonNodeFactory.instance.arrayNode();
    new java.util.TreeMap<>(einwaende).forEach((zeile, e) -> liste.addObject().put("zeile", String.valueOf(zeile)).put("grund", e[0])
        .put("kommentar", e.length > 1 ? e[1] : ""));
    return new HashMap<>(Map.of(NachweisVariablen.BELEG_EINWAENDE.name(), ProzessVariable.alsJson(liste),
        NachweisVariablen.RECHNERISCH_BESTAETIGT.name(), true));
  }

  public void pruefeRechnerisch(String benutzer, Map<Integer, String[]> einwaende) {
    erledige("Task_PruefeRechnerisch", benutzer, rechnerisch(einwaende));
  }

  public JsonNode variable(String name) {
    return ProzessVariable.json(name).lies(engine.getRuntimeService().getVariable(nachweis.getId(), name));
  }

  public Object historisch(String name) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(nachweis.getId())
        .variableName(name).singleResult().getValue();
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

  public void fuehreJobsAus() {
    treiber.fuehreJobsAus();
  }

  public void loeseTimerAus(String activityId) {
    treiber.loeseTimerAus(activityId);
  }
}

package de.hessen.aqb.demo;

import de.hessen.aqb.fall.Fallregister;
import de.hessen.aqb.identity.Sitzung;
import de.hessen.aqb.zielvereinbarung.Zielvereinbarungen;
import de.hessen.aqb.zielvereinbarung.camunda.EntwurfFormularwerte;
import de.hessen.aqb.zielvereinbarung.domain.SeedZielvereinbarungen;
import de.hessen.aqb.zielvereinbarung.domain.ZielvereinbarungDaten;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The told cases of the demo (README, "Demo"), each played once through the real processes as the demo users (profile
 * {@code demo}, before the job executor starts); a story is skipped when its first case exists.
 */
@Component
@Profile("demo")
class DemoFaelle {

  private static final Logger LOG = LoggerFactory.getLogger(DemoFaelle.class);
  private static final String HMSI_SB = "hmsi.sachbearbeitung";

  private final RuntimeService runtimeService;
  private final java.time.Clock uhr;
  private final Fallregister register;
  private final Sitzung sitzung;
  private final DemoAblauf ablauf;
  private final DemoAntraege antraege;
  private final Zielvereinbarungen zielvereinbarungen;
  private final DemoNachweise nachweise;

  DemoFaelle(RuntimeService runtimeService, Fallregister register, Sitzung sitzung, DemoAblauf ablauf,
      DemoAntraege antraege, Zielvereinbarungen zielvereinbarungen, java.time.Clock uhr, DemoNachweise nachweise) {
    this.nachweise = nachweise;
    this.uhr = uhr;
    this.runtimeService = runtimeService;
    this.register = register;
    this.sitzung = sitzung;
    this.ablauf = ablauf;
    this.antraege = antraege;
    this.zielvereinbarungen = zielvereinbarungen;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(40)
  public void spieleDemoGeschichte() {
    try {
      erzaehle();
    } catch (RuntimeException e) {
      // the demo must never keep the application from starting: what was created stays, the rest is logged
      LOG.error("Demo-Geschichte unvollständig angelegt: {}", e.getMessage(), e);
    }
  }

  /**
   * The stories of the single cases, independent of each other except a body's two years (told in order in one story),
   * played on two threads (the heaviest first).
   */
  private void erzaehle() {
    Map<String, Runnable> geschichten = new LinkedHashMap<>();
    einmal(geschichten, "Main-Kinzig-Kreis 2025", "06435", 2025, this::mainKinzig2025);
    einmal(geschichten, "Marburg-Biedenkopf 2025", "06534", 2025, this::marburg2025);
    einmal(geschichten, "Wiesbaden 2025 und 2026", "06414", 2025, this::wiesbaden);
    einmal(geschichten, "Gießen 2025", "06531", 2025, this::giessen2025);
    einmal(geschichten, "Kassel 2026", "06611", 2026, this::kassel2026);
    einmal(geschichten, "Darmstadt 2025", "06411", 2025, this::darmstadt2025);
    einmal(geschichten, "Frankfurt 2025", "06412", 2025, () -> antraege.zurFreigabe(
        veroeffentlicht("06412", 2025, "frankfurt.sachbearbeitung"), "frankfurt.sachbearbeitung"));
    einmal(geschichten, "Limburg-Weilburg 2025 und 2026", "06533", 2025, this::limburg);
    einmal(geschichten, "Odenwaldkreis 2025", "06437", 2025, this::odenwald2025);
    if (geschichten.isEmpty()) {
      return;
    }
    ablauf.nebeneinander(geschichten);
    LOG.info("Demo-Fälle angelegt (README, Demo): {}", String.join(", ", geschichten.keySet()));
  }

  /**
   * Plays a story only if its first case does not exist yet: the story is told once, also when the stories run in
   * parallel and an earlier start broke off half-way (a story begun then stays as far as it got).
   */
  private void einmal(Map<String, Runnable> geschichten, String name, String kreisschluessel, int jahr, Runnable geschichte) {
    if (register.nummern(kreisschluessel, jahr).isEmpty()) {
      geschichten.put(name, geschichte);
    }
  }

  /** Wiesbaden 2025: the real agreement (seed 000) with its dates, then Antrag and Bescheid; 2026: the RP asked for documents. */
  private void wiesbaden() {
    ProcessInstance wiesbaden = bisZurUnterzeichnung("06414", SeedZielvereinbarungen.wiesbaden2025(), "wiesbaden.sachbearbeitung");
    ablauf.unterzeichne(wiesbaden, "Task_UnterzeichneMinisterium", "hmsi.ministerin", "unterzeichnungMinisterium", "Wiesbaden",
        "2025-08-06");
    ablauf.unterzeichne(wiesbaden, "Task_UnterzeichneGebietskoerperschaft", "wiesbaden.stadtraetin",
        "unterzeichnungGebietskoerperschaft", "Wiesbaden", "2025-08-13");
    erledige(wiesbaden, "Task_BestaetigeEingang", HMSI_SB, Map.of("eingangsdatum", "2025-08-20"));
    antraege.bisZumBescheid(wiesbaden, "wiesbaden.sachbearbeitung");
    antraege.mitMittelabruf(wiesbaden, "wiesbaden.sachbearbeitung", "500.000,00",
        "Honorare, Mieten und Sachkosten der neun Maßnahmen für die nächsten sechs Wochen");
    antraege.durchfuehrungAbgeschlossen(wiesbaden, "wiesbaden.sachbearbeitung");
    antraege.mitNachforderung(veroeffentlicht("06414", 2026, "wiesbaden.sachbearbeitung"), "wiesbaden.sachbearbeitung");
  }

  /** Odenwaldkreis 2025 (seed 001): signed by the ministry, waiting for the Landrat. */
  private void odenwald2025() {
    ProcessInstance odenwald = bisZurUnterzeichnung("06437", SeedZielvereinbarungen.odenwaldkreis2025(), "odenwald.sachbearbeitung");
    ablauf.unterzeichne(odenwald, "Task_UnterzeichneMinisterium", "hmsi.ministerin", "unterzeichnungMinisterium", "Wiesbaden",
        "2025-08-02");
  }

  /** Limburg-Weilburg 2025: Antrag recorded, the GAB Limburg completes its measure; 2026: the ministry's draft is due. */
  private void limburg() {
    antraege.beimTraeger(veroeffentlicht("06533", 2025, "limburg.sachbearbeitung"), "limburg.sachbearbeitung");
    starte("06533", 2026);
  }

  /** Darmstadt 2025: granted, a Mittelabruf filed, the RP's check due. */
  private void darmstadt2025() {
    ProcessInstance darmstadt = veroeffentlicht("06411", 2025, "darmstadt.sachbearbeitung");
    antraege.bisZumBescheid(darmstadt, "darmstadt.sachbearbeitung");
    antraege.mittelabrufGestellt(darmstadt, "darmstadt.sachbearbeitung", "85.000,00",
        "Honorare der Lehrkräfte und Raummiete für die nächsten sechs Wochen");
  }

  /** Kassel 2026: granted, an Änderungsantrag filed, the RP's draft of the Änderungsbescheid is due. */
  private void kassel2026() {
    ProcessInstance kassel = veroeffentlicht("06611", 2026, "kassel.sachbearbeitung");
    antraege.bisZumBescheid(kassel, "kassel.sachbearbeitung");
    antraege.aenderungGestellt(kassel, "kassel.sachbearbeitung");
  }

  /** Gießen 2025: a two-year grant (measures until 31.12.2026) in the Durchführung: the Zwischennachweis 2025 is requested. */
  private void giessen2025() {
    ProcessInstance giessen = veroeffentlicht("06531", 2025, "giessen.sachbearbeitung");
    antraege.bisZumBescheid(giessen, "giessen.sachbearbeitung", 2026);
    antraege.mitMittelabruf(giessen, "giessen.sachbearbeitung", "60.000,00", "Honorare und Raummiete der ersten Maßnahme");
  }

  /** Marburg-Biedenkopf 2025: the Verwendungsnachweis is in the RP's sachliche Prüfung. */
  private void marburg2025() {
    ProcessInstance marburg = veroeffentlicht("06534", 2025, "marburg.sachbearbeitung");
    antraege.bisZumBescheid(marburg, "marburg.sachbearbeitung");
    antraege.mitMittelabruf(marburg, "marburg.sachbearbeitung", "80.000,00", "Honorare und Raummiete der ersten Maßnahme");
    antraege.durchfuehrungAbgeschlossen(marburg, "marburg.sachbearbeitung");
    nachweise.eingereicht(marburg, "marburg.sachbearbeitung", 2025, 72_500_00L);
  }

  /** Main-Kinzig-Kreis 2025: checked, 5.000,00 € reclaimed with interest, paid, closed (its Akte can be downloaded). */
  private void mainKinzig2025() {
    ProcessInstance mainKinzig = veroeffentlicht("06435", 2025, "mainkinzig.sachbearbeitung");
    antraege.bisZumBescheid(mainKinzig, "mainkinzig.sachbearbeitung");
    antraege.mitMittelabruf(mainKinzig, "mainkinzig.sachbearbeitung", "80.000,00", "Honorare und Raummiete der ersten Maßnahme");
    antraege.durchfuehrungAbgeschlossen(mainKinzig, "mainkinzig.sachbearbeitung");
    nachweise.eingereicht(mainKinzig, "mainkinzig.sachbearbeitung", 2025, 75_000_00L);
    nachweise.geprueftBezahltAbgeschlossen(mainKinzig);
  }

  /** A signed and published agreement for a body without seed text (the Odenwaldkreis projects as example data). */
  private ProcessInstance veroeffentlicht(String kreisschluessel, int jahr, String gkBenutzer) {
    ZielvereinbarungDaten beispiel = SeedZielvereinbarungen.odenwaldkreis2025();
    ProcessInstance fall = starte(kreisschluessel, jahr);
    Map<String, Object> werte = new java.util.HashMap<>(EntwurfFormularwerte.aus(beispiel));
    werte.put("unterzeichnerPartnerName", "Erika Mustermann");
    werte.put("unterzeichnerPartnerTitel", "Kreisbeigeordnete");
    erledige(fall, "Task_ErstelleEntwurf", HMSI_SB, werte);
    erledige(fall, "Task_PruefeEntwurf", gkBenutzer, Map.of("pruefungErgebnis", "zustimmen"));
    String heute = LocalDate.now(uhr).toString();
    ablauf.unterzeichnetUndEingegangen(fall, gkBenutzer, "Kreishaus", heute);
    return fall;
  }

  private ProcessInstance bisZurUnterzeichnung(String kreisschluessel, ZielvereinbarungDaten seed, String pruefer) {
    ProcessInstance fall = starte(kreisschluessel, seed.jahr());
    erledige(fall, "Task_ErstelleEntwurf", HMSI_SB, EntwurfFormularwerte.aus(seed));
    // the story is back-dated to the real 2025 agreements: the draft was made in July 2025
    zielvereinbarungen.datiereEntwurfFuerDemo(fall.getBusinessKey(), LocalDate.of(2025, 7, 15));
    runtimeService.setVariable(ablauf.instanz(fall, "zielvereinbarung").getId(), "entwurfDatum", "2025-07-15");
    erledige(fall, "Task_PruefeEntwurf", pruefer, Map.of("pruefungErgebnis", "zustimmen"));
    return fall;
  }

  private ProcessInstance starte(String kreisschluessel, int jahr) {
    return sitzung.als(HMSI_SB, () -> runtimeService.startProcessInstanceByKey("foerderfall",
        Map.of("gebietskoerperschaft", kreisschluessel, "jahr", jahr)));
  }

  private void erledige(ProcessInstance fall, String aufgabe, String benutzer, Map<String, Object> werte) {
    ablauf.erledige(fall, aufgabe, benutzer, werte);
  }
}

package de.hessen.aqb.zielvereinbarung;

import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import de.hessen.aqb.identity.Personen;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use case "Entwurf prüfen" (the body): its answer only — agree, or ask for changes with a reason. Every round is kept
 * with who and when (the authenticated user).
 */
@Service
public class EntwurfPruefung {

  /** One review round as clerks see it. */
  public record Runde(int nummer, String benutzer, String bearbeiter, Instant am, boolean zugestimmt, String aenderungswunsch) {}

  /** The answer and every round so far (the new one last). */
  public record Ergebnis(boolean zugestimmt, String aenderungswunsch, List<Runde> runden) {}

  private final ZielvereinbarungTabelle tabelle;
  private final Personen personen;
  private final Clock uhr;

  EntwurfPruefung(ZielvereinbarungTabelle tabelle, Personen personen, Clock uhr) {
    this.tabelle = tabelle;
    this.personen = personen;
    this.uhr = uhr;
  }

  @Transactional
  public Ergebnis pruefe(Fallkopf kopf, String entscheidung, String aenderungswunsch, String benutzer) {
    if (!"zustimmen".equals(entscheidung) && !"aendern".equals(entscheidung)) {
      throw new UngueltigeEingabe("Bitte entscheiden: dem Entwurf zustimmen oder Änderungen erbitten.");
    }
    boolean zugestimmt = "zustimmen".equals(entscheidung);
    String wunsch = aenderungswunsch == null || aenderungswunsch.isBlank() ? null : aenderungswunsch.strip();
    if (!zugestimmt && wunsch == null) {
      throw new UngueltigeEingabe("Bitte beschreiben, welche Änderungen Sie erbitten.");
    }
    if (tabelle.akte(kopf.nummer()).map(ZielvereinbarungAkte::budgetCent).isEmpty()) {
      throw new IllegalStateException("Zum Förderfall " + kopf.nummer() + " gibt es keinen Entwurf.");
    }
    tabelle.neuePruefrunde(kopf.nummer(), benutzer, Instant.now(uhr), zugestimmt, zugestimmt ? null : wunsch);
    List<Runde> runden = tabelle.pruefrunden(kopf.nummer()).stream()
        .map(r -> new Runde(r.runde(), r.von(), personen.anzeigename(r.von()), r.am(), r.zugestimmt(), r.aenderungswunsch()))
        .toList();
    return new Ergebnis(zugestimmt, zugestimmt ? null : wunsch, runden);
  }
}

package de.hessen.aqb.nachweis.camunda;

import de.hessen.aqb.fall.Faelle;
import de.hessen.aqb.nachweis.NachweisEigenschaften;
import de.hessen.aqb.nachweis.NachweisFristen;
import de.hessen.aqb.nachweis.Rueckzahlungen;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The timers of "Zahlung überwachen" in the model's expressions: a reminder {@code aqb.nachweis.erinnerung-vorher}
 * before the due day of the Schlussbescheid (at once if that has passed), then up to three dunning letters, the first
 * the day after the due day, then every 30 days — all from the ledger, never from a variable.
 */
@Component("zahlungsfrist")
public class ZahlungsFrist {

  static final int MAHNUNGEN = 3;
  static final String ABSTAND = "P30D";

  private final Faelle faelle;
  private final Rueckzahlungen rueckzahlungen;
  private final NachweisEigenschaften eigenschaften;
  private final NachweisFristen fristen;

  ZahlungsFrist(Faelle faelle, Rueckzahlungen rueckzahlungen, NachweisEigenschaften eigenschaften, NachweisFristen fristen) {
    this.faelle = faelle;
    this.rueckzahlungen = rueckzahlungen;
    this.eigenschaften = eigenschaften;
    this.fristen = fristen;
  }

  public String erinnerungAm(DelegateExecution execution) {
    LocalDate faellig = rueckzahlungen.faelligAm(faelle.kopf(execution).nummer());
    LocalDateTime erinnerung = faellig.minus(eigenschaften.erinnerungVorher()).atTime(8, 0);
    LocalDateTime fruehestens = fristen.heute().atTime(8, 0);
    return (erinnerung.isBefore(fruehestens) ? fruehestens : erinnerung).toString();
  }

  /** The RP's task is due on the due day of the claim. */
  public String faelligAm(DelegateExecution execution) {
    return rueckzahlungen.faelligAm(faelle.kopf(execution).nummer()).atTime(23, 59).toString();
  }

  /**
   * ISO 8601 repeating interval with a start, e.g. "R2/2026-02-01T08:00/P30D": the engine fires at the start and then
   * repeats n times, so three letters are "R2".
   */
  public String mahnzyklus(DelegateExecution execution) {
    LocalDate faellig = rueckzahlungen.faelligAm(faelle.kopf(execution).nummer());
    return "R" + (MAHNUNGEN - 1) + "/" + faellig.plusDays(1).atTime(8, 0) + "/" + ABSTAND;
  }
}

package de.hessen.aqb.durchfuehrung;

import de.hessen.aqb.durchfuehrung.domain.MittelabrufRegeln;
import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use case "Mittelabruf oder Änderungsantrag stellen": the body's standing task during the Durchführung. A new request
 * is accepted only within the request period; closing the stage records who closed it and when.
 */
@Service
public class AnliegenWaehlen {

  /** What the body chose; the process routes on it. */
  public enum Anliegen { MITTELABRUF, AENDERUNGSANTRAG, ABSCHLIESSEN }

  private final Abrufzeitraeume zeitraeume;
  private final Clock uhr;

  AnliegenWaehlen(Abrufzeitraeume zeitraeume, Clock uhr) {
    this.zeitraeume = zeitraeume;
    this.uhr = uhr;
  }

  /**
   * @param wahl the form's value: mittelabruf, aenderungsantrag or abschliessen
   * @param von the authenticated user
   */
  @Transactional
  public Anliegen waehle(Fallkopf fall, String wahl, String von) {
    Anliegen anliegen = switch (wahl == null ? "" : wahl) {
      case "mittelabruf" -> Anliegen.MITTELABRUF;
      case "aenderungsantrag" -> Anliegen.AENDERUNGSANTRAG;
      case "abschliessen" -> Anliegen.ABSCHLIESSEN;
      default -> throw new UngueltigeEingabe("Bitte wählen: Mittelabruf stellen, Änderungsantrag stellen oder die "
          + "Durchführung abschließen.");
    };
    if (anliegen == Anliegen.ABSCHLIESSEN) {
      zeitraeume.schliesseAb(fall.nummer(), von, uhr.instant());
    } else {
      MittelabrufRegeln.pruefeAbrufzeitraum(zeitraeume.letzterAbruftag(fall.nummer()).orElseThrow(() ->
          new IllegalStateException("Für den Förderfall " + fall.nummer() + " ist kein Abrufzeitraum bestimmt.")),
          LocalDate.now(uhr));
    }
    return anliegen;
  }
}

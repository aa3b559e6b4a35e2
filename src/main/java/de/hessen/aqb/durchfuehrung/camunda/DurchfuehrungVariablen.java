package de.hessen.aqb.durchfuehrung.camunda;

import static de.hessen.aqb.plattform.ProzessVariable.*;

import com.fasterxml.jackson.databind.JsonNode;
import de.hessen.aqb.plattform.ProzessVariable;

/**
 * The process variables of "Durchführung" (the stage's parent): display columns, the figures every task shows, the
 * body's choice in the standing task and the routing values written from the services' results. None is the record of
 * a case.
 */
public final class DurchfuehrungVariablen {

  // display columns of the forms and Tasklist filters, written from the case head and the Bescheid (also passed to the
  // called requests)
  public static final ProzessVariable<String> FOERDERFALL_NUMMER = text("foerderfallNummer");
  public static final ProzessVariable<Integer> JAHR = ganzzahl("jahr");
  public static final ProzessVariable<String> GEBIETSKOERPERSCHAFT_NAME = text("gebietskoerperschaftName");
  public static final ProzessVariable<String> BESCHEID_AKTENZEICHEN = text("bescheidAktenzeichen");

  /** ISO date-time after which no request is accepted (mirror of the stored period, for the timers and due dates). */
  public static final ProzessVariable<String> ABRUFSCHLUSS = text("abrufschluss");
  public static final ProzessVariable<String> ABRUFSCHLUSS_ANZEIGE = text("abrufschlussAnzeige");

  // where the money stands, on every task (Mittelanzeige)
  public static final ProzessVariable<String> BEWILLIGT_ANZEIGE = text("bewilligtAnzeige");
  public static final ProzessVariable<String> AUSGEZAHLT_ANZEIGE = text("ausgezahltAnzeige");
  public static final ProzessVariable<String> OFFEN_ANZEIGE = text("offenAnzeige");
  public static final ProzessVariable<String> VERFUEGBAR_ANZEIGE = text("verfuegbarAnzeige");
  /** Per measure: granted, in check, paid, still available. */
  public static final ProzessVariable<JsonNode> MASSNAHMEN_STAND = json("massnahmenStand");
  /** The Bescheide of the case, the first and every change. */
  public static final ProzessVariable<JsonNode> BESCHEID_HISTORIE = json("bescheidHistorie");
  /** Earlier requests for the forms' tables. */
  public static final ProzessVariable<JsonNode> MITTELABRUFE = json("mittelabrufe");

  // the body's standing task "Mittelabruf oder Änderungsantrag stellen" (form-durchfuehrung-anliegen)
  public static final ProzessVariable<String> ANLIEGEN = text("anliegen");
  /** Routing ("Welches Anliegen?"): the checked choice, MITTELABRUF, AENDERUNGSANTRAG or ABSCHLIESSEN. */
  public static final ProzessVariable<String> ANLIEGEN_ART = text("anliegenArt");

  /** Routing ("Mittel vollständig ausgezahlt"): granted and not yet paid, in cents, refreshed after every request. */
  public static final ProzessVariable<Long> NOCH_NICHT_AUSGEZAHLT_CENT = cent("nochNichtAusgezahltCent");
  /** Returned by a called Änderungsantrag: its Bescheid moved the end of the Bewilligungszeitraum. */
  public static final ProzessVariable<Boolean> BEWILLIGUNGSZEITRAUM_GEAENDERT = wahrheitswert("bewilligungszeitraumGeaendert");
  /** Routing: the body's branch has ended; the autumn loop ends with it ("Durchführung beendet"). */
  public static final ProzessVariable<Boolean> DURCHFUEHRUNG_BEENDET = wahrheitswert("durchfuehrungBeendet");

  private DurchfuehrungVariablen() {}
}

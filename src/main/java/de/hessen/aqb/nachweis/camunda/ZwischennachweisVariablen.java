package de.hessen.aqb.nachweis.camunda;

import static de.hessen.aqb.plattform.ProzessVariable.*;

import com.fasterxml.jackson.databind.JsonNode;
import de.hessen.aqb.plattform.ProzessVariable;
import org.camunda.bpm.engine.variable.value.FileValue;

/**
 * Variables of the Zwischennachweis (ADR 13): form inputs ({@link ZwischennachweisEingaben}), display values and the
 * routing of the RP's check. The year a Zwischennachweis is for is read from the record of its instance, never from here.
 */
public final class ZwischennachweisVariablen {

  // in the Durchführung: when the next Zwischennachweis is requested (ISO date-time, the timer), null when none is left
  public static final ProzessVariable<String> ANFORDERUNG = text("zwischennachweisAnforderung");
  // display: case head (Tasklist columns), the year, its days, the due date, figures per measure
  public static final ProzessVariable<String> FOERDERFALL_NUMMER = text("foerderfallNummer");
  public static final ProzessVariable<String> GEBIETSKOERPERSCHAFT_NAME = text("gebietskoerperschaftName");
  public static final ProzessVariable<Integer> JAHR = ganzzahl("jahr");
  public static final ProzessVariable<Integer> HAUSHALTSJAHR = ganzzahl("zwischennachweisJahr");
  public static final ProzessVariable<String> BESCHEID_AKTENZEICHEN = text("bescheidAktenzeichen");
  public static final ProzessVariable<String> ZEITRAUM_ANZEIGE = text("zwischennachweisZeitraumAnzeige");
  public static final ProzessVariable<String> FRIST_ANZEIGE = text("zwischennachweisFristAnzeige");
  public static final ProzessVariable<String> GEPLANT_ANZEIGE = text("zwischennachweisGeplantAnzeige");
  public static final ProzessVariable<String> AUSGABEN_ANZEIGE = text("zwischennachweisAusgabenAnzeige");
  public static final ProzessVariable<JsonNode> NACHFORDERUNGEN = json("zwischennachweisNachforderungen");
  public static final ProzessVariable<JsonNode> BELEGE = json("zwischennachweisBelege");
  public static final ProzessVariable<String> EINGEREICHT_VON = text("zwischennachweisEingereichtVon");
  public static final ProzessVariable<String> BELEGLISTE_LINK = text("zwischennachweisBeleglisteLink");
  public static final ProzessVariable<FileValue> BELEGLISTE_EINGEREICHT = datei("zwischennachweisBeleglisteEingereicht");
  // the body's input; the list: {id, ausgaben} in, the rows with planned and paid out
  public static final ProzessVariable<String> SACHBERICHT = text("zwischennachweisSachbericht");
  public static final ProzessVariable<JsonNode> ZAHLEN = json("zwischennachweisZahlen");
  public static final ProzessVariable<FileValue> BELEGLISTE = datei("zwischennachweisBelegliste");
  // the RP clerk's input and the routing of "Zwischennachweis angenommen?"
  public static final ProzessVariable<String> ENTSCHEIDUNG = text("zwischennachweisEntscheidung");
  public static final ProzessVariable<String> NACHFORDERUNG_TEXT = text("zwischennachweisNachforderungText");
  public static final ProzessVariable<Boolean> ANGENOMMEN = wahrheitswert("zwischennachweisAngenommen");
  // set in the model on the reminder steps
  public static final ProzessVariable<String> ANLASS = text("anlass");
  // in the final Verwendungsnachweis: the accepted Zwischennachweise per year and measure, and their total
  public static final ProzessVariable<JsonNode> VORJAHRE = json("zwischennachweiseVorjahre");
  public static final ProzessVariable<String> VORJAHRE_ANZEIGE = text("zwischennachweiseVorjahreAnzeige");

  private ZwischennachweisVariablen() {}
}

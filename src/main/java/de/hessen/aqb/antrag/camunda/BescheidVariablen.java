package de.hessen.aqb.antrag.camunda;

import static de.hessen.aqb.plattform.ProzessVariable.datei;
import static de.hessen.aqb.plattform.ProzessVariable.datum;
import static de.hessen.aqb.plattform.ProzessVariable.json;
import static de.hessen.aqb.plattform.ProzessVariable.text;
import static de.hessen.aqb.plattform.ProzessVariable.wahrheitswert;

import com.fasterxml.jackson.databind.JsonNode;
import de.hessen.aqb.plattform.ProzessVariable;
import java.time.LocalDate;
import org.camunda.bpm.engine.variable.value.FileValue;

/**
 * The Bescheid's process variables: the draft's and the release's form inputs ({@link BescheidEingaben}) and the
 * display and routing copies the services write after storing the draft and booking the Bescheid.
 */
public final class BescheidVariablen {

  public static final ProzessVariable<String> ENTSCHEIDUNGSART = text("entscheidungsart");
  public static final ProzessVariable<JsonNode> BEWILLIGUNGEN = json("bewilligungen");
  public static final ProzessVariable<String> BEGRUENDUNG = text("begruendung");
  public static final ProzessVariable<String> AKTENZEICHEN = text("aktenzeichen");
  public static final ProzessVariable<LocalDate> BEWILLIGUNG_VON = datum("bewilligungVon");
  public static final ProzessVariable<LocalDate> BEWILLIGUNG_BIS = datum("bewilligungBis");
  public static final ProzessVariable<LocalDate> VERWENDUNGSNACHWEIS_FRIST = datum("verwendungsnachweisFrist");
  public static final ProzessVariable<String> ZWISCHENNACHWEIS_FRIST = text("zwischennachweisFrist");
  public static final ProzessVariable<String> MITTELABRUF_REGEL = text("mittelabrufRegel");
  public static final ProzessVariable<String> NEBENBESTIMMUNGEN = text("nebenbestimmungen");
  public static final ProzessVariable<String> BESCHEID_VERFASSER = text("bescheidVerfasser");
  public static final ProzessVariable<String> FREIGABE_ENTSCHEIDUNG = text("freigabeEntscheidung");
  public static final ProzessVariable<String> FREIGABE_BEMERKUNG = text("freigabeBemerkung");
  public static final ProzessVariable<Boolean> BESCHEID_FREIGEGEBEN = wahrheitswert("bescheidFreigegeben");
  public static final ProzessVariable<String> BESCHEID_FREIGABE = text("bescheidFreigabe");
  public static final ProzessVariable<String> BESCHEID_ART = text("bescheidArt");
  public static final ProzessVariable<String> BESCHEID_AKTENZEICHEN = text("bescheidAktenzeichen");
  public static final ProzessVariable<LocalDate> BESCHEID_DATUM = datum("bescheidDatum");
  public static final ProzessVariable<String> BESCHEID_SUMME_ANZEIGE = text("bescheidSummeAnzeige");
  public static final ProzessVariable<FileValue> BESCHEID_PDF = datei("bescheidPdf");

  private BescheidVariablen() {}
}

package de.hessen.aqb.aenderungsantrag.camunda;

import static de.hessen.aqb.plattform.ProzessVariable.*;

import com.fasterxml.jackson.databind.JsonNode;
import de.hessen.aqb.plattform.ProzessVariable;
import java.time.LocalDate;
import org.camunda.bpm.engine.variable.value.FileValue;

/** The variables of one "Änderungsantrag": form inputs, routing values from the services, display copies (record: aqb_aenderung). */
public final class AenderungsantragVariablen {

  // the body's request (embedded form aenderungsantrag.html)
  public static final ProzessVariable<String> AKTION = text("aenderungAktion");
  /** Input: a list of {id, betrag, entfaellt, traeger} — changes of granted measures as typed. */
  public static final ProzessVariable<JsonNode> POSTEN = json("aenderungPosten");
  /** Input: a list of {name, art, traeger, betrag} — added measures as typed. */
  public static final ProzessVariable<JsonNode> NEUE_MASSNAHMEN = json("neueMassnahmen");
  public static final ProzessVariable<LocalDate> NEUES_ENDE = datum("neuesEnde");
  public static final ProzessVariable<String> BEGRUENDUNG = text("aenderungBegruendung");
  /** Display: the providers to choose from, {id, name}. */
  public static final ProzessVariable<JsonNode> TRAEGER_AUSWAHL = json("traegerAuswahl");

  // routing, written from the services' results
  public static final ProzessVariable<Boolean> GESTELLT = wahrheitswert("aenderungGestellt");
  public static final ProzessVariable<Integer> NUMMER = ganzzahl("aenderungNummer");
  /** ISO date-time: the body's task ends with the Bewilligungszeitraum (timer, mirror of the Bescheid in force). */
  public static final ProzessVariable<String> SCHLUSS = text("aenderungSchluss");
  public static final ProzessVariable<String> EINSTUFUNG = text("aenderungEinstufung");
  public static final ProzessVariable<Boolean> FREIGEGEBEN = wahrheitswert("aenderungFreigegeben");
  /** Returned to the Durchführung: the issued change moved the end of the Bewilligungszeitraum. */
  public static final ProzessVariable<Boolean> ZEITRAUM_GEAENDERT = wahrheitswert("bewilligungszeitraumGeaendert");
  /** Set by the error boundary event when the re-check at booking failed: why (shown to the drafter). */
  public static final ProzessVariable<String> NACHPRUEFUNG = text("aenderungNachpruefung");

  // display of the stored request and decision (every RP task)
  public static final ProzessVariable<JsonNode> UEBERSICHT = json("aenderungUebersicht");
  public static final ProzessVariable<String> EINSTUFUNG_ANZEIGE = text("aenderungEinstufungAnzeige");
  public static final ProzessVariable<String> ZEITRAUM_ANZEIGE = text("aenderungZeitraumAnzeige");
  public static final ProzessVariable<String> ANTRAG_BEGRUENDUNG_ANZEIGE = text("aenderungBegruendungAnzeige");
  public static final ProzessVariable<String> ENTSCHEIDUNG_ANZEIGE = text("aenderungEntscheidungAnzeige");
  public static final ProzessVariable<String> FREIGABE_BEMERKUNG_ANZEIGE = text("aenderungFreigabeBemerkungAnzeige");
  public static final ProzessVariable<String> GESTELLT_VON = text("aenderungGestelltVon");
  public static final ProzessVariable<String> VERFASSER = text("aenderungVerfasser");
  public static final ProzessVariable<String> AKTENZEICHEN = text("aenderungAktenzeichen");
  public static final ProzessVariable<FileValue> ENTWURF_PDF = datei("aenderungsbescheidEntwurf"); // task-local

  // the RP's inputs
  public static final ProzessVariable<String> KENNTNIS_BEMERKUNG = text("kenntnisBemerkung");
  /** bewilligen, teilweise, ablehnen */
  public static final ProzessVariable<String> ENTSCHEIDUNG = text("aenderungEntscheidung");
  /** Input for a partial grant: a list of {id, betrag}. */
  public static final ProzessVariable<JsonNode> BETRAEGE = json("aenderungBetraege");
  public static final ProzessVariable<String> ENTSCHEIDUNG_BEGRUENDUNG = text("aenderungEntscheidungBegruendung");
  /** freigeben, zurueck */
  public static final ProzessVariable<String> FREIGABE = text("aenderungFreigabe");
  public static final ProzessVariable<String> FREIGABE_BEMERKUNG = text("aenderungFreigabeBemerkung");

  private AenderungsantragVariablen() {}
}

package de.hessen.aqb.umsetzungsbesprechung.camunda;

import static de.hessen.aqb.plattform.ProzessVariable.*;

import com.fasterxml.jackson.databind.JsonNode;
import de.hessen.aqb.plattform.ProzessVariable;
import java.time.LocalDate;
import org.camunda.bpm.engine.variable.value.FileValue;

/** Variables of the Umsetzungsbesprechung: form inputs ({@link UmsetzungsbesprechungEingaben}), display copies, routing. */
public final class UmsetzungsbesprechungVariablen {

  // in the Durchführung (parent): when the next meeting falls due (ISO date-time, timer), or null
  public static final ProzessVariable<String> FAELLIG = text("umsetzungsbesprechungFaellig");
  // display: case head (Tasklist columns) and the meeting's year
  public static final ProzessVariable<String> FOERDERFALL_NUMMER = text("foerderfallNummer");
  public static final ProzessVariable<String> GEBIETSKOERPERSCHAFT_NAME = text("gebietskoerperschaftName");
  public static final ProzessVariable<Integer> JAHR = ganzzahl("jahr");
  public static final ProzessVariable<Integer> BESPRECHUNG_JAHR = ganzzahl("besprechungJahr");
  // "terminieren": the choices out ({id, name, partei}), the ministry's input in (participants as {id})
  public static final ProzessVariable<JsonNode> TEILNEHMENDE_AUSWAHL = json("teilnehmendeAuswahl");
  public static final ProzessVariable<LocalDate> DATUM = datum("besprechungDatum");
  public static final ProzessVariable<String> UHRZEIT = text("besprechungUhrzeit");
  public static final ProzessVariable<String> ORT = text("besprechungOrt");
  public static final ProzessVariable<JsonNode> TEILNEHMENDE = json("teilnehmende");
  public static final ProzessVariable<String> TAGESORDNUNG = text("tagesordnung");
  // after scheduling: due/follow-up date of "protokollieren" (ISO date-time) and display copies
  public static final ProzessVariable<String> TERMIN = text("besprechungTermin");
  public static final ProzessVariable<String> TERMIN_ANZEIGE = text("besprechungTerminAnzeige");
  // "protokollieren": minutes, attendance ({id}), follow-ups ({was, zustaendig, faelligAm})
  public static final ProzessVariable<String> PROTOKOLL = text("protokoll");
  public static final ProzessVariable<JsonNode> ANWESEND = json("anwesend");
  public static final ProzessVariable<JsonNode> VEREINBARUNGEN = json("vereinbarungen");
  // the minutes as issued (file variable: downloads go through the engine's tenant check), link task-local
  public static final ProzessVariable<FileValue> PROTOKOLL_PDF = datei("umsetzungsprotokollPdf");
  public static final ProzessVariable<String> PROTOKOLL_LINK = text("protokollLink");
  // "Vereinbarung nachhalten": element of the multi-instance, display copies, the owner's note
  public static final ProzessVariable<Integer> VEREINBARUNG_ID = ganzzahl("vereinbarungId");
  public static final ProzessVariable<String> VEREINBARUNG_WAS = text("vereinbarungWas");
  public static final ProzessVariable<String> VEREINBARUNG_ANZEIGE = text("vereinbarungAnzeige");
  public static final ProzessVariable<String> ERLEDIGUNGSVERMERK = text("erledigungsvermerk");

  private UmsetzungsbesprechungVariablen() {}
}

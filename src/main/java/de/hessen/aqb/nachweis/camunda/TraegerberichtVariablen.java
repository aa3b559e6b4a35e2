package de.hessen.aqb.nachweis.camunda;

import static de.hessen.aqb.plattform.ProzessVariable.*;

import com.fasterxml.jackson.databind.JsonNode;
import de.hessen.aqb.plattform.ProzessVariable;
import org.camunda.bpm.engine.variable.value.FileValue;

/** Variables of the providers' part (process "traegerbericht") and what the body's and the RP's forms show of it (ADR 15). */
public final class TraegerberichtVariablen {

  // passed into the provider's process (display and the provider's group, never written by a form)
  public static final ProzessVariable<String> TRAEGER_GRUPPE = text("traegerGruppe");
  public static final ProzessVariable<String> TRAEGER_NAME = text("traegerName");
  // the provider's input: its measures shown {id, name, bewilligt, teilnehmendeGeplant, …}, sent back as
  // {id, teilnehmendeErreicht, ergebnisse, abweichungen, ausgaben, einnahmen}; its Belegliste; the confirmation
  public static final ProzessVariable<JsonNode> TRAEGERBERICHT_MASSNAHMEN = json("traegerberichtMassnahmen");
  public static final ProzessVariable<FileValue> TRAEGER_BELEGLISTE = datei("traegerBelegliste");
  public static final ProzessVariable<Boolean> TRAEGERBERICHT_BESTAETIGT = wahrheitswert("traegerberichtBestaetigt");
  // the body's view of the providers' parts (read-only) and the text the RP's check shows
  public static final ProzessVariable<JsonNode> TRAEGERBERICHTE = json("traegerberichte");
  public static final ProzessVariable<String> SACHBERICHT_TRAEGER = text("sachberichtTraeger");
  // the body's own participants reached (required when it runs a measure itself)
  public static final ProzessVariable<Integer> SACHBERICHT_TEILNEHMENDE_ERREICHT = ganzzahl("sachberichtTeilnehmendeErreicht");

  private TraegerberichtVariablen() {}
}

package de.hessen.aqb.programmjahr.camunda;

import static de.hessen.aqb.plattform.ProzessVariable.betrag;
import static de.hessen.aqb.plattform.ProzessVariable.cent;
import static de.hessen.aqb.plattform.ProzessVariable.datei;
import static de.hessen.aqb.plattform.ProzessVariable.ganzzahl;
import static de.hessen.aqb.plattform.ProzessVariable.text;
import static de.hessen.aqb.plattform.ProzessVariable.wahrheitswert;

import de.hessen.aqb.plattform.ProzessVariable;
import java.math.BigDecimal;
import org.camunda.bpm.engine.variable.value.FileValue;

/**
 * The variables of the process "programmjahr": the start form's inputs (read once by the start listener), the
 * release's inputs, the id of the stored allocation and routing/display values. The allocation itself lives in the
 * table aqb_programmjahr_zuteilung; no step reads it back from these variables.
 */
public final class ProgrammjahrVariablen {

  public static final String PROZESS = "programmjahr";

  // start form (input)
  public static final ProzessVariable<Integer> JAHR = ganzzahl("jahr");
  public static final ProzessVariable<BigDecimal> LANDESBUDGET = betrag("landesbudget");
  public static final ProzessVariable<String> ZUTEILUNG_TEXT = text("zuteilungText");
  public static final ProzessVariable<FileValue> ZUTEILUNG_DATEI = datei("zuteilungDatei");

  // release (input)
  public static final ProzessVariable<String> ENTSCHEIDUNG = text("freigabeEntscheidung");
  public static final ProzessVariable<String> BEMERKUNG = text("freigabeBemerkung");

  // system
  public static final ProzessVariable<Long> PROGRAMMJAHR_ID = cent("programmjahrId");
  public static final ProzessVariable<String> ZUTEILUNG_ANZEIGE = text("zuteilungAnzeige");
  public static final ProzessVariable<Boolean> FREIGEGEBEN = wahrheitswert("zuteilungFreigegeben");
  public static final ProzessVariable<Boolean> ALLE_BEENDET = wahrheitswert("alleFaelleBeendet");
  public static final ProzessVariable<Integer> ANZAHL_FAELLE = ganzzahl("anzahlFoerderfaelle");

  private ProgrammjahrVariablen() {}
}

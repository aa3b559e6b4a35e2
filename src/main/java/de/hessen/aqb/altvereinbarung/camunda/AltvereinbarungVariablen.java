package de.hessen.aqb.altvereinbarung.camunda;

import static de.hessen.aqb.plattform.ProzessVariable.betrag;
import static de.hessen.aqb.plattform.ProzessVariable.datum;
import static de.hessen.aqb.plattform.ProzessVariable.ganzzahl;
import static de.hessen.aqb.plattform.ProzessVariable.json;
import static de.hessen.aqb.plattform.ProzessVariable.text;
import static de.hessen.aqb.plattform.ProzessVariable.wahrheitswert;

import com.fasterxml.jackson.databind.JsonNode;
import de.hessen.aqb.plattform.ProzessVariable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.camunda.bpm.engine.variable.value.FileValue;

/** Variables of "Altvereinbarung übernehmen": files datei1…5, per file (local) the reading and the form fields. */
public final class AltvereinbarungVariablen {

  public static final String DATEI_PRAEFIX = "datei";
  public static final int HOECHSTENS_DATEIEN = 5;
  public static final ProzessVariable<String> DATEI = text("datei");

  // shown beside the form (local to the file's instance)
  public static final ProzessVariable<String> DATEINAME = text("dateiname");
  public static final ProzessVariable<JsonNode> QUELLTEXT = json("quelltext"); // Json: longer than 4000 characters
  public static final ProzessVariable<JsonNode> LESUNG = json("lesung");
  public static final ProzessVariable<String> LESEFEHLER = text("lesefehler");
  public static final ProzessVariable<String> VORHANDEN = text("vorhanden");

  // the clerk's confirmed values (prefilled from the reading)
  public static final ProzessVariable<String> KREISSCHLUESSEL = text("kreisschluessel");
  public static final ProzessVariable<Integer> JAHR = ganzzahl("jahr");
  public static final ProzessVariable<BigDecimal> BUDGET = betrag("budget");
  public static final ProzessVariable<String> AKTION = text("altvereinbarungAktion");
  public static final ProzessVariable<Boolean> ERSETZEN = wahrheitswert("vorhandeneErsetzen");
  /** Routing: true once this file's agreement is stored. */
  public static final ProzessVariable<Boolean> UEBERNOMMEN = wahrheitswert("altvereinbarungUebernommen");

  public static final String[] PARTEIEN = {"ministerium", "partner"};

  public static ProzessVariable<FileValue> datei(int nummer) {
    return ProzessVariable.datei(DATEI_PRAEFIX + nummer);
  }
  public static ProzessVariable<FileValue> dateiNamens(String name) {
    return ProzessVariable.datei(name);
  }
  public static ProzessVariable<String> projekteText(int art) {
    return text("projekteText" + art);
  }
  /** e.g. "ministeriumTitel", "partnerDatum" (party 0 = ministry, 1 = body). */
  public static ProzessVariable<String> unterschrift(int partei, String feld) {
    return text(PARTEIEN[partei] + feld);
  }

  public static ProzessVariable<LocalDate> unterschriftDatum(int partei) {
    return datum(PARTEIEN[partei] + "Datum");
  }

  private AltvereinbarungVariablen() {}
}

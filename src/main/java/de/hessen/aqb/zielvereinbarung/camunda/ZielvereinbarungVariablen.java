package de.hessen.aqb.zielvereinbarung.camunda;

import static de.hessen.aqb.plattform.ProzessVariable.betrag;
import static de.hessen.aqb.plattform.ProzessVariable.cent;
import static de.hessen.aqb.plattform.ProzessVariable.datei;
import static de.hessen.aqb.plattform.ProzessVariable.datum;
import static de.hessen.aqb.plattform.ProzessVariable.json;
import static de.hessen.aqb.plattform.ProzessVariable.text;
import static de.hessen.aqb.plattform.ProzessVariable.wahrheitswert;

import com.fasterxml.jackson.databind.JsonNode;
import de.hessen.aqb.plattform.ProzessVariable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.camunda.bpm.engine.variable.value.FileValue;

/**
 * The process variables of the Zielvereinbarung: the forms' inputs (read once by the adapters and handed to the
 * services) and the display and routing values the services' results are written to. The agreement itself lives in
 * the table aqb_zielvereinbarung; no step reads it back from these variables.
 */
public final class ZielvereinbarungVariablen {

  // Entwurf erstellen (input)
  public static final ProzessVariable<BigDecimal> BUDGET = betrag("budget");
  public static final String PROJEKTE_PRAEFIX = "projekteMassnahmenart";
  public static final String PROJEKTE_TEXT_PRAEFIX = "projekteText";
  public static final ProzessVariable<String> PARAGRAPH2_JAHRESTEXT = text("paragraph2Jahrestext");
  public static final ProzessVariable<String> BUENDNIS_ZEITRAUM = text("buendnisZeitraum");
  public static final ProzessVariable<String> UNTERZEICHNER_MINISTERIUM_NAME = text("unterzeichnerMinisteriumName");
  public static final ProzessVariable<String> UNTERZEICHNER_MINISTERIUM_TITEL = text("unterzeichnerMinisteriumTitel");
  public static final ProzessVariable<String> UNTERZEICHNER_PARTNER_NAME = text("unterzeichnerPartnerName");
  public static final ProzessVariable<String> UNTERZEICHNER_PARTNER_TITEL = text("unterzeichnerPartnerTitel");
  public static final ProzessVariable<String> ENTWURF_AKTION = text("entwurfAktion");
  public static final ProzessVariable<String> STORNO_GRUND = text("stornoGrund");
  public static final ProzessVariable<String> ENTWURF_GRUNDLAGE = text("entwurfGrundlage"); // last year's agreement the draft started from

  // results for display and routing (and for the Antrag until it reads the published agreement)
  public static final ProzessVariable<Long> BUDGET_CENT = cent("budgetCent");
  public static final ProzessVariable<String> BUDGET_ANZEIGE = text("budgetAnzeige");
  public static final ProzessVariable<LocalDate> ENTWURF_DATUM = datum("entwurfDatum");

  public static final ProzessVariable<String> PRUEFUNG_ERGEBNIS = text("pruefungErgebnis");
  public static final ProzessVariable<String> AENDERUNGSWUNSCH = text("aenderungswunsch");
  public static final ProzessVariable<Boolean> ENTWURF_AKZEPTIERT = wahrheitswert("entwurfAkzeptiert");
  public static final ProzessVariable<JsonNode> PRUEFRUNDEN = json("pruefrunden");

  public static final ProzessVariable<LocalDate> EINGANGSDATUM = datum("eingangsdatum");
  public static final ProzessVariable<FileValue> ZIELVEREINBARUNG_PDF = datei("zielvereinbarungPdf");
  public static final ProzessVariable<FileValue> ENDFASSUNG_PDF = datei("zielvereinbarungUnterzeichnetPdf");
  public static final ProzessVariable<String> STATUS = text("zielvereinbarungStatus");

  public static ProzessVariable<JsonNode> projekte(int massnahmenart) {
    return json(PROJEKTE_PRAEFIX + massnahmenart);
  }
  public static ProzessVariable<String> projekteText(int massnahmenart) {
    return text(PROJEKTE_TEXT_PRAEFIX + massnahmenart);
  }
  private ZielvereinbarungVariablen() {}
}

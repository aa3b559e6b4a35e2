package de.hessen.aqb.zielvereinbarung.camunda;

import static de.hessen.aqb.plattform.ProzessVariable.betrag;
import static de.hessen.aqb.plattform.ProzessVariable.cent;
import static de.hessen.aqb.plattform.ProzessVariable.datei;
import static de.hessen.aqb.plattform.ProzessVariable.datum;
import static de.hessen.aqb.plattform.ProzessVariable.json;
import static de.hessen.aqb.plattform.ProzessVariable.text;
import static de.hessen.aqb.plattform.ProzessVariable.wahrheitswert;

import com.fasterxml.jackson.databind.JsonNode;
import de.hessen.aqb.foerderfall.camunda.FoerderfallVariablen;
import de.hessen.aqb.plattform.ProzessVariable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.camunda.bpm.engine.variable.value.FileValue;

/** The process variables of the Zielvereinbarung (and the Förderfall variables it receives). */
public final class ZielvereinbarungVariablen {

  // from the Förderfall (the same accessors, declared once there)
  public static final ProzessVariable<String> GEBIETSKOERPERSCHAFT = FoerderfallVariablen.GEBIETSKOERPERSCHAFT;
  public static final ProzessVariable<Integer> JAHR = FoerderfallVariablen.JAHR;
  public static final ProzessVariable<String> FOERDERFALL_NUMMER = FoerderfallVariablen.FOERDERFALL_NUMMER;
  public static final ProzessVariable<String> GEBIETSKOERPERSCHAFT_NAME = FoerderfallVariablen.GEBIETSKOERPERSCHAFT_NAME;

  // Entwurf erstellen
  public static final ProzessVariable<BigDecimal> BUDGET = betrag("budget");
  public static final ProzessVariable<Long> BUDGET_CENT = cent("budgetCent");
  public static final ProzessVariable<String> BUDGET_ANZEIGE = text("budgetAnzeige");
  public static final String PROJEKTE_PRAEFIX = "projekteMassnahmenart";
  public static final ProzessVariable<String> PARAGRAPH2_JAHRESTEXT = text("paragraph2Jahrestext");
  public static final ProzessVariable<String> BUENDNIS_ZEITRAUM = text("buendnisZeitraum");
  public static final ProzessVariable<String> UNTERZEICHNER_MINISTERIUM_NAME = text("unterzeichnerMinisteriumName");
  public static final ProzessVariable<String> UNTERZEICHNER_MINISTERIUM_TITEL = text("unterzeichnerMinisteriumTitel");
  public static final ProzessVariable<String> UNTERZEICHNER_PARTNER_NAME = text("unterzeichnerPartnerName");
  public static final ProzessVariable<String> UNTERZEICHNER_PARTNER_TITEL = text("unterzeichnerPartnerTitel");
  public static final ProzessVariable<String> ENTWURF_AKTION = text("entwurfAktion");
  public static final ProzessVariable<String> STORNO_GRUND = FoerderfallVariablen.STORNO_GRUND;
  public static final ProzessVariable<LocalDate> ENTWURF_DATUM = datum("entwurfDatum");
  public static final ProzessVariable<String> SACHBEARBEITUNG_MINISTERIUM = text("sachbearbeitungMinisterium");

  // Entwurf prüfen
  public static final ProzessVariable<String> PRUEFUNG_ERGEBNIS = text("pruefungErgebnis");
  public static final ProzessVariable<String> AENDERUNGSWUNSCH = text("aenderungswunsch");
  public static final ProzessVariable<Boolean> ENTWURF_AKZEPTIERT = wahrheitswert("entwurfAkzeptiert");
  public static final ProzessVariable<JsonNode> PRUEFRUNDEN = json("pruefrunden");
  public static final ProzessVariable<String> SACHBEARBEITUNG_GEBIETSKOERPERSCHAFT = text("sachbearbeitungGebietskoerperschaft");

  // Unterzeichnung (prefix + Ort/Datum/Scan)
  public static final String UNTERZEICHNUNG_MINISTERIUM = "unterzeichnungMinisterium";
  public static final String UNTERZEICHNUNG_GEBIETSKOERPERSCHAFT = "unterzeichnungGebietskoerperschaft";

  // Eingang, Dokumente, Status
  public static final ProzessVariable<LocalDate> EINGANGSDATUM = datum("eingangsdatum");
  public static final ProzessVariable<FileValue> ZIELVEREINBARUNG_PDF = datei("zielvereinbarungPdf");
  public static final ProzessVariable<FileValue> ENDFASSUNG_PDF = datei("zielvereinbarungUnterzeichnetPdf");
  public static final ProzessVariable<String> STATUS = text("zielvereinbarungStatus");

  /** Input parameter of signature tasks and mail steps: "ministerium" or "gebietskoerperschaft". */
  public static final ProzessVariable<String> PARTEI = text("partei");
  /** Input parameter of the reminder steps: "pruefung", "ministerium" or "gebietskoerperschaft". */
  public static final ProzessVariable<String> ANLASS = text("anlass");

  public static ProzessVariable<JsonNode> projekte(int massnahmenart) {
    return json(PROJEKTE_PRAEFIX + massnahmenart);
  }

  public static ProzessVariable<String> ort(String partei) {
    return text(prefix(partei) + "Ort");
  }

  public static ProzessVariable<LocalDate> datumDerUnterzeichnung(String partei) {
    return datum(prefix(partei) + "Datum");
  }

  public static ProzessVariable<String> datumAnzeige(String partei) {
    return text(prefix(partei) + "DatumAnzeige");
  }

  public static ProzessVariable<FileValue> scan(String partei) {
    return datei(prefix(partei) + "Scan");
  }

  static String prefix(String partei) {
    return switch (partei) {
      case "ministerium" -> UNTERZEICHNUNG_MINISTERIUM;
      case "gebietskoerperschaft" -> UNTERZEICHNUNG_GEBIETSKOERPERSCHAFT;
      default -> throw new IllegalArgumentException("Unbekannte Partei: " + partei);
    };
  }

  /** Status values of {@link #STATUS}. */
  public static final class Status {
    public static final String ENTWURF = "ENTWURF";
    public static final String STORNIERT = "STORNIERT";
    public static final String UNTERZEICHNET = "UNTERZEICHNET";
    public static final String VEROEFFENTLICHT = "VEROEFFENTLICHT";

    private Status() {}
  }

  private ZielvereinbarungVariablen() {}
}

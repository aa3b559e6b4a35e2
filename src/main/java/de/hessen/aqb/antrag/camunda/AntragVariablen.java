package de.hessen.aqb.antrag.camunda;

import static de.hessen.aqb.plattform.ProzessVariable.datum;
import static de.hessen.aqb.plattform.ProzessVariable.json;
import static de.hessen.aqb.plattform.ProzessVariable.text;
import static de.hessen.aqb.plattform.ProzessVariable.wahrheitswert;

import com.fasterxml.jackson.databind.JsonNode;
import de.hessen.aqb.plattform.ProzessVariable;
import java.time.LocalDate;

/**
 * The process variables of "Antrag, Prüfung und Bescheid". Except for the form inputs of each task's contract
 * ({@link AntragEingaben}), all are written by the stage's adapters from its services: display copies of the stored
 * Antrag and draft, deadlines for the timers and routing results. No service reads a decision from them.
 */
public final class AntragVariablen {

  public static final ProzessVariable<String> FOERDERFALL_NUMMER = text("foerderfallNummer");
  public static final ProzessVariable<Integer> JAHR = ProzessVariable.ganzzahl("jahr");
  public static final ProzessVariable<String> GEBIETSKOERPERSCHAFT_NAME = text("gebietskoerperschaftName");
  public static final ProzessVariable<String> BUDGET_ANZEIGE = text("budgetAnzeige");

  public static final ProzessVariable<JsonNode> MASSNAHMEN = json("massnahmen");
  public static final ProzessVariable<String> ANTRAGSFRIST = text("antragsfrist");
  public static final ProzessVariable<String> ANTRAGSFRIST_ANZEIGE = text("antragsfristAnzeige");
  public static final ProzessVariable<String> ANTRAG_ERINNERUNG_AM = text("antragErinnerungAm");
  public static final ProzessVariable<LocalDate> ANTRAG_DATUM = datum("antragDatum");
  public static final ProzessVariable<String> ANTRAG_SUMME_ANZEIGE = text("antragSummeAnzeige");
  public static final ProzessVariable<Boolean> ANTRAG_BESTAETIGT = wahrheitswert("antragBestaetigt");
  public static final ProzessVariable<String> SACHBEARBEITUNG_GEBIETSKOERPERSCHAFT = text("antragSachbearbeitung");
  public static final ProzessVariable<JsonNode> TRAEGER_MASSNAHMEN = json("traegerMassnahmen");
  public static final ProzessVariable<String> TRAEGER_GRUPPE = text("traegerGruppe");

  public static final ProzessVariable<JsonNode> PRUEFERGEBNIS = json("pruefergebnis");
  public static final ProzessVariable<Boolean> ALLE_REGELN_ERFUELLT = wahrheitswert("alleRegelnErfuellt");
  public static final ProzessVariable<String> PRUEFENTSCHEIDUNG = text("pruefentscheidung");
  public static final ProzessVariable<String> NACHFORDERUNG_TEXT = text("nachforderungText");
  public static final ProzessVariable<LocalDate> NACHFORDERUNG_FRIST = datum("nachforderungFrist");
  public static final ProzessVariable<String> NACHFORDERUNG_FRIST_ENDE = text("nachforderungFristEnde");
  public static final ProzessVariable<String> NACHFORDERUNG_ANTWORT = text("nachforderungAntwort");
  public static final ProzessVariable<JsonNode> NACHFORDERUNGEN = json("nachforderungen");

  public static final ProzessVariable<String> ANLASS = text("anlass");

  private AntragVariablen() {}
}

package de.hessen.aqb.nachweis.camunda;

import static de.hessen.aqb.plattform.ProzessVariable.cent;
import static de.hessen.aqb.plattform.ProzessVariable.datei;
import static de.hessen.aqb.plattform.ProzessVariable.datum;
import static de.hessen.aqb.plattform.ProzessVariable.ganzzahl;
import static de.hessen.aqb.plattform.ProzessVariable.json;
import static de.hessen.aqb.plattform.ProzessVariable.text;
import static de.hessen.aqb.plattform.ProzessVariable.wahrheitswert;

import com.fasterxml.jackson.databind.JsonNode;
import de.hessen.aqb.antrag.camunda.AntragVariablen;
import de.hessen.aqb.foerderfall.camunda.FoerderfallVariablen;
import de.hessen.aqb.plattform.ProzessVariable;
import java.time.LocalDate;
import org.camunda.bpm.engine.variable.value.FileValue;

/** The process variables of "Nachweis, Prüfung und Abschluss". */
public final class NachweisVariablen {

  // from the Förderfall (call activity, in variables="all")
  public static final ProzessVariable<String> GEBIETSKOERPERSCHAFT = FoerderfallVariablen.GEBIETSKOERPERSCHAFT;
  public static final ProzessVariable<Integer> JAHR = FoerderfallVariablen.JAHR;
  public static final ProzessVariable<String> FOERDERFALL_NUMMER = FoerderfallVariablen.FOERDERFALL_NUMMER;
  public static final ProzessVariable<String> GEBIETSKOERPERSCHAFT_NAME = FoerderfallVariablen.GEBIETSKOERPERSCHAFT_NAME;
  public static final ProzessVariable<String> BESCHEID_AKTENZEICHEN = AntragVariablen.BESCHEID_AKTENZEICHEN;
  public static final ProzessVariable<LocalDate> BEWILLIGUNG_VON = AntragVariablen.BEWILLIGUNG_VON;
  public static final ProzessVariable<LocalDate> BEWILLIGUNG_BIS = AntragVariablen.BEWILLIGUNG_BIS;
  public static final ProzessVariable<LocalDate> VERWENDUNGSNACHWEIS_FRIST = AntragVariablen.VERWENDUNGSNACHWEIS_FRIST;

  // prepared at the start
  /** Rows per granted measure: id, name, bewilligtCent, bewilligt; the body adds ausgaben and einnahmen. */
  public static final ProzessVariable<JsonNode> ZAHLENMAESSIGER_NACHWEIS = json("zahlenmaessigerNachweis");
  public static final ProzessVariable<String> BEWILLIGT_ANZEIGE = text("nachweisBewilligtAnzeige");
  public static final ProzessVariable<String> AUSGEZAHLT_ANZEIGE = text("nachweisAusgezahltAnzeige");
  public static final ProzessVariable<String> BEWILLIGUNGSZEITRAUM_ANZEIGE = text("bewilligungszeitraumAnzeige");
  /** Due date and reminder of the body's task (ISO date-time): the Verwendungsnachweis deadline, later a Nachforderung's. */
  public static final ProzessVariable<String> VN_FAELLIG_AM = text("verwendungsnachweisFaelligAm");
  public static final ProzessVariable<String> VN_ERINNERUNG_AM = text("verwendungsnachweisErinnerungAm");
  public static final ProzessVariable<String> VN_FRIST_ANZEIGE = text("verwendungsnachweisFristAnzeige");

  // Verwendungsnachweis (the body)
  public static final ProzessVariable<String> SACHBERICHT_DURCHFUEHRUNG = text("sachberichtDurchfuehrung");
  public static final ProzessVariable<String> SACHBERICHT_TEILNEHMENDE = text("sachberichtTeilnehmende");
  public static final ProzessVariable<String> SACHBERICHT_ERGEBNISSE = text("sachberichtErgebnisse");
  public static final ProzessVariable<String> SACHBERICHT_ABWEICHUNGEN = text("sachberichtAbweichungen");
  public static final ProzessVariable<FileValue> BELEGLISTE = datei("belegliste");
  /**
   * The last accepted Belegliste (what the RP downloads). Tasklist sends an empty file when a returning clerk chooses no
   * new one; then this one is checked again.
   */
  public static final ProzessVariable<FileValue> BELEGLISTE_EINGEREICHT = datei("beleglisteEingereicht");
  public static final ProzessVariable<Boolean> VN_BESTAETIGT = wahrheitswert("verwendungsnachweisBestaetigt");
  /** The parsed Belegliste (date order) for the RP's forms. */
  public static final ProzessVariable<JsonNode> BELEGE = json("belege");
  public static final ProzessVariable<Integer> VN_FASSUNG = ganzzahl("verwendungsnachweisFassung");
  public static final ProzessVariable<String> VN_EINGEREICHT_VON = text("verwendungsnachweisEingereichtVon");
  public static final ProzessVariable<String> AUSGABEN_ANZEIGE = text("nachweisAusgabenAnzeige");

  // sachliche Prüfung (RP)
  public static final ProzessVariable<String> SACHLICH_ENTSCHEIDUNG = text("sachlichEntscheidung");
  public static final ProzessVariable<Boolean> SACHLICH_RICHTIG = wahrheitswert("sachlichRichtig");
  public static final ProzessVariable<String> SACHLICH_GEPRUEFT_VON = text("sachlichGeprueftVon");
  public static final ProzessVariable<String> NACHFORDERUNG_TEXT = text("nachweisNachforderungText");
  public static final ProzessVariable<LocalDate> NACHFORDERUNG_FRIST = datum("nachweisNachforderungFrist");
  /** All Nachforderungen so far (runde, text, frist, von, am). */
  public static final ProzessVariable<JsonNode> NACHFORDERUNGEN = json("nachweisNachforderungen");

  // rechnerische Prüfung (RP, another person)
  /** Rows per measure: id, name, bewilligt, ausgaben, ausgabenCent, anerkannt (euro as typed), grund. */
  public static final ProzessVariable<JsonNode> ANERKENNUNG = json("anerkennung");
  public static final ProzessVariable<Integer> ANERKENNUNG_FASSUNG = ganzzahl("anerkennungFassung");
  public static final ProzessVariable<Boolean> RECHNERISCH_BESTAETIGT = wahrheitswert("rechnerischBestaetigt");
  public static final ProzessVariable<String> RECHNERISCH_GEPRUEFT_VON = text("rechnerischGeprueftVon");

  // result (read by the Förderfall)
  public static final ProzessVariable<Long> AUSGEZAHLT_CENT = cent("ausgezahltCent");
  public static final ProzessVariable<Long> ANERKANNT_CENT = cent("anerkanntCent");
  public static final ProzessVariable<Long> RUECKFORDERUNG_CENT = cent("rueckforderungCent");
  public static final ProzessVariable<Long> ZINSEN_CENT = cent("zinsenCent");
  public static final ProzessVariable<LocalDate> ZINSEN_VON = datum("zinsenVon");
  public static final ProzessVariable<LocalDate> ZINSEN_BIS = datum("zinsenBis");
  public static final ProzessVariable<LocalDate> RUECKFORDERUNG_FAELLIG = datum("rueckforderungFaelligAm");
  /** The interest parts (von, bis, tage, basiszinssatz, zinssatz, zinsenCent) as printed in the Schlussbescheid. */
  public static final ProzessVariable<JsonNode> ZINSBERECHNUNG = json("zinsberechnung");
  public static final ProzessVariable<LocalDate> SCHLUSSBESCHEID_DATUM = datum("schlussbescheidDatum");
  public static final ProzessVariable<String> NACHWEIS_ERGEBNIS = text("nachweisErgebnis");
  public static final ProzessVariable<FileValue> SCHLUSSBESCHEID_PDF = datei("schlussbescheidPdf");

  /** Input parameter of the reminder steps. */
  public static final ProzessVariable<String> ANLASS = text("anlass");

  private NachweisVariablen() {}
}

package de.hessen.aqb.nachweis.camunda;

import static de.hessen.aqb.plattform.ProzessVariable.*;

import com.fasterxml.jackson.databind.JsonNode;
import de.hessen.aqb.plattform.ProzessVariable;
import java.time.LocalDate;
import org.camunda.bpm.engine.variable.value.FileValue;

/** Variables of the Nachweis: form inputs ({@link NachweisEingaben}), display values and routing results (never the record). */
public final class NachweisVariablen {

  // display: case head, Bescheid in force, grants, payments, deadline (Tasklist columns, form headings)
  public static final ProzessVariable<String> FOERDERFALL_NUMMER = text("foerderfallNummer");
  public static final ProzessVariable<String> GEBIETSKOERPERSCHAFT_NAME = text("gebietskoerperschaftName");
  public static final ProzessVariable<Integer> JAHR = ganzzahl("jahr");
  public static final ProzessVariable<String> BESCHEID_AKTENZEICHEN = text("bescheidAktenzeichen");
  public static final ProzessVariable<LocalDate> BEWILLIGUNG_BIS = datum("bewilligungBis");
  public static final ProzessVariable<String> BEWILLIGUNGSZEITRAUM_ANZEIGE = text("bewilligungszeitraumAnzeige");
  public static final ProzessVariable<String> BEWILLIGT_ANZEIGE = text("nachweisBewilligtAnzeige");
  public static final ProzessVariable<String> AUSGEZAHLT_ANZEIGE = text("nachweisAusgezahltAnzeige");
  public static final ProzessVariable<String> VN_FRIST_ANZEIGE = text("verwendungsnachweisFristAnzeige");
  // the body's input; the list: {id, ausgaben, einnahmen} in, the stored rows with the ledger's grant out
  public static final ProzessVariable<String> SACHBERICHT_DURCHFUEHRUNG = text("sachberichtDurchfuehrung");
  public static final ProzessVariable<String> SACHBERICHT_TEILNEHMENDE = text("sachberichtTeilnehmende");
  public static final ProzessVariable<String> SACHBERICHT_ERGEBNISSE = text("sachberichtErgebnisse");
  public static final ProzessVariable<String> SACHBERICHT_ABWEICHUNGEN = text("sachberichtAbweichungen");
  public static final ProzessVariable<JsonNode> ZAHLENMAESSIGER_NACHWEIS = json("zahlenmaessigerNachweis");
  public static final ProzessVariable<FileValue> BELEGLISTE = datei("belegliste");
  public static final ProzessVariable<Boolean> VN_BESTAETIGT = wahrheitswert("verwendungsnachweisBestaetigt");
  // display after a submission (the accepted Belegliste is checked again when no new file is chosen)
  public static final ProzessVariable<FileValue> BELEGLISTE_EINGEREICHT = datei("beleglisteEingereicht");
  public static final ProzessVariable<JsonNode> BELEGE = json("belege");
  public static final ProzessVariable<Integer> VN_FASSUNG = ganzzahl("verwendungsnachweisFassung");
  public static final ProzessVariable<String> VN_EINGEREICHT_VON = text("verwendungsnachweisEingereichtVon");
  public static final ProzessVariable<String> AUSGABEN_ANZEIGE = text("nachweisAusgabenAnzeige");
  public static final ProzessVariable<JsonNode> NACHFORDERUNGEN = json("nachweisNachforderungen");
  public static final ProzessVariable<String> SACHLICH_GEPRUEFT_VON_ANZEIGE = text("sachlichGeprueftVonAnzeige");
  public static final ProzessVariable<String> BELEGLISTE_LINK = text("beleglisteLink");
  // RP clerk 1: input, and the routing of "Sachlich richtig?"
  public static final ProzessVariable<String> SACHLICH_ENTSCHEIDUNG = text("sachlichEntscheidung");
  public static final ProzessVariable<String> NACHFORDERUNG_TEXT = text("nachweisNachforderungText");
  public static final ProzessVariable<LocalDate> NACHFORDERUNG_FRIST = datum("nachweisNachforderungFrist");
  public static final ProzessVariable<Boolean> SACHLICH_RICHTIG = wahrheitswert("sachlichRichtig");
  // RP clerk 2: the proposal out, {id, anerkannt, grund} in
  public static final ProzessVariable<JsonNode> ANERKENNUNG = json("anerkennung");
  public static final ProzessVariable<Boolean> RECHNERISCH_BESTAETIGT = wahrheitswert("rechnerischBestaetigt");
  // result: routing of "Rückforderung?", what the Förderfall shows, the Schlussbescheid as issued; "anlass" set in the model
  public static final ProzessVariable<Long> AUSGEZAHLT_CENT = cent("ausgezahltCent");
  public static final ProzessVariable<Long> ANERKANNT_CENT = cent("anerkanntCent");
  public static final ProzessVariable<Long> RUECKFORDERUNG_CENT = cent("rueckforderungCent");
  public static final ProzessVariable<Long> ZINSEN_CENT = cent("zinsenCent");
  public static final ProzessVariable<Long> ZINSEN_ABS4_CENT = cent("zinsenAbs4Cent");
  /** Rückforderung + interest (Abs. 3 and Abs. 4): routes "Forderung?" — a Schlussbescheid when above zero. */
  public static final ProzessVariable<Long> FORDERUNG_CENT = cent("forderungCent");
  public static final ProzessVariable<String> ZINS_WARNUNG = text("zinsWarnung");
  public static final ProzessVariable<String> NACHWEIS_ERGEBNIS = text("nachweisErgebnis");
  public static final ProzessVariable<FileValue> SCHLUSSBESCHEID_PDF = datei("schlussbescheidPdf");
  public static final ProzessVariable<String> ANLASS = text("anlass");
  // RP: payments on the claim of the Schlussbescheid (input: date and amount; display: open claim, payments so far)
  public static final ProzessVariable<LocalDate> ZAHLUNG_EINGANG_AM = datum("zahlungEingangAm");
  public static final ProzessVariable<java.math.BigDecimal> ZAHLUNG_BETRAG = betrag("zahlungBetrag");
  public static final ProzessVariable<Long> FORDERUNG_OFFEN_CENT = cent("forderungOffenCent");
  public static final ProzessVariable<String> FORDERUNG_OFFEN_ANZEIGE = text("forderungOffenAnzeige");
  public static final ProzessVariable<String> ZAHLUNG_FAELLIG_ANZEIGE = text("zahlungFaelligAnzeige");
  public static final ProzessVariable<JsonNode> ZAHLUNGEN = json("zahlungen");

  private NachweisVariablen() {}
}

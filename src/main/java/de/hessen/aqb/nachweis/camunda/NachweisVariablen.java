package de.hessen.aqb.nachweis.camunda;

import static de.hessen.aqb.plattform.ProzessVariable.cent;
import static de.hessen.aqb.plattform.ProzessVariable.datei;
import static de.hessen.aqb.plattform.ProzessVariable.datum;
import static de.hessen.aqb.plattform.ProzessVariable.ganzzahl;
import static de.hessen.aqb.plattform.ProzessVariable.json;
import static de.hessen.aqb.plattform.ProzessVariable.text;
import static de.hessen.aqb.plattform.ProzessVariable.wahrheitswert;

import com.fasterxml.jackson.databind.JsonNode;
import de.hessen.aqb.plattform.ProzessVariable;
import java.time.LocalDate;
import org.camunda.bpm.engine.variable.value.FileValue;

/**
 * The process variables of "Nachweis, Prüfung und Abschluss". Three kinds: what a form submits (checked by the task's
 * input contract, {@link NachweisEingaben}), what the forms and Tasklist only show (written by the adapters from the
 * records, read for no decision), and the routing results the gateways read (written by the adapters from a service's
 * answer). Case identity, grants, payments, recognised amounts, deadlines and who checked live in the tables.
 */
public final class NachweisVariablen {

  // display: case head and Bescheid in force (Tasklist columns, form headings)
  public static final ProzessVariable<String> FOERDERFALL_NUMMER = text("foerderfallNummer");
  public static final ProzessVariable<String> GEBIETSKOERPERSCHAFT_NAME = text("gebietskoerperschaftName");
  public static final ProzessVariable<Integer> JAHR = ganzzahl("jahr");
  public static final ProzessVariable<String> BESCHEID_AKTENZEICHEN = text("bescheidAktenzeichen");
  public static final ProzessVariable<LocalDate> BEWILLIGUNG_BIS = datum("bewilligungBis");
  public static final ProzessVariable<String> BEWILLIGUNGSZEITRAUM_ANZEIGE = text("bewilligungszeitraumAnzeige");
  public static final ProzessVariable<String> BEWILLIGT_ANZEIGE = text("nachweisBewilligtAnzeige");
  public static final ProzessVariable<String> AUSGEZAHLT_ANZEIGE = text("nachweisAusgezahltAnzeige");
  public static final ProzessVariable<String> VN_FRIST_ANZEIGE = text("verwendungsnachweisFristAnzeige");

  // Verwendungsnachweis (the body's input)
  public static final ProzessVariable<String> SACHBERICHT_DURCHFUEHRUNG = text("sachberichtDurchfuehrung");
  public static final ProzessVariable<String> SACHBERICHT_TEILNEHMENDE = text("sachberichtTeilnehmende");
  public static final ProzessVariable<String> SACHBERICHT_ABWEICHUNGEN = text("sachberichtAbweichungen");
  public static final ProzessVariable<String> SACHBERICHT_ERGEBNISSE = text("sachberichtErgebnisse");
  /**
   * Input: per measure only {id, ausgaben, einnahmen} as typed. Display (rewritten after every submission): id, name,
   * bewilligt (the ledger's), ausgaben, einnahmen, and after a submission the figures as stored.
   */
  public static final ProzessVariable<JsonNode> ZAHLENMAESSIGER_NACHWEIS = json("zahlenmaessigerNachweis");
  public static final ProzessVariable<FileValue> BELEGLISTE = datei("belegliste");
  public static final ProzessVariable<Boolean> VN_BESTAETIGT = wahrheitswert("verwendungsnachweisBestaetigt");

  // display after a submission
  /** The last accepted Belegliste (what the RP downloads; checked again when the body chooses no new file). */
  public static final ProzessVariable<FileValue> BELEGLISTE_EINGEREICHT = datei("beleglisteEingereicht");
  public static final ProzessVariable<JsonNode> BELEGE = json("belege");
  public static final ProzessVariable<Integer> VN_FASSUNG = ganzzahl("verwendungsnachweisFassung");
  public static final ProzessVariable<String> VN_EINGEREICHT_VON = text("verwendungsnachweisEingereichtVon");
  public static final ProzessVariable<String> AUSGABEN_ANZEIGE = text("nachweisAusgabenAnzeige");
  /** All Nachforderungen so far (runde, text, frist, von, am), from the records. */
  public static final ProzessVariable<JsonNode> NACHFORDERUNGEN = json("nachweisNachforderungen");
  public static final ProzessVariable<String> SACHLICH_GEPRUEFT_VON_ANZEIGE = text("sachlichGeprueftVonAnzeige");
  /** Task-local download link of the accepted Belegliste. */
  public static final ProzessVariable<String> BELEGLISTE_LINK = text("beleglisteLink");

  // sachliche Prüfung (RP, input)
  public static final ProzessVariable<String> SACHLICH_ENTSCHEIDUNG = text("sachlichEntscheidung");
  public static final ProzessVariable<String> NACHFORDERUNG_TEXT = text("nachweisNachforderungText");
  public static final ProzessVariable<LocalDate> NACHFORDERUNG_FRIST = datum("nachweisNachforderungFrist");
  /** Routing: read by "Sachlich richtig?". */
  public static final ProzessVariable<Boolean> SACHLICH_RICHTIG = wahrheitswert("sachlichRichtig");

  // rechnerische Prüfung (RP, another person)
  /** Display: id, name, bewilligt, ausgaben, anerkannt (proposal), grund, ueberBewilligung. Input: only {id, anerkannt, grund}. */
  public static final ProzessVariable<JsonNode> ANERKENNUNG = json("anerkennung");
  public static final ProzessVariable<Boolean> RECHNERISCH_BESTAETIGT = wahrheitswert("rechnerischBestaetigt");

  // result: routing ("Rückforderung?") and what the Förderfall shows
  public static final ProzessVariable<Long> AUSGEZAHLT_CENT = cent("ausgezahltCent");
  public static final ProzessVariable<Long> ANERKANNT_CENT = cent("anerkanntCent");
  public static final ProzessVariable<Long> RUECKFORDERUNG_CENT = cent("rueckforderungCent");
  public static final ProzessVariable<Long> ZINSEN_CENT = cent("zinsenCent");
  public static final ProzessVariable<String> NACHWEIS_ERGEBNIS = text("nachweisErgebnis");
  /** The Schlussbescheid as issued (a copy of the stored PDF, for Cockpit and the history). */
  public static final ProzessVariable<FileValue> SCHLUSSBESCHEID_PDF = datei("schlussbescheidPdf");

  /** Input parameter of the reminder steps (set in the model). */
  public static final ProzessVariable<String> ANLASS = text("anlass");

  private NachweisVariablen() {}
}

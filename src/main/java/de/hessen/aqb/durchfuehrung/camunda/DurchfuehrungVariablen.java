package de.hessen.aqb.durchfuehrung.camunda;

import static de.hessen.aqb.plattform.ProzessVariable.cent;
import static de.hessen.aqb.plattform.ProzessVariable.datum;
import static de.hessen.aqb.plattform.ProzessVariable.ganzzahl;
import static de.hessen.aqb.plattform.ProzessVariable.json;
import static de.hessen.aqb.plattform.ProzessVariable.text;

import com.fasterxml.jackson.databind.JsonNode;
import de.hessen.aqb.antrag.camunda.AntragVariablen;
import de.hessen.aqb.foerderfall.camunda.FoerderfallVariablen;
import de.hessen.aqb.plattform.ProzessVariable;
import java.time.LocalDate;

/** The process variables of "Durchführung". */
public final class DurchfuehrungVariablen {

  // from the Förderfall and the Bescheid
  public static final ProzessVariable<String> GEBIETSKOERPERSCHAFT = FoerderfallVariablen.GEBIETSKOERPERSCHAFT;
  public static final ProzessVariable<Integer> JAHR = FoerderfallVariablen.JAHR;
  public static final ProzessVariable<String> FOERDERFALL_NUMMER = FoerderfallVariablen.FOERDERFALL_NUMMER;
  public static final ProzessVariable<String> GEBIETSKOERPERSCHAFT_NAME = FoerderfallVariablen.GEBIETSKOERPERSCHAFT_NAME;
  public static final ProzessVariable<String> BESCHEID_AKTENZEICHEN = AntragVariablen.BESCHEID_AKTENZEICHEN;
  public static final ProzessVariable<LocalDate> BEWILLIGUNG_VON = AntragVariablen.BEWILLIGUNG_VON;
  public static final ProzessVariable<LocalDate> BEWILLIGUNG_BIS = AntragVariablen.BEWILLIGUNG_BIS;

  // request period
  /** ISO date-time after which no Mittelabruf is accepted (timer and due date of the standing task). */
  public static final ProzessVariable<String> ABRUFSCHLUSS = text("abrufschluss");
  public static final ProzessVariable<String> ABRUFSCHLUSS_ANZEIGE = text("abrufschlussAnzeige");

  // where the money stands (shown in both forms, refreshed at every request)
  public static final ProzessVariable<String> BEWILLIGT_ANZEIGE = text("bewilligtAnzeige");
  public static final ProzessVariable<String> AUSGEZAHLT_ANZEIGE = text("ausgezahltAnzeige");
  public static final ProzessVariable<String> VERFUEGBAR_ANZEIGE = text("verfuegbarAnzeige");
  public static final ProzessVariable<Long> VERFUEGBAR_CENT = cent("verfuegbarCent");
  /** Earlier requests for the forms' tables: nummer, datum, angefordert, ausgezahlt, status. */
  public static final ProzessVariable<JsonNode> MITTELABRUFE = json("mittelabrufe");

  // the body's request (form fields)
  public static final ProzessVariable<String> MITTELABRUF_AKTION = text("mittelabrufAktion");
  public static final ProzessVariable<String> MITTELABRUF_BETRAG = text("mittelabrufBetrag");
  public static final ProzessVariable<LocalDate> MITTELABRUF_BEDARF_BIS = datum("mittelabrufBedarfBis");
  public static final ProzessVariable<String> MITTELABRUF_ZWECK = text("mittelabrufZweck");
  // the recorded request
  public static final ProzessVariable<Integer> MITTELABRUF_NUMMER = ganzzahl("mittelabrufNummer");
  public static final ProzessVariable<Long> MITTELABRUF_CENT = cent("mittelabrufCent");
  public static final ProzessVariable<String> MITTELABRUF_ANZEIGE = text("mittelabrufAnzeige");
  public static final ProzessVariable<String> MITTELABRUF_BEDARF_ANZEIGE = text("mittelabrufBedarfAnzeige");
  public static final ProzessVariable<String> MITTELABRUF_VON = text("mittelabrufVon");

  // the RP's decision (form fields, then the checked result)
  public static final ProzessVariable<String> ENTSCHEIDUNG = text("mittelabrufEntscheidung");
  public static final ProzessVariable<String> AUSZAHLUNG_BETRAG = text("auszahlungBetrag");
  public static final ProzessVariable<String> BEGRUENDUNG = text("mittelabrufBegruendung");
  public static final ProzessVariable<String> ENTSCHEIDUNG_ART = text("mittelabrufEntscheidungArt");
  public static final ProzessVariable<Long> AUSZAHLUNG_CENT = cent("auszahlungCent");
  public static final ProzessVariable<String> GEPRUEFT_VON = text("mittelabrufGeprueftVon");

  private DurchfuehrungVariablen() {}
}

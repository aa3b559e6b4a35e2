package de.hessen.aqb.durchfuehrung.camunda;

import static de.hessen.aqb.plattform.ProzessVariable.*;

import com.fasterxml.jackson.databind.JsonNode;
import de.hessen.aqb.plattform.ProzessVariable;
import java.time.LocalDate;

/**
 * The process variables of "Durchführung": form inputs (read by the adapters, checked by the services) and what the
 * adapters write from the services' results (display, routing, the timer's date). None is the record of a case.
 */
public final class DurchfuehrungVariablen {

  // display columns of the forms and Tasklist filters, written from the case head and the Bescheid
  public static final ProzessVariable<String> FOERDERFALL_NUMMER = text("foerderfallNummer");
  public static final ProzessVariable<Integer> JAHR = ganzzahl("jahr");
  public static final ProzessVariable<String> GEBIETSKOERPERSCHAFT_NAME = text("gebietskoerperschaftName");
  public static final ProzessVariable<String> BESCHEID_AKTENZEICHEN = text("bescheidAktenzeichen");

  /** ISO date-time after which no Mittelabruf is accepted (mirror of the stored period, for the timer and due date). */
  public static final ProzessVariable<String> ABRUFSCHLUSS = text("abrufschluss");
  public static final ProzessVariable<String> ABRUFSCHLUSS_ANZEIGE = text("abrufschlussAnzeige");

  // where the money stands (both forms)
  public static final ProzessVariable<String> BEWILLIGT_ANZEIGE = text("bewilligtAnzeige");
  public static final ProzessVariable<String> AUSGEZAHLT_ANZEIGE = text("ausgezahltAnzeige");
  public static final ProzessVariable<String> VERFUEGBAR_ANZEIGE = text("verfuegbarAnzeige");
  /** Routing: still money to request ("Noch Mittel verfügbar?"). */
  public static final ProzessVariable<Long> VERFUEGBAR_CENT = cent("verfuegbarCent");
  /** Earlier requests for the forms' tables. */
  public static final ProzessVariable<JsonNode> MITTELABRUFE = json("mittelabrufe");

  // the body's request (form fields of form-mittelabruf)
  public static final ProzessVariable<String> MITTELABRUF_AKTION = text("mittelabrufAktion");
  public static final ProzessVariable<String> MITTELABRUF_BETRAG = text("mittelabrufBetrag");
  public static final ProzessVariable<LocalDate> MITTELABRUF_BEDARF_BIS = datum("mittelabrufBedarfBis");
  public static final ProzessVariable<String> MITTELABRUF_ZWECK = text("mittelabrufZweck");
  /** Routing: the body requested money ("Mittel abrufen?"); false when it closed the stage. */
  public static final ProzessVariable<Boolean> MITTEL_ABRUFEN = wahrheitswert("mittelAbrufen");
  // the recorded request, shown in the RP's form (the ledger row is the record)
  public static final ProzessVariable<Integer> MITTELABRUF_NUMMER = ganzzahl("mittelabrufNummer");
  public static final ProzessVariable<Long> MITTELABRUF_CENT = cent("mittelabrufCent");
  public static final ProzessVariable<String> MITTELABRUF_ANZEIGE = text("mittelabrufAnzeige");
  public static final ProzessVariable<String> MITTELABRUF_BEDARF_ANZEIGE = text("mittelabrufBedarfAnzeige");
  public static final ProzessVariable<String> MITTELABRUF_VON = text("mittelabrufVon");

  // the RP's decision (form fields of form-mittelabruf-pruefen)
  public static final ProzessVariable<String> ENTSCHEIDUNG = text("mittelabrufEntscheidung");
  public static final ProzessVariable<String> AUSZAHLUNG_BETRAG = text("auszahlungBetrag");
  public static final ProzessVariable<String> BEGRUENDUNG = text("mittelabrufBegruendung");
  // the checked decision, shown afterwards (recorded in the ledger)
  public static final ProzessVariable<String> ENTSCHEIDUNG_ART = text("mittelabrufEntscheidungArt");
  public static final ProzessVariable<Long> AUSZAHLUNG_CENT = cent("auszahlungCent");
  public static final ProzessVariable<String> GEPRUEFT_VON = text("mittelabrufGeprueftVon");

  private DurchfuehrungVariablen() {}
}

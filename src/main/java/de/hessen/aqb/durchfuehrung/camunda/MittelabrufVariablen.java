package de.hessen.aqb.durchfuehrung.camunda;

import static de.hessen.aqb.plattform.ProzessVariable.*;

import com.fasterxml.jackson.databind.JsonNode;
import de.hessen.aqb.plattform.ProzessVariable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The process variables of one "Mittelabruf" (called by the Durchführung): the body's request and the RP's decision as
 * the forms send them, and what the adapters write from the ledger for display and routing.
 */
public final class MittelabrufVariablen {

  // the body's request (embedded form mittelabruf.html)
  public static final ProzessVariable<String> MITTELABRUF_AKTION = text("mittelabrufAktion");
  /** Input: a list of {id, betrag} — the amount per measure as typed. */
  public static final ProzessVariable<JsonNode> MITTELABRUF_BETRAEGE = json("mittelabrufBetraege");
  public static final ProzessVariable<LocalDate> MITTELABRUF_BEDARF_BIS = datum("mittelabrufBedarfBis");
  public static final ProzessVariable<String> MITTELABRUF_ZWECK = text("mittelabrufZweck");
  public static final ProzessVariable<String> MITTELABRUF_VERWENDUNG_BISHER = text("mittelabrufVerwendungBisher");
  /** Routing ("Mittelabruf gestellt?"): false when the body withdrew it. */
  public static final ProzessVariable<Boolean> MITTELABRUF_GESTELLT = wahrheitswert("mittelabrufGestellt");

  // the recorded request, shown in the RP's form (the ledger rows are the record)
  public static final ProzessVariable<Integer> MITTELABRUF_NUMMER = ganzzahl("mittelabrufNummer");
  public static final ProzessVariable<Long> MITTELABRUF_CENT = cent("mittelabrufCent");
  public static final ProzessVariable<String> MITTELABRUF_ANZEIGE = text("mittelabrufAnzeige");
  public static final ProzessVariable<String> MITTELABRUF_BEDARF_ANZEIGE = text("mittelabrufBedarfAnzeige");
  public static final ProzessVariable<String> MITTELABRUF_VON = text("mittelabrufVon");
  /** Display: the request per measure {id, name, angefordert, verfuegbar}. */
  public static final ProzessVariable<JsonNode> MITTELABRUF_POSTEN = json("mittelabrufPosten");

  // the RP's decision (embedded form mittelabruf-pruefen.html)
  public static final ProzessVariable<String> ENTSCHEIDUNG = text("mittelabrufEntscheidung");
  /** Input for a reduction: a list of {id, betrag} — the amount to pay per measure as typed. */
  public static final ProzessVariable<JsonNode> AUSZAHLUNGEN = json("auszahlungen");
  public static final ProzessVariable<String> BEGRUENDUNG = text("mittelabrufBegruendung");
  // the booked decision, shown afterwards (recorded in the ledger)
  public static final ProzessVariable<String> ENTSCHEIDUNG_ART = text("mittelabrufEntscheidungArt");
  public static final ProzessVariable<Long> AUSZAHLUNG_CENT = cent("auszahlungCent");
  public static final ProzessVariable<String> GEPRUEFT_VON = text("mittelabrufGeprueftVon");

  private MittelabrufVariablen() {}

  /** The amounts of a form list [{id, betrag}] by measure id, as typed (missing list: none). */
  static Map<String, String> betraege(JsonNode liste) {
    Map<String, String> betraege = new LinkedHashMap<>();
    if (liste != null && liste.isArray()) {
      liste.forEach(eintrag -> betraege.put(eintrag.path("id").asText(""),
          eintrag.path("betrag").isNull() ? null : eintrag.path("betrag").asText(null)));
    }
    return betraege;
  }
}

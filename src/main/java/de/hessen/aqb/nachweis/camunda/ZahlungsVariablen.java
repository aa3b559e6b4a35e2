package de.hessen.aqb.nachweis.camunda;

import static de.hessen.aqb.plattform.ProzessVariable.*;

import com.fasterxml.jackson.databind.JsonNode;
import de.hessen.aqb.plattform.ProzessVariable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Variables of "Zahlung überwachen" (after the Schlussbescheid): the RP's input, routing and display — never the record. */
public final class ZahlungsVariablen {

  public static final ProzessVariable<Long> ZINSEN_ABS4_CENT = cent("zinsenAbs4Cent");
  /** Rückforderung + interest (Abs. 3 and Abs. 4): routes "Forderung?" — a Schlussbescheid when above zero. */
  public static final ProzessVariable<Long> FORDERUNG_CENT = cent("forderungCent");
  public static final ProzessVariable<String> ZINS_WARNUNG = text("zinsWarnung");
  // input: the day and amount of a payment received
  public static final ProzessVariable<LocalDate> ZAHLUNG_EINGANG_AM = datum("zahlungEingangAm");
  public static final ProzessVariable<BigDecimal> ZAHLUNG_BETRAG = betrag("zahlungBetrag");
  // routing of "Vollständig bezahlt?" (from the ledger) and display: open claim, due day, payments so far
  public static final ProzessVariable<Long> FORDERUNG_OFFEN_CENT = cent("forderungOffenCent");
  public static final ProzessVariable<String> FORDERUNG_OFFEN_ANZEIGE = text("forderungOffenAnzeige");
  public static final ProzessVariable<String> ZAHLUNG_FAELLIG_ANZEIGE = text("zahlungFaelligAnzeige");
  public static final ProzessVariable<JsonNode> ZAHLUNGEN = json("zahlungen");

  private ZahlungsVariablen() {}
}

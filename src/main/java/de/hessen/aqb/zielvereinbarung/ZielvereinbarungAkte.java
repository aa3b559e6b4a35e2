package de.hessen.aqb.zielvereinbarung;

import de.hessen.aqb.zielvereinbarung.domain.Massnahmenart;
import de.hessen.aqb.zielvereinbarung.domain.Projekt;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The stored Zielvereinbarung of one Förderfall (table aqb_zielvereinbarung): what the ministry drafted, who signed
 * where and when, the receipt. Fields of steps not yet done are null.
 */
public record ZielvereinbarungAkte(String nummer, String kreisschluessel, int jahr, String status, Long budgetCent,
    Map<Massnahmenart, List<Projekt>> projekte, String paragraph2Jahrestext, String buendnisZeitraum,
    String ministeriumName, String ministeriumTitel, String partnerName, String partnerTitel, LocalDate entwurfDatum,
    String entwurfVon, String stornoGrund, Signatur ministerium, Signatur partner, LocalDate eingangDatum, String eingangVon) {

  public static final String ENTWURF = "ENTWURF";
  public static final String STORNIERT = "STORNIERT";
  public static final String UNTERZEICHNET = "UNTERZEICHNET";
  public static final String VEROEFFENTLICHT = "VEROEFFENTLICHT";

  /** One signature: place, date, who recorded it (the authenticated user) and the name of the scan, if any. */
  public record Signatur(String ort, LocalDate datum, String von, String scanName) {
    public boolean geleistet() {
      return datum != null;
    }
  }

  public boolean beideUnterzeichnet() {
    return ministerium.geleistet() && partner.geleistet();
  }
}

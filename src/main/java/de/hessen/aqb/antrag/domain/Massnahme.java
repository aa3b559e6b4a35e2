package de.hessen.aqb.antrag.domain;

import de.hessen.aqb.zielvereinbarung.domain.Massnahmenart;
import java.time.LocalDate;

/**
 * One measure (Maßnahme) of an Antrag: the Maßnahmendetails. Amounts in euro cents; fields the clerk has
 * not filled in yet are null (the RP's completeness check counts them).
 *
 * @param id            stable key within the case, e.g. "M3"
 * @param traegerId     provider from the reference data (traeger.csv) or null
 * @param traegerName   provider name (from the reference data or typed in for providers without own login)
 * @param foerderungCent requested AQB grant
 * @param herkunft      whether the measure comes from the Zielvereinbarung or was added in the Antrag
 * @param entfaellt     dropped against the Zielvereinbarung (then {@code aenderungsgrund} is required)
 * @param zweckbindung  earmarked sub-budget the measure counts towards (e.g. "TEILZEIT"), or null
 */
public record Massnahme(
    String id,
    String name,
    Massnahmenart art,
    String traegerId,
    String traegerName,
    LocalDate beginn,
    LocalDate ende,
    Integer plaetze,
    Long kostenCent,
    Long foerderungCent,
    Long eigenmittelCent,
    Long drittmittelCent,
    Herkunft herkunft,
    boolean entfaellt,
    String aenderungsgrund,
    String zweckbindung) {

  /** Where a measure comes from. */
  public enum Herkunft { ZIELVEREINBARUNG, NEU }

  /** All Maßnahmendetails present (a dropped measure needs only its reason). */
  public boolean vollstaendig() {
    if (entfaellt) {
      return aenderungsgrund != null && !aenderungsgrund.isBlank();
    }
    return name != null && !name.isBlank() && art != null && traegerName != null && !traegerName.isBlank()
        && beginn != null && ende != null && plaetze != null && kostenCent != null && foerderungCent != null
        && eigenmittelCent != null && drittmittelCent != null;
  }
}

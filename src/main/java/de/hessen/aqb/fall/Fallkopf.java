package de.hessen.aqb.fall;

/**
 * Who a Förderfall belongs to: its number (the business key, e.g. AQB-2025-06414), the body's Kreisschlüssel and
 * name, the programme year, and the body's group (also its tenant). Read from the register, never from a form.
 */
public record Fallkopf(String nummer, String kreisschluessel, int jahr, String gebietskoerperschaftName, String gruppenId) {

  /** The tenant of every instance of this case (same id as the body's group). */
  public String tenantId() {
    return gruppenId;
  }

  /** The case number under the name the shared mail frame ({@code templates/mail/_rahmen.html}) prints. */
  public String foerderfallNummer() {
    return nummer;
  }
}

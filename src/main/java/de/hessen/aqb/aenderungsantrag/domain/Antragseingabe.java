package de.hessen.aqb.aenderungsantrag.domain;

import java.util.List;

/**
 * What the body typed in "Änderungsantrag stellen" (raw text; amounts in euros as typed).
 *
 * @param posten changes of granted measures: new amount (blank: unchanged), dropped, new provider id (blank: unchanged)
 * @param neue added measures
 * @param neuesEnde requested end of the Bewilligungszeitraum ("yyyy-MM-dd"), blank: unchanged
 */
public record Antragseingabe(List<PostenEingabe> posten, List<NeueEingabe> neue, String neuesEnde, String begruendung) {

  public record PostenEingabe(String id, String betrag, boolean entfaellt, String traeger) {}

  /** @param art the Maßnahmenart's number "1".."4" */
  public record NeueEingabe(String name, String art, String traeger, String betrag) {}
}

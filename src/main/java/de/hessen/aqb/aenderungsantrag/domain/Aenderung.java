package de.hessen.aqb.aenderungsantrag.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A checked change of a case: every measure granted now (changed or not) and every added one with its amount before
 * and after, and the end of the Bewilligungszeitraum before and after.
 *
 * @param neuesEnde the requested end of the Bewilligungszeitraum, or null when it stays
 */
public record Aenderung(List<Posten> posten, LocalDate bisherigesEnde, LocalDate neuesEnde, String begruendung) {

  /**
   * One measure of the change.
   *
   * @param art the Maßnahmenart's number (1–4) of an added measure, else null
   * @param traegerId the provider's id when it is added or changed, else null
   */
  public record Posten(String id, String name, Integer art, String traegerId, String traegerName, boolean neu,
      boolean entfaellt, boolean traegerGeaendert, long bisherCent, long neuCent) {

    public boolean betragGeaendert() {
      return neuCent != bisherCent;
    }

    public Posten mitBetrag(long cent) {
      return new Posten(id, name, art, traegerId, traegerName, neu, entfaellt, traegerGeaendert, bisherCent, cent);
    }
  }

  public long summeBisherCent() {
    return posten.stream().mapToLong(Posten::bisherCent).sum();
  }

  public long summeNeuCent() {
    return posten.stream().mapToLong(Posten::neuCent).sum();
  }

  public boolean verlaengert() {
    return neuesEnde != null && neuesEnde.isAfter(bisherigesEnde);
  }

  /** The end of the Bewilligungszeitraum after the change. */
  public LocalDate endeNachher() {
    return verlaengert() ? neuesEnde : bisherigesEnde;
  }

  /** Something at all would change. */
  public boolean aendertEtwas() {
    return verlaengert() || posten.stream().anyMatch(p -> p.neu() || p.entfaellt() || p.traegerGeaendert() || p.betragGeaendert());
  }

  /** The amounts after the change, by measure id. */
  public Map<String, Long> neueBetraege() {
    Map<String, Long> betraege = new LinkedHashMap<>();
    posten.forEach(p -> betraege.put(p.id(), p.neuCent()));
    return betraege;
  }

  /** The same change with other amounts (a partial grant); measures missing from {@code betraege} keep theirs. */
  public Aenderung mitBetraegen(Map<String, Long> betraege) {
    return new Aenderung(posten.stream().map(p -> p.mitBetrag(betraege.getOrDefault(p.id(), p.neuCent()))).toList(),
        bisherigesEnde, neuesEnde, begruendung);
  }
}

package de.hessen.aqb.nachweis.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The financing type of the Bescheid and how Einnahmen (Einnahmen/Eigenmittel, Ist) reduce the eligible amount of a
 * measure (ANBest-P Nr. 2; VV Nr. 2.2 zu § 44 LHO). The AQB's Zuwendungsbescheid grants a Festbetrag (ADR 9a).
 */
public enum Finanzierungsart {
  /** A fixed amount: Einnahmen do not reduce it; it falls only when the recognised spending falls below it. */
  FESTBETRAG("Festbetragsfinanzierung"),
  /** A share of the eligible spending: Einnahmen reduce the spending first, the share is taken of the rest. */
  ANTEIL("Anteilfinanzierung"),
  /** The shortfall after own funds and Einnahmen: every euro of Einnahmen reduces it by a euro. */
  FEHLBEDARF("Fehlbedarfsfinanzierung"),
  /** All eligible spending: as Fehlbedarf with no own share planned; Einnahmen reduce it euro for euro. */
  VOLLFINANZIERUNG("Vollfinanzierung");

  private final String text;

  Finanzierungsart(String text) {
    this.text = text;
  }

  public String text() {
    return text;
  }

  /**
   * The amount the grant may cover of {@code ausgabenCent} recognised spending with {@code einnahmenCent} Einnahmen;
   * {@code anteilProzent} only for {@link #ANTEIL} (rounded half-up to cents).
   */
  public long foerderfaehig(long ausgabenCent, long einnahmenCent, BigDecimal anteilProzent) {
    long nachEinnahmen = Math.max(0, ausgabenCent - einnahmenCent);
    return switch (this) {
      case FESTBETRAG -> ausgabenCent;
      case FEHLBEDARF, VOLLFINANZIERUNG -> nachEinnahmen;
      case ANTEIL -> {
        if (anteilProzent == null || anteilProzent.signum() <= 0 || anteilProzent.compareTo(BigDecimal.valueOf(100)) > 0) {
          throw new IllegalStateException("Anteilfinanzierung ohne gültigen Anteil (Prozent): " + anteilProzent);
        }
        yield BigDecimal.valueOf(nachEinnahmen).multiply(anteilProzent).movePointLeft(2).setScale(0, RoundingMode.HALF_UP)
            .longValueExact();
      }
    };
  }
}

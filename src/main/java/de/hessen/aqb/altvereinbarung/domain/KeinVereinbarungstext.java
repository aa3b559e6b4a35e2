package de.hessen.aqb.altvereinbarung.domain;

import de.hessen.aqb.gemeinsam.UngueltigeEingabe;

/** The file is readable but is not a Zielvereinbarung of the AQB (German message for the clerk). */
public class KeinVereinbarungstext extends UngueltigeEingabe {

  public KeinVereinbarungstext(String meldung) {
    super(meldung);
  }
}

package de.hessen.aqb.foerderfall.camunda;

import static de.hessen.aqb.plattform.ProzessVariable.ganzzahl;
import static de.hessen.aqb.plattform.ProzessVariable.text;

import de.hessen.aqb.plattform.MandantZuordnung;
import de.hessen.aqb.plattform.ProzessVariable;

/** Variables every stage of a Förderfall carries (they are also the business columns of the Tasklist filters). */
public final class FoerderfallVariablen {

  /** Kreisschlüssel of the body, e.g. "06414"; also decides the tenant. */
  public static final ProzessVariable<String> GEBIETSKOERPERSCHAFT = text(MandantZuordnung.START_VARIABLE);
  public static final ProzessVariable<Integer> JAHR = ganzzahl("jahr");
  /** Business key, e.g. AQB-2025-06414. */
  public static final ProzessVariable<String> FOERDERFALL_NUMMER = text("foerderfallNummer");
  public static final ProzessVariable<String> GEBIETSKOERPERSCHAFT_NAME = text("gebietskoerperschaftName");

  private FoerderfallVariablen() {}
}

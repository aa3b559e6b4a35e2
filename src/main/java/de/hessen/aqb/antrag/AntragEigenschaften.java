package de.hessen.aqb.antrag;

import java.time.Duration;
import java.time.MonthDay;
import java.time.Period;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Parameters of the Antrag stage (aqb.antrag.*), see application.yml.
 *
 * @param stichtag          Antrag due date within the programme year (31 March)
 * @param mindestfrist      if the stage starts late (Zielvereinbarung signed after the Stichtag): at least this long
 * @param erinnerungVorher  reminder this long before the deadline
 * @param laufzeitJahre     measures may run until 31 December of programme year + laufzeitJahre - 1
 * @param zweckbindungen    earmarked share of the budget in percent, per programme year and category
 */
@ConfigurationProperties("aqb.antrag")
public record AntragEigenschaften(MonthDay stichtag, Period mindestfrist, Duration erinnerungVorher, int laufzeitJahre,
    Map<Integer, Map<String, Integer>> zweckbindungen) {

  public Map<String, Integer> zweckbindungen(int jahr) {
    return zweckbindungen == null ? Map.of() : zweckbindungen.getOrDefault(jahr, Map.of());
  }
}

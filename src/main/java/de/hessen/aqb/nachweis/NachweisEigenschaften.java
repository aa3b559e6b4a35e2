package de.hessen.aqb.nachweis;

import de.hessen.aqb.nachweis.domain.Basiszinssatz;
import de.hessen.aqb.nachweis.domain.Zinsberechnung;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Parameters of the Nachweis stage (aqb.nachweis.*), see application.yml.
 *
 * @param erinnerungVorher           reminder to the body this long before the Verwendungsnachweis is due
 * @param zahlungsfrist              a Rückforderung is due this long after the Schlussbescheid; interest runs until then
 * @param zinsaufschlagProzentpunkte percentage points above the Basiszinssatz (§ 49a Abs. 3 HVwVfG: 5)
 * @param basiszinssatz              the Basiszinssatz periods, to be maintained every half year
 */
@ConfigurationProperties("aqb.nachweis")
public record NachweisEigenschaften(Period erinnerungVorher, Period zahlungsfrist, BigDecimal zinsaufschlagProzentpunkte,
    List<Satz> basiszinssatz) {

  /** One configured Basiszinssatz: valid from {@code ab} ("yyyy-MM-dd"), in percent per year. */
  public record Satz(String ab, BigDecimal prozent) {}

  public Zinsberechnung zinsberechnung() {
    return new Zinsberechnung(basiszinssatz.stream().map(s -> new Basiszinssatz(LocalDate.parse(s.ab()), s.prozent())).toList(),
        zinsaufschlagProzentpunkte);
  }
}

package de.hessen.aqb.nachweis;

import de.hessen.aqb.nachweis.domain.Basiszinssatz;
import de.hessen.aqb.nachweis.domain.Grenzen;
import de.hessen.aqb.nachweis.domain.Zinsberechnung;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Parameters of the Nachweis stage (aqb.nachweis.*), see application.yml.
 *
 * @param erinnerungVorher           reminder to the body this long before the Verwendungsnachweis is due
 * @param zahlungsfrist              a Rückforderung is due this long after the Schlussbescheid; interest runs until then
 * @param zinsaufschlagProzentpunkte percentage points above the Basiszinssatz (§ 49a Abs. 3 HVwVfG: 5)
 * @param basiszinssatz              the Basiszinssatz periods, to be maintained every half year
 * @param toleranzProzent            spending above a measure's grant is recognised up to this share of the grant, as far
 *                                   as other measures saved it (ANBest-P Nr. 1.2: 20; 0 = only the total is binding)
 * @param beleglisteHoechstgroesse   largest Belegliste upload (CSV or XLSX), default 5 MB
 * @param beleglisteHoechstzeilen    most rows of a Belegliste, default 20.000
 */
@ConfigurationProperties("aqb.nachweis")
public record NachweisEigenschaften(Period erinnerungVorher, Period zahlungsfrist, BigDecimal zinsaufschlagProzentpunkte,
    List<Satz> basiszinssatz, Integer toleranzProzent, DataSize beleglisteHoechstgroesse, Integer beleglisteHoechstzeilen) {

  public NachweisEigenschaften {
    toleranzProzent = toleranzProzent == null ? 20 : toleranzProzent;
    beleglisteHoechstgroesse = beleglisteHoechstgroesse == null ? DataSize.ofBytes(Grenzen.STANDARD.hoechstBytes()) : beleglisteHoechstgroesse;
    beleglisteHoechstzeilen = beleglisteHoechstzeilen == null ? Grenzen.STANDARD.hoechstZeilen() : beleglisteHoechstzeilen;
    if (toleranzProzent < 0) {
      throw new IllegalArgumentException("aqb.nachweis.toleranz-prozent darf nicht negativ sein: " + toleranzProzent);
    }
  }

  /** The limits of a Belegliste upload. */
  public Grenzen grenzen() {
    return new Grenzen(beleglisteHoechstgroesse.toBytes(), beleglisteHoechstzeilen);
  }

  /** One configured Basiszinssatz: valid from {@code ab} ("yyyy-MM-dd"), in percent per year. */
  public record Satz(String ab, BigDecimal prozent) {}

  public Zinsberechnung zinsberechnung() {
    return new Zinsberechnung(basiszinssatz.stream().map(s -> new Basiszinssatz(LocalDate.parse(s.ab()), s.prozent())).toList(),
        zinsaufschlagProzentpunkte);
  }
}

package de.hessen.aqb.umsetzungsbesprechung;

import de.hessen.aqb.umsetzungsbesprechung.domain.Herbsttermin;
import java.time.MonthDay;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** aqb.umsetzungsbesprechung.*: the day of the year ("MM-dd") the autumn meeting falls due, 15 September by default. */
@ConfigurationProperties("aqb.umsetzungsbesprechung")
public record UmsetzungsbesprechungEigenschaften(@DefaultValue("09-15") String termin) {

  public UmsetzungsbesprechungEigenschaften {
    Herbsttermin.tag(termin);
  }

  public MonthDay tag() {
    return Herbsttermin.tag(termin);
  }
}

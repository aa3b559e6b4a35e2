package de.hessen.aqb.nachweis;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Parameters of the Zwischennachweis (aqb.zwischennachweis.*), see application.yml and ADR 13.
 *
 * @param frist             the due day in the following year when the Bescheid's text names none ("30. April")
 * @param erinnerungVorher  reminder to the body this long before the due date
 * @param mahnungNach       overdue reminder to the body, with the RP Kassel in copy (escalation), this long after the due date
 * @param nachforderungFrist after a Nachforderung the body has at least this long (the due date moves, never earlier)
 */
@ConfigurationProperties("aqb.zwischennachweis")
public record ZwischennachweisEigenschaften(String frist, Period erinnerungVorher, Period mahnungNach, Period nachforderungFrist) {}

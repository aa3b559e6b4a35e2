package de.hessen.aqb.aenderungsantrag;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * aqb.aenderungsantrag.*
 *
 * @param toleranzProzent a measure may move by this share of its granted amount (total unchanged) as a mere
 *     Änderungsanzeige; 0 means only the total is binding (every shift with the total unchanged is an Anzeige)
 */
@ConfigurationProperties("aqb.aenderungsantrag")
public record AenderungsantragEigenschaften(int toleranzProzent) {}

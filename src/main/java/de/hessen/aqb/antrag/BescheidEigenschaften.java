package de.hessen.aqb.antrag;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Defaults the RP clerk sees when drafting a Bescheid (aqb.bescheid.*); stored with the case once issued. */
@ConfigurationProperties("aqb.bescheid")
public record BescheidEigenschaften(String aktenzeichenPraefix, String nebenbestimmungen, String mittelabrufRegel,
    String zwischennachweisFrist, Period verwendungsnachweisNach) {}

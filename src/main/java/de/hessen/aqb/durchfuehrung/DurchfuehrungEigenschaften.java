package de.hessen.aqb.durchfuehrung;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * aqb.durchfuehrung.*: how far ahead money may be requested (two months by the Bescheid's rule) and how long after
 * the end of the Bewilligungszeitraum Mittelabrufe are still accepted (payments for costs incurred in the period).
 */
@ConfigurationProperties("aqb.durchfuehrung")
public record DurchfuehrungEigenschaften(Period bedarfszeitraum, Period abrufNachlauf) {}

package de.hessen.aqb.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The operator account, from AQB_ADMIN_USER / AQB_ADMIN_PASSWORD.
 *
 * @param passwortPruefen false only in the demo and test profiles
 */
@ConfigurationProperties("aqb.admin")
public record AdminEigenschaften(String benutzer, String passwort, boolean passwortPruefen) {}

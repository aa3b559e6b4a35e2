package de.hessen.aqb.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param absender the From address
 * @param ablageVerzeichnis when not blank, mails are written there as .eml files instead of SMTP (demo without mail server)
 */
@ConfigurationProperties("aqb.mail")
public record MailEigenschaften(String absender, String ablageVerzeichnis) {}

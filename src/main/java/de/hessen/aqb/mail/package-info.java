/** Outgoing mail: German HTML + plain-text messages from Thymeleaf templates, with attachments. */
package de.hessen.aqb.mail;

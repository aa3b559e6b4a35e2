/** The Änderungsantrag rules as plain Java: what a request may change, whether it is only notified, how it is booked. */
package de.hessen.aqb.aenderungsantrag.domain;

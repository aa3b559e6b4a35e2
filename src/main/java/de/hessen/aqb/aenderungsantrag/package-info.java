/** Stage Änderungsantrag: the body applies to change its grant; the RP acknowledges an Änderungsanzeige or issues an Änderungsbescheid (Vier-Augen). */
package de.hessen.aqb.aenderungsantrag;

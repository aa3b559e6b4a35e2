/** Stage Umsetzungsbesprechung: the ministry's autumn meeting with a body during the Durchführung (§ 6), its minutes and follow-ups. */
package de.hessen.aqb.umsetzungsbesprechung;

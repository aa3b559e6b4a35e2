/** Rules of the Umsetzungsbesprechung in plain Java: the next autumn date, what a schedule and minutes must contain. */
package de.hessen.aqb.umsetzungsbesprechung.domain;

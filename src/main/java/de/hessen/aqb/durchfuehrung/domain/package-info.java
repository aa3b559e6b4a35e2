/** Rules of the Durchführung in plain Java (no engine): what a Mittelabruf may ask for and how the RP decides. */
package de.hessen.aqb.durchfuehrung.domain;

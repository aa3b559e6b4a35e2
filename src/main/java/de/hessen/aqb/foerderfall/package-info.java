/** The Förderfall: one Gebietskörperschaft's AQB year, the parent process that calls every stage. */
package de.hessen.aqb.foerderfall;

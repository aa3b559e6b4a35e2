/** Adapters of the Umsetzungsbesprechung: delegates and listeners, typed variables, input contracts. */
package de.hessen.aqb.umsetzungsbesprechung.camunda;

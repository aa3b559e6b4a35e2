/** Camunda adapters of the Nachweis stage: variables, thin listeners and delegates. */
package de.hessen.aqb.nachweis.camunda;

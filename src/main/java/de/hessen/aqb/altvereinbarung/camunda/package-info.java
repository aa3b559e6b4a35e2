/** Camunda adapters of the Altvereinbarung: the files of a start, reading one file, the clerk's confirmation. */
package de.hessen.aqb.altvereinbarung.camunda;

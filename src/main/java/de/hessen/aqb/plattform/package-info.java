/** Engine and web platform wiring: REST authentication, tenant assignment, webapp settings. */
package de.hessen.aqb.plattform;

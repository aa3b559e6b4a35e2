/** The business API of the Altvereinbarung stage: reading an agreement without storing it, and a body's imported history. */
package de.hessen.aqb.altvereinbarung.web;

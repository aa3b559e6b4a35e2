/**
 * The data of a Zielvereinbarung (year, partner in its grammatical cases, § 4 budget, § 5 projects per
 * Maßnahmenart, signatories) and German money formatting. Plain Java: no Spring, no Camunda.
 */
package de.hessen.aqb.zielvereinbarung.domain;

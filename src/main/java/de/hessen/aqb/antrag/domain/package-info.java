/** Plain domain of the Antrag and the Bescheid: records and rules, no Spring, no Camunda. */
package de.hessen.aqb.antrag.domain;

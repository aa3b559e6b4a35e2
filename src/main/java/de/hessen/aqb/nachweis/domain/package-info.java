/** Plain rules of the Nachweis stage (no Camunda, no Spring): Belegliste, sums, Rückforderung and interest. */
package de.hessen.aqb.nachweis.domain;

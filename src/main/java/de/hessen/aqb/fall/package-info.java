/**
 * The case register below all stages: one Förderfall per body and year ({@code aqb_foerderfall}) and its head — number,
 * body, year, group — which every stage reads from here (by the process instance's business key), never from a variable.
 */
package de.hessen.aqb.fall;

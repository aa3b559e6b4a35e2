/** The programme year: the ministry's allocation per body, released by a second person, starts every body's Förderfall of the year (processes/programmjahr.bpmn), and the budget overview of the process owners. */
package de.hessen.aqb.programmjahr;

/** Stage 2, "Antrag, Prüfung und Bescheid" (processes/antrag.bpmn): the body's application, the RP Kassel's check and Bescheid. */
package de.hessen.aqb.antrag;

/**
 * Stage 3, "Durchführung" (processes/durchfuehrung.bpmn): the body's Mittelabrufe and the RP Kassel's payments,
 * until everything is paid, the body closes the stage or the request period ends. Änderungsanträge and the autumn
 * Umsetzungsbesprechung belong to this stage as well (not built yet).
 */
package de.hessen.aqb.durchfuehrung;

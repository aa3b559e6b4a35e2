/** Stage 1, "Zielvereinbarung": draft, review, signatures, receipt and publication (processes/zielvereinbarung.bpmn). */
package de.hessen.aqb.zielvereinbarung;

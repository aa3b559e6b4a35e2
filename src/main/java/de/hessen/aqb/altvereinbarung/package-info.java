/** Earlier years' agreements: reading scanned Zielvereinbarungen, the clerk's review and their import (processes/altvereinbarung.bpmn). */
package de.hessen.aqb.altvereinbarung;

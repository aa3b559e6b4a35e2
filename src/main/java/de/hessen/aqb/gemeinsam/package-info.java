/** Plain types shared by all stages (no Spring, no Camunda). */
package de.hessen.aqb.gemeinsam;

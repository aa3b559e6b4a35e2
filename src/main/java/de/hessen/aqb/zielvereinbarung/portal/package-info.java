/** The public, read-only list of published Zielvereinbarungen for the portal "Arbeitswelt Hessen". */
package de.hessen.aqb.zielvereinbarung.portal;

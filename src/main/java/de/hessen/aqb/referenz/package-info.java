/** Reference data (Gebietskörperschaften with validity dates and German case forms, Träger) loaded from CSV resources under {@code referenz/}. */
package de.hessen.aqb.referenz;

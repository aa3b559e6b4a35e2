package de.hessen.aqb.akte;

import de.hessen.aqb.akte.domain.Beitrag;
import de.hessen.aqb.fall.Fallkopf;

/**
 * One kind of document in the case file (agreement, Bescheide, Mittelabrufe, …): its files and the decisions recorded
 * for it. Every Spring bean of this type is collected into the Akte, so a new kind of document (Zwischennachweise,
 * objections, payment receipts) is one new class. A contribution reads stored records only and must not depend on the
 * time or the person asking: the Akte is identical when downloaded twice. Paths start with the kind's folder
 * ({@code NN-Name/}), which orders the ZIP.
 */
public interface AktenBeitrag {

  Beitrag fuer(Fallkopf fall);
}

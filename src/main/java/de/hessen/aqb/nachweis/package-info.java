/** Stage "Nachweis": Verwendungsnachweis with Belegliste, the RP's Vier-Augen check, Rückforderung with interest, closing the case. */
package de.hessen.aqb.nachweis;

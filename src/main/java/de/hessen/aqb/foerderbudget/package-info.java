/** The budget of a Förderfall: Bescheide and the ledger of granted amounts (later: payments, recognised spending). */
package de.hessen.aqb.foerderbudget;

/** The rules of an allocation (bodies, amounts, the state budget) and of the budget overview's figures, in plain Java. */
package de.hessen.aqb.programmjahr.domain;

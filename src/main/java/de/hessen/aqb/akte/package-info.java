/**
 * The case file (Akte) for the archive and the Landesrechnungshof: one ZIP per Förderfall with a cover PDF (contents,
 * decisions, completed tasks) and every document and mail of the case, collected by one {@link
 * de.hessen.aqb.akte.AktenBeitrag} per kind of document; read-only over every stage's tables (ADR 14).
 */
package de.hessen.aqb.akte;

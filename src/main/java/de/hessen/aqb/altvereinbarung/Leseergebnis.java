package de.hessen.aqb.altvereinbarung;

import de.hessen.aqb.altvereinbarung.domain.Lesung;

/**
 * One uploaded file as the review shows it: its text (a PDF's text layer), the reading (null if the file could not be
 * read as an agreement, then {@code lesefehler} says why, in German) and whether that body and year are already held.
 */
public record Leseergebnis(String quelltext, Lesung lesung, String lesefehler, String vorhanden) {}

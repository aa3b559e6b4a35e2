/**
 * Reading an agreement's OCR text in plain Java: normalisation, confusion-folded fuzzy matching against the known
 * headings, words and reference names, and a confidence per field. No Spring, no Camunda.
 */
package de.hessen.aqb.altvereinbarung.domain;

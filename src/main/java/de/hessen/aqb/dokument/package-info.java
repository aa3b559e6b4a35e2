/**
 * Generated documents: Thymeleaf XHTML templates under {@code templates/dokumente/} rendered to PDF
 * with openhtmltopdf and an embedded DejaVu font. The Zielvereinbarung has one template per year.
 */
package de.hessen.aqb.dokument;

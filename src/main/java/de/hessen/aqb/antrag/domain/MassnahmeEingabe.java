package de.hessen.aqb.antrag.domain;

import java.util.List;

/**
 * One measure as typed in the form (raw text; amounts in euros as the clerk wrote them). {@code haushaltsjahre}
 * holds the Detailplanung: the AQB amount for the programme year and the three following years.
 */
public record MassnahmeEingabe(String id, String name, String massnahmenart, String traeger, String traegerName,
    String beginn, String ende, String plaetze, String kosten, String foerderung, String eigenmittel, String drittmittel,
    List<String> haushaltsjahre, String herkunft, boolean entfaellt, String aenderungsgrund, String zweckbindung) {}

package de.hessen.aqb.zielvereinbarung.domain;

import de.hessen.aqb.gemeinsam.Geld;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The variable parts of one Zielvereinbarung; everything else is the year's template text.
 *
 * @param budgetCent          § 4 budget in euro cents
 * @param projekte            § 5 projects per Maßnahmenart; missing Maßnahmenarten are stored as empty lists
 * @param paragraph2Jahrestext the year-specific second paragraph of § 2, empty if there is none
 * @param buendnisZeitraum    period of the "Bündnis für Ausbildung", e.g. "2025 bis 2029"
 */
public record ZielvereinbarungDaten(
        int jahr,
        Partner partner,
        long budgetCent,
        Map<Massnahmenart, List<Projekt>> projekte,
        String paragraph2Jahrestext,
        String buendnisZeitraum,
        Unterzeichnung ministerium,
        Unterzeichnung partnerUnterzeichnung) {

    public ZielvereinbarungDaten {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(buendnisZeitraum, "buendnisZeitraum");
        Objects.requireNonNull(ministerium, "ministerium");
        Objects.requireNonNull(partnerUnterzeichnung, "partnerUnterzeichnung");
        if (budgetCent < 0) {
            throw new IllegalArgumentException("Das Budget darf nicht negativ sein: " + budgetCent);
        }
        EnumMap<Massnahmenart, List<Projekt>> kopie = new EnumMap<>(Massnahmenart.class);
        for (Massnahmenart art : Massnahmenart.values()) {
            List<Projekt> liste = projekte == null ? null : projekte.get(art);
            kopie.put(art, liste == null ? List.of() : List.copyOf(liste));
        }
        projekte = Collections.unmodifiableMap(kopie);
        paragraph2Jahrestext = paragraph2Jahrestext == null ? "" : paragraph2Jahrestext.strip();
    }

    public List<Projekt> projekte(Massnahmenart art) {
        return projekte.get(art);
    }

    public boolean hatParagraph2Jahrestext() {
        return !paragraph2Jahrestext.isEmpty();
    }

    /** § 4 amount as written in the agreement, e.g. "2.812.460 Euro". */
    public String budgetImVertragstext() {
        return Geld.imVertragstext(budgetCent);
    }
}

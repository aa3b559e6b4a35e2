package de.hessen.aqb.dokument;

import com.openhtmltopdf.extend.FSTextBreaker;
import java.text.BreakIterator;
import java.util.Locale;

/**
 * Line breaker that never breaks inside hyphenated compounds ("Schule-Beruf",
 * "TZ-Ausbildung"): a break directly after a hyphen is only allowed if whitespace follows.
 * Keeps compounds intact on paper and in extracted text ("Ausbildungs- und" still breaks at the
 * space).
 */
final class ZeilenumbruchOhneBindestrich implements FSTextBreaker {

    private final BreakIterator iterator;
    private String text = "";

    ZeilenumbruchOhneBindestrich(Locale locale) {
        this.iterator = BreakIterator.getLineInstance(locale);
    }

    @Override
    public void setText(String text) {
        this.text = text;
        iterator.setText(text);
    }

    @Override
    public int next() {
        int position = iterator.next();
        while (position != BreakIterator.DONE && istImBindestrichwort(position)) {
            position = iterator.next();
        }
        return position;
    }

    private boolean istImBindestrichwort(int position) {
        if (position <= 0 || position >= text.length()) {
            return false;
        }
        char davor = text.charAt(position - 1);
        return (davor == '-' || davor == '\u2010') && !Character.isWhitespace(text.charAt(position));
    }
}

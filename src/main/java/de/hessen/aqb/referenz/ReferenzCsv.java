package de.hessen.aqb.referenz;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads a ';'-separated reference CSV with header row and '#' comments, remembering each row's line. */
final class ReferenzCsv {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setDelimiter(';')
            .setCommentMarker('#')
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();

    private ReferenzCsv() {
    }

    /** One data row and where it came from, for error messages. */
    record Zeile(String quelle, long nummer, CSVRecord record) {

        String text(String spalte) {
            return record.get(spalte);
        }

        String pflicht(String spalte) {
            String wert = text(spalte);
            if (wert.isBlank()) {
                throw fehler("Spalte '" + spalte + "' ist leer");
            }
            return wert;
        }

        ReferenzdatenException fehler(String meldung) {
            return new ReferenzdatenException(quelle + ", Zeile " + nummer + ": " + meldung);
        }
    }

    static List<Zeile> lesen(Reader reader, String quelle, List<String> spalten) {
        try (reader) {
            StringWriter puffer = new StringWriter();
            reader.transferTo(puffer);
            String inhalt = puffer.toString();
            if (inhalt.startsWith("\uFEFF")) {
                inhalt = inhalt.substring(1);
            }
            if (!inhalt.endsWith("\n")) {
                inhalt += "\n"; // so the line counter also covers a last line without line break
            }
            try (CSVParser parser = FORMAT.parse(new StringReader(inhalt))) {
                List<String> fehlend = spalten.stream().filter(s -> !parser.getHeaderNames().contains(s)).toList();
                if (!fehlend.isEmpty()) {
                    throw new ReferenzdatenException(quelle + ": Spalte(n) fehlen in der Kopfzeile: " + fehlend);
                }
                List<Zeile> zeilen = new ArrayList<>();
                for (CSVRecord record : parser) {
                    // the record's line break has been consumed, so the counter equals its (last) line
                    Zeile zeile = new Zeile(quelle, parser.getCurrentLineNumber(), record);
                    if (!record.isConsistent()) {
                        throw zeile.fehler(parser.getHeaderNames().size() + " Felder erwartet, " + record.size() + " gefunden");
                    }
                    zeilen.add(zeile);
                }
                return zeilen;
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            throw new ReferenzdatenException(quelle + ": nicht lesbar: " + e.getMessage(), e);
        }
    }
}

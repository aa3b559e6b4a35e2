package de.hessen.aqb.referenz;

import de.hessen.aqb.referenz.ReferenzCsv.Zeile;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Maps and validates the rows of the two reference CSV files. */
final class ReferenzdatenLeser {

    static final List<String> GK_SPALTEN = List.of("ags", "kreisschluessel", "name", "art", "sitz", "gueltig_ab",
            "gueltig_bis", "bezeichnung", "nominativ", "genitiv", "dativ", "akkusativ");
    static final List<String> TRAEGER_SPALTEN = List.of("id", "name", "kurzname", "ags");

    private static final Pattern AGS = Pattern.compile("\\d{8}");
    private static final Pattern KREISSCHLUESSEL = Pattern.compile("\\d{5}");
    private static final Pattern TRAEGER_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private ReferenzdatenLeser() {
    }

    static List<Gebietskoerperschaft> gebietskoerperschaften(Reader reader, String quelle) {
        List<Gebietskoerperschaft> ergebnis = new ArrayList<>();
        Set<String> agsGesehen = new HashSet<>();
        Set<String> schluesselGesehen = new HashSet<>();
        for (Zeile z : ReferenzCsv.lesen(reader, quelle, GK_SPALTEN)) {
            String ags = z.pflicht("ags");
            String schluessel = z.pflicht("kreisschluessel");
            if (!AGS.matcher(ags).matches()) {
                throw z.fehler("AGS '" + ags + "' muss aus 8 Ziffern bestehen");
            }
            if (!KREISSCHLUESSEL.matcher(schluessel).matches() || !ags.startsWith(schluessel)) {
                throw z.fehler("Kreisschlüssel '" + schluessel + "' muss aus 5 Ziffern bestehen und Anfang der AGS '" + ags + "' sein");
            }
            if (!agsGesehen.add(ags)) {
                throw z.fehler("AGS '" + ags + "' ist doppelt");
            }
            if (!schluesselGesehen.add(schluessel)) {
                throw z.fehler("Kreisschlüssel '" + schluessel + "' ist doppelt");
            }
            LocalDate ab = datum(z, "gueltig_ab");
            LocalDate bis = datum(z, "gueltig_bis");
            if (ab != null && bis != null && bis.isBefore(ab)) {
                throw z.fehler("gueltig_bis " + bis + " liegt vor gueltig_ab " + ab);
            }
            Namensformen formen = new Namensformen(z.pflicht("nominativ"), z.pflicht("genitiv"),
                    z.pflicht("dativ"), z.pflicht("akkusativ"));
            ergebnis.add(new Gebietskoerperschaft(ags, schluessel, z.pflicht("name"), art(z), z.pflicht("sitz"),
                    ab, bis, z.pflicht("bezeichnung"), formen));
        }
        return ergebnis;
    }

    static List<Traeger> traeger(Reader reader, String quelle, Set<String> bekannteAgs) {
        List<Traeger> ergebnis = new ArrayList<>();
        Set<String> idsGesehen = new HashSet<>();
        for (Zeile z : ReferenzCsv.lesen(reader, quelle, TRAEGER_SPALTEN)) {
            String id = z.pflicht("id");
            if (!TRAEGER_ID.matcher(id).matches()) {
                throw z.fehler("id '" + id + "' darf nur Kleinbuchstaben, Ziffern und '-' enthalten");
            }
            if (!idsGesehen.add(id)) {
                throw z.fehler("id '" + id + "' ist doppelt");
            }
            String ags = z.pflicht("ags");
            if (!bekannteAgs.contains(ags)) {
                throw z.fehler("AGS '" + ags + "' ist keine bekannte Gebietskörperschaft");
            }
            ergebnis.add(new Traeger(id, z.pflicht("name"), z.pflicht("kurzname"), ags));
        }
        return ergebnis;
    }

    private static LocalDate datum(Zeile z, String spalte) {
        String wert = z.text(spalte);
        try {
            return wert.isEmpty() ? null : LocalDate.parse(wert);
        } catch (DateTimeParseException e) {
            throw z.fehler("Spalte '" + spalte + "': '" + wert + "' ist kein Datum im Format JJJJ-MM-TT");
        }
    }

    private static Art art(Zeile z) {
        String wert = z.pflicht("art");
        try {
            return Art.valueOf(wert);
        } catch (IllegalArgumentException e) {
            throw z.fehler("art '" + wert + "' ist nicht LANDKREIS oder KREISFREIE_STADT");
        }
    }
}

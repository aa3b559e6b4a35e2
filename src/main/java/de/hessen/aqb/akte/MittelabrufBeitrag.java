package de.hessen.aqb.akte;

import static de.hessen.aqb.akte.AktenLeser.cent;
import static de.hessen.aqb.akte.AktenLeser.eintragen;

import de.hessen.aqb.akte.domain.Aktenstueck;
import de.hessen.aqb.akte.domain.Beitrag;
import de.hessen.aqb.akte.domain.Eintrag;
import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.gemeinsam.Geld;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import de.hessen.aqb.gemeinsam.CsvZelle;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The Mittelabrufe and the RP's decisions. No letter exists for them (the decision is a mail), so the Akte carries a
 * generated listing per request and measure as German Excel CSV (semicolon, UTF-8 with BOM).
 */
@Component
@Order(40)
class MittelabrufBeitrag implements AktenBeitrag {

  static final String DATEI = "04-Mittelabrufe/Mittelabrufe-und-Entscheidungen.csv";

  private final AktenLeser leser;

  MittelabrufBeitrag(AktenLeser leser) {
    this.leser = leser;
  }

  @Override
  public Beitrag fuer(Fallkopf fall) {
    List<Map<String, Object>> abrufe = leser.zeilen("select * from aqb_mittelabruf where foerderfall_nummer = ? order by abruf_nummer",
        fall.nummer());
    if (abrufe.isEmpty()) {
      return Beitrag.leer();
    }
    List<Map<String, Object>> posten = leser.zeilen(
        "select * from aqb_mittelabruf_posten where foerderfall_nummer = ? order by abruf_nummer, massnahme_id", fall.nummer());
    List<Eintrag> e = new ArrayList<>();
    StringWriter csv = new StringWriter().append('\uFEFF');
    try (CSVPrinter p = new CSVPrinter(csv, CSVFormat.EXCEL.builder().setDelimiter(';').get())) {
      p.printRecord("Abruf", "Maßnahme", "Angefordert", "Ausgezahlt", "Status", "Bedarf bis", "Verwendungszweck",
          "Angefordert von", "Angefordert am", "Entschieden von", "Entschieden am", "Begründung");
      for (var a : abrufe) {
        Object nr = a.get("abruf_nummer");
        String status = String.valueOf(a.get("status"));
        zeile(p, a, "gesamt", cent(a.get("angefordert_cent")), cent(a.get("ausgezahlt_cent")), status);
        for (var m : posten.stream().filter(x -> nr.equals(x.get("abruf_nummer"))).toList()) {
          zeile(p, a, String.valueOf(m.get("massnahme_id")), cent(m.get("angefordert_cent")), cent(m.get("ausgezahlt_cent")), "");
        }
        eintragen(e, a.get("angefordert_am"), a.get("angefordert_von"), "Mittelabruf Nr. " + nr + " gestellt über "
            + Geld.alsWaehrung(cent(a.get("angefordert_cent"))));
        eintragen(e, a.get("entschieden_am"), a.get("geprueft_von"), "Mittelabruf Nr. " + nr + ": " + status(status)
            + ", ausgezahlt " + Geld.alsWaehrung(cent(a.get("ausgezahlt_cent")))
            + (a.get("begruendung") == null ? "" : " – " + a.get("begruendung")));
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    for (var z : leser.zeilen("select * from aqb_abrufzeitraum where foerderfall_nummer = ?", fall.nummer())) {
      eintragen(e, z.get("abgeschlossen_am"), z.get("abgeschlossen_von"), "Durchführung abgeschlossen (keine weiteren Mittelabrufe)");
    }
    return Beitrag.aus(List.of(new Aktenstueck(DATEI, "Mittelabrufe und Entscheidungen des RP Kassel je Maßnahme (Auflistung)",
        csv.toString().getBytes(StandardCharsets.UTF_8))), e);
  }

  private static void zeile(CSVPrinter p, Map<String, Object> a, String massnahme, long angefordert, long ausgezahlt,
      String status) throws IOException {
    boolean kopf = !status.isEmpty();
    p.printRecord(a.get("abruf_nummer"), massnahme, Geld.alsWaehrung(angefordert), Geld.alsWaehrung(ausgezahlt),
        kopf ? status(status) : "", kopf ? AktenLeser.anzeige(a.get("bedarf_bis")) : "", kopf ? CsvZelle.sicher(a.get("verwendungszweck")) : "",
        kopf ? CsvZelle.sicher(a.get("angefordert_von")) : "", kopf ? AktenLeser.anzeige(a.get("angefordert_am")) : "",
        kopf ? CsvZelle.sicher(a.get("geprueft_von")) : "", kopf ? AktenLeser.anzeige(a.get("entschieden_am")) : "",
        kopf ? CsvZelle.sicher(a.get("begruendung")) : "");
  }

  static String status(String status) {
    return switch (status) {
      case "AUSGEZAHLT" -> "in voller Höhe ausgezahlt";
      case "GEKUERZT" -> "gekürzt ausgezahlt";
      case "ABGELEHNT" -> "abgelehnt";
      default -> "offen";
    };
  }
}

package de.hessen.aqb.programmjahr.web;

import de.hessen.aqb.programmjahr.Budgetuebersicht;
import de.hessen.aqb.programmjahr.domain.Uebersicht;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** The answers shared by the page and the API: the overview for a reader, JSON, CSV, XLSX, or the German refusal. */
@Component
class UebersichtAntworten {

  static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final Budgetuebersicht uebersicht;

  UebersichtAntworten(Budgetuebersicht uebersicht) {
    this.uebersicht = uebersicht;
  }

  /** The overview of {@code jahr} (default: the current or latest year) as the reader may see it. */
  Uebersicht fuer(Leserecht leser, Integer jahr) {
    return uebersicht.fuer(jahr == null ? uebersicht.standardjahr() : jahr).nur(leser.sichtbar());
  }

  ResponseEntity<?> antwort(Optional<String> benutzer, Optional<Leserecht> leser, Integer jahr, String format) {
    if (benutzer.isEmpty()) {
      return fehler(HttpStatus.UNAUTHORIZED, "Bitte melden Sie sich an.");
    }
    if (leser.isEmpty()) {
      return fehler(HttpStatus.FORBIDDEN, "Die Budgetübersicht sehen das Ministerium, das Regierungspräsidium Kassel und "
          + "die Gebietskörperschaften (nur ihre eigene Zeile).");
    }
    Uebersicht u = fuer(leser.get(), jahr);
    return switch (format) {
      case "csv" -> datei(UebersichtExport.csv(u), MediaType.parseMediaType("text/csv; charset=UTF-8"), "Budgetuebersicht-" + u.jahr() + ".csv");
      case "xlsx" -> datei(UebersichtExport.xlsx(u), XLSX, "Budgetuebersicht-" + u.jahr() + ".xlsx");
      default -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(UebersichtExport.json(u));
    };
  }

  static ResponseEntity<Map<String, String>> fehler(HttpStatus status, String meldung) {
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(Map.of("type", "KeinZugriff", "message", meldung));
  }

  private static ResponseEntity<byte[]> datei(byte[] inhalt, MediaType typ, String name) {
    return ResponseEntity.ok().contentType(typ)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString()).body(inhalt);
  }
}

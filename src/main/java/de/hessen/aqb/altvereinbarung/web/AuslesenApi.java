package de.hessen.aqb.altvereinbarung.web;

import de.hessen.aqb.altvereinbarung.Auslesen;
import de.hessen.aqb.altvereinbarung.Lesungsanzeige;
import de.hessen.aqb.altvereinbarung.domain.KeinVereinbarungstext;
import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import de.hessen.aqb.identity.Gruppen;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/altvereinbarungen/auslesen}: the reading of one agreement (body: the OCR text as
 * {@code text/plain; charset=UTF-8} or a PDF with text layer as {@code application/pdf}) as JSON; stores nothing.
 * Behind HTTP Basic like {@code /engine-rest} (anonymous: 401); the ministry's group only (others: 403). German errors:
 * 400 empty or not UTF-8, 413 too large, 415 another type, 422 readable but not a Zielvereinbarung.
 */
@RestController
class AuslesenApi {

  private final Auslesen auslesen;
  private final IdentityService identitaet;

  AuslesenApi(Auslesen auslesen, IdentityService identitaet) {
    this.auslesen = auslesen;
    this.identitaet = identitaet;
  }

  @PostMapping(path = "/api/altvereinbarungen/auslesen", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> auslesen(@RequestHeader(name = "Content-Type", required = false) String typ,
      @RequestBody(required = false) byte[] inhalt) {
    Authentication wer = identitaet.getCurrentAuthentication();
    if (wer == null || wer.getUserId() == null) {
      return fehler(HttpStatus.UNAUTHORIZED, "Bitte melden Sie sich an.");
    }
    if (wer.getGroupIds() == null || !wer.getGroupIds().contains(Gruppen.HMSI)) {
      return fehler(HttpStatus.FORBIDDEN, "Frühere Zielvereinbarungen auslesen darf nur das Ministerium.");
    }
    MediaType art;
    try {
      art = typ == null ? null : MediaType.parseMediaType(typ);
    } catch (IllegalArgumentException e) {
      art = null;
    }
    boolean pdf = art != null && art.isCompatibleWith(MediaType.APPLICATION_PDF);
    boolean text = art != null && art.isCompatibleWith(MediaType.TEXT_PLAIN)
        && (art.getCharset() == null || "UTF-8".equalsIgnoreCase(art.getCharset().name()));
    if (!pdf && !text) {
      return fehler(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Bitte den OCR-Text als text/plain; charset=UTF-8 oder ein PDF "
          + "(application/pdf) senden. Es wurde nichts gespeichert.");
    }
    if (inhalt != null && inhalt.length > Auslesen.HOECHSTGROESSE) {
      return fehler(HttpStatus.PAYLOAD_TOO_LARGE, "Die Datei ist größer als 10 MB. Es wurde nichts gespeichert.");
    }
    try {
      return ResponseEntity.ok(Lesungsanzeige.alsJson(auslesen.lies(inhalt, pdf)));
    } catch (KeinVereinbarungstext e) {
      return fehler(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
    } catch (UngueltigeEingabe e) {
      return fehler(HttpStatus.BAD_REQUEST, e.getMessage());
    }
  }

  private static ResponseEntity<Map<String, String>> fehler(HttpStatus status, String meldung) {
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("type", "AltvereinbarungNichtLesbar", "message", meldung));
  }
}

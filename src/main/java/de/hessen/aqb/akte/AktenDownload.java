package de.hessen.aqb.akte;

import de.hessen.aqb.akte.domain.Aktenzugriff;
import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.identity.Gruppen;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/akten/{Förderfallnummer}.zip}: the case file. Behind HTTP Basic against the engine's identity service
 * (the same filter as {@code /engine-rest}, plattform.RestApiSicherheit): anonymous callers get 401 there. The ministry,
 * the RP Kassel and operators may download any case, a body's clerk (member of the body's group) only its own; an unknown
 * case, another body's case and a provider's request
 * get the same German 404, so the answer does not reveal whether a case exists.
 */
@RestController
class AktenDownload {

  private static final Aktenzugriff ZUGRIFF = new Aktenzugriff(Set.of(Gruppen.HMSI, Gruppen.RP_KASSEL, Gruppen.ADMIN));

  private final Akten akten;
  private final IdentityService identitaet;

  AktenDownload(Akten akten, IdentityService identitaet) {
    this.akten = akten;
    this.identitaet = identitaet;
  }

  @GetMapping("/api/akten/{nummer}.zip")
  ResponseEntity<?> akte(@PathVariable String nummer) {
    Authentication wer = identitaet.getCurrentAuthentication();
    if (wer == null || wer.getUserId() == null) {
      return fehler(HttpStatus.UNAUTHORIZED, "Bitte melden Sie sich an.");
    }
    Optional<Fallkopf> fall = akten.fall(nummer).filter(f -> ZUGRIFF.darf(liste(wer.getGroupIds()), f.gruppenId()));
    if (fall.isEmpty()) {
      return fehler(HttpStatus.NOT_FOUND, "Den Förderfall " + nummer + " gibt es nicht, oder Sie dürfen seine Akte nicht lesen.");
    }
    byte[] zip;
    // the Akte is the same for everyone who may read it: built without the caller's engine authorizations
    identitaet.clearAuthentication();
    try {
      zip = akten.lade(fall.get(), wer.getUserId());
    } finally {
      identitaet.setAuthentication(wer);
    }
    return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("Akte-" + nummer + ".zip").build().toString())
        .body(zip);
  }

  private static List<String> liste(List<String> werte) {
    return werte == null ? List.of() : werte;
  }

  private static ResponseEntity<Map<String, String>> fehler(HttpStatus status, String meldung) {
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(Map.of("type", "AkteNichtVerfuegbar",
        "message", meldung));
  }
}

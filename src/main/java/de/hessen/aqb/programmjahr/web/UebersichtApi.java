package de.hessen.aqb.programmjahr.web;

import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/programmjahr/uebersicht[.csv|.xlsx]?jahr=2027}: the budget overview for other tools, behind HTTP Basic
 * (plattform.RestApiSicherheit; anonymous 401). A body's clerk gets only its own line, in every format.
 */
@RestController
class UebersichtApi {

  private final UebersichtAntworten antworten;
  private final IdentityService identitaet;

  UebersichtApi(UebersichtAntworten antworten, IdentityService identitaet) {
    this.antworten = antworten;
    this.identitaet = identitaet;
  }

  @GetMapping("/api/programmjahr/uebersicht")
  ResponseEntity<?> json(@RequestParam(required = false) Integer jahr) {
    return antwort(jahr, "json");
  }

  @GetMapping("/api/programmjahr/uebersicht.csv")
  ResponseEntity<?> csv(@RequestParam(required = false) Integer jahr) {
    return antwort(jahr, "csv");
  }

  @GetMapping("/api/programmjahr/uebersicht.xlsx")
  ResponseEntity<?> xlsx(@RequestParam(required = false) Integer jahr) {
    return antwort(jahr, "xlsx");
  }

  private ResponseEntity<?> antwort(Integer jahr, String format) {
    Authentication wer = identitaet.getCurrentAuthentication();
    Optional<String> benutzer = Optional.ofNullable(wer).map(Authentication::getUserId);
    return antworten.antwort(benutzer, benutzer.flatMap(b -> Leserecht.fuer(b, wer.getGroupIds())), jahr, format);
  }
}

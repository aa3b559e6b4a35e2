package de.hessen.aqb.zuverlaessigkeit;

import static org.assertj.core.api.Assertions.assertThat;

import de.hessen.aqb.testsupport.Anmeldung;
import de.hessen.aqb.testsupport.AqbSpringBootTest;
import de.hessen.aqb.testsupport.StellbareUhr;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The application's edge (ADR 22): security headers on every page it serves (Camunda's webapps keep their own CSP),
 * no 500 for /error, and login throttling that slows guessing down but never locks an account for good.
 */
@AqbSpringBootTest
class RandschutzTest {

  @Autowired TestRestTemplate rest;
  @Autowired IdentityService identityService;
  @Autowired StellbareUhr uhr;

  @AfterEach
  void uhrZurueck() {
    uhr.zurueck();
  }

  @Test
  void jedeSeiteDerAnwendungTraegtSicherheitskoepfe() {
    for (String pfad : new String[] {"/portal/zielvereinbarungen", "/portal/zielvereinbarungen.json", "/formulare/mittelabruf.html",
        "/engine-rest/task", "/api/akten/AQB-2099-00000.zip", "/error", "/gibt-es-nicht", "/actuator/health"}) {
      HttpHeaders kopf = rest.getForEntity(pfad, String.class).getHeaders();
      assertThat(kopf.getFirst("Content-Security-Policy")).as(pfad).contains("default-src 'self'").contains("script-src 'self'")
          .contains("object-src 'none'").contains("frame-ancestors 'self'");
      assertThat(kopf.getFirst("X-Content-Type-Options")).as(pfad).isEqualTo("nosniff");
      assertThat(kopf.getFirst("X-Frame-Options")).as(pfad).isEqualTo("SAMEORIGIN");
      assertThat(kopf.getFirst("Referrer-Policy")).as(pfad).isEqualTo("same-origin");
    }
  }

  @Test
  void dieWebanwendungenBehaltenCamundasCspUndBekommenDieFehlendenKoepfe() {
    for (String app : new String[] {"tasklist", "cockpit", "admin", "welcome"}) {
      HttpHeaders kopf = rest.getForEntity("/camunda/app/" + app + "/default/", String.class).getHeaders();
      assertThat(kopf.getFirst("Content-Security-Policy")).as(app).contains("nonce-").contains("frame-ancestors 'none'");
      assertThat(kopf.get("Content-Security-Policy")).as(app).hasSize(1);
      assertThat(kopf.getFirst("X-Frame-Options")).as(app).isEqualTo("DENY");
      assertThat(kopf.getFirst("Referrer-Policy")).as(app).isEqualTo("same-origin");
      assertThat(kopf.getFirst("X-Content-Type-Options")).as(app).isEqualTo("nosniff");
    }
  }

  @Test
  void fehlerseiteDirektIstKein500() {
    ResponseEntity<String> fehler = rest.getForEntity("/error", String.class);
    assertThat(fehler.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(fehler.getBody()).contains("Diese Seite gibt es nicht.");
  }

  @Test
  void falschePasswoerterBremsenSperrenAberNichtDauerhaft() {
    Anmeldung.benutzer(identityService, "rs.drossel");
    Instant jetzt = Instant.now();
    for (int versuch = 1; versuch <= 15; versuch++) {
      jetzt = jetzt.plusSeconds(61); // past the longest delay: every attempt is counted
      ClockUtil.setCurrentTime(Date.from(jetzt));
      assertThat(anmeldung("rs.drossel", "falsch-" + versuch)).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
    // right after a wrong password even the right one waits (the delay) ...
    assertThat(anmeldung("rs.drossel", Anmeldung.PASSWORT)).isEqualTo(HttpStatus.UNAUTHORIZED);
    // ... but after the longest delay (60 s) the account works again: 15 failures, more than Camunda's default 10, no lock
    ClockUtil.setCurrentTime(Date.from(jetzt.plusSeconds(61)));
    assertThat(anmeldung("rs.drossel", Anmeldung.PASSWORT)).isEqualTo(HttpStatus.OK);
    assertThat(identityService.createUserQuery().userId("rs.drossel").singleResult()).isNotNull();
  }

  private HttpStatus anmeldung(String benutzer, String passwort) {
    return HttpStatus.valueOf(rest.withBasicAuth(benutzer, passwort).getForEntity("/engine-rest/user/" + benutzer + "/profile", String.class)
        .getStatusCode().value());
  }
}

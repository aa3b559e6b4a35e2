package de.hessen.aqb.plattform;

import de.hessen.aqb.testsupport.AqbSpringBootTest;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** /engine-rest requires authentication; the admin account comes from the environment (aqb.admin.*). */
@AqbSpringBootTest
class RestApiSicherheitTest {

  @Autowired TestRestTemplate rest;
  @Autowired org.camunda.bpm.engine.IdentityService identityService;

  @Test
  void anonymErhaeltKeineDaten() {
    for (String pfad : new String[] {"/engine-rest/task", "/engine-rest/process-instance", "/engine-rest/user",
        "/engine-rest/history/process-instance", "/engine-rest/deployment"}) {
      assertThat(rest.getForEntity(pfad, String.class).getStatusCode()).as(pfad).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
  }

  @Test
  void falschesPasswortWirdAbgewiesen() {
    // a user of its own: Camunda locks an account for a while after a failed login
    de.hessen.aqb.testsupport.Anmeldung.benutzer(identityService, "test.falschespasswort");
    assertThat(rest.withBasicAuth("test.falschespasswort", "falsch").getForEntity("/engine-rest/user", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void adminAusDerUmgebungMeldetSichAn() {
    var antwort = rest.withBasicAuth("admin", "test-Admin-Passwort-2026").getForEntity("/engine-rest/group?id=camunda-admin", String.class);
    assertThat(antwort.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(antwort.getBody()).contains("camunda-admin");
  }

  @Test
  void gesundheitOhneDetailsMetrikenNurFuerDenBetrieb() {
    var gesundheit = rest.getForEntity("/actuator/health", String.class);
    assertThat(gesundheit.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(gesundheit.getBody()).contains("\"UP\"").doesNotContain("\"db\"").doesNotContain("path").doesNotContain("details");
    assertThat(rest.getForEntity("/actuator/health/readiness", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rest.getForEntity("/actuator/prometheus", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    de.hessen.aqb.testsupport.Anmeldung.benutzer(identityService, "test.keinbetrieb");
    var fremd = rest.withBasicAuth("test.keinbetrieb", de.hessen.aqb.testsupport.Anmeldung.PASSWORT)
        .getForEntity("/actuator/prometheus", String.class);
    assertThat(fremd.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(fremd.getBody()).contains("nur dem Betrieb");
    assertThat(rest.withBasicAuth("admin", "test-Admin-Passwort-2026").getForEntity("/actuator/prometheus", String.class).getBody())
        .contains("jvm_memory_used_bytes");
  }

  @Test
  void dieWebanwendungenSprechenDeutsch() {
    for (String app : new String[] {"tasklist", "cockpit", "admin", "welcome"}) {
      String config = rest.getForObject("/camunda/app/" + app + "/scripts/config.js", String.class);
      assertThat(config).as(app).contains("availableLocales: ['de', 'en']").contains("fallbackLocale: 'de'");
    }
    assertThat(rest.getForObject("/camunda/app/tasklist/locales/de.json", String.class)).contains("Aufgaben");
  }

  /** One stylesheet for the four webapps (ADR 19): each app's user-styles.css imports it, and the import resolves. */
  @Test
  void dieWebanwendungenTeilenEinStylesheet() {
    for (String app : new String[] {"tasklist", "cockpit", "admin", "welcome"}) {
      String eigene = rest.getForObject("/camunda/app/" + app + "/styles/user-styles.css", String.class);
      assertThat(eigene).as(app).contains("@import url(\"../../aqb-webapps.css\");");
    }
    var gemeinsam = rest.getForEntity("/camunda/app/aqb-webapps.css", String.class);
    assertThat(gemeinsam.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(gemeinsam.getHeaders().getContentType().toString()).startsWith("text/css");
    assertThat(gemeinsam.getBody()).contains(".ce-eol-banner").contains("padding-top: 45px").contains(":focus-visible");
  }

  /** The embedded forms' shared helpers: Tasklist's config.js loads the module, and it is served as JavaScript. */
  @Test
  void tasklistLaedtDieGemeinsamenFormularhilfen() {
    assertThat(rest.getForObject("/camunda/app/tasklist/scripts/config.js", String.class)).contains("customScripts: ['aqb/formulare']");
    var modul = rest.getForEntity("/camunda/app/tasklist/aqb/formulare.js", String.class);
    assertThat(modul.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(modul.getHeaders().getContentType().toString()).contains("javascript");
    assertThat(modul.getBody()).contains("window.aqbFormulare = Object.freeze({ alsBetrag: alsBetrag });");
  }
}

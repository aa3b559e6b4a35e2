package de.hessen.aqb.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Calls the engine API as a party would: through {@code /engine-rest} with HTTP Basic ({@link #basic}), or through
 * Tasklist's own API after a real login with session cookie and CSRF token ({@link #tasklist}). Bodies are built
 * from plain maps in the REST format ({@code {"variables": {"x": {"value": …}}}}).
 */
public final class Rest {

  private static final ObjectMapper JSON = new ObjectMapper();

  public record Antwort(int status, String text) {
    public JsonNode json() {
      try {
        return JSON.readTree(text);
      } catch (Exception e) {
        throw new IllegalStateException("Keine JSON-Antwort: " + text, e);
      }
    }

    public String meldung() {
      return json().path("message").asText();
    }
  }

  private final TestRestTemplate rest;
  private final String basis;
  private final HttpHeaders kopf;

  private Rest(TestRestTemplate rest, String basis, HttpHeaders kopf) {
    this.rest = rest;
    this.basis = basis;
    this.kopf = kopf;
  }

  /** /engine-rest as {@code benutzer} with the test password. */
  public static Rest basic(TestRestTemplate rest, String benutzer) {
    return basic(rest, benutzer, Anmeldung.PASSWORT);
  }

  public static Rest basic(TestRestTemplate rest, String benutzer, String passwort) {
    HttpHeaders kopf = new HttpHeaders();
    kopf.setBasicAuth(benutzer, passwort);
    return new Rest(rest, "/engine-rest", kopf);
  }

  /** Tasklist's engine API after logging in as {@code benutzer} (session cookie and CSRF header as the browser sends them). */
  public static Rest tasklist(TestRestTemplate rest, String benutzer) {
    return tasklist(rest, benutzer, Anmeldung.PASSWORT);
  }

  /** Tasklist's engine API after logging in as {@code benutzer} with {@code passwort}. */
  public static Rest tasklist(TestRestTemplate rest, String benutzer, String passwort) {
    ResponseEntity<String> start = rest.getForEntity("/camunda/app/tasklist/default/", String.class);
    String csrfCookie = cookie(start.getHeaders(), "XSRF-TOKEN");
    String sitzung = cookie(start.getHeaders(), "JSESSIONID");
    HttpHeaders anmeldung = new HttpHeaders();
    anmeldung.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    anmeldung.add(HttpHeaders.COOKIE, "JSESSIONID=" + sitzung + "; XSRF-TOKEN=" + csrfCookie);
    anmeldung.add("X-XSRF-TOKEN", csrfCookie);
    var formular = new LinkedMultiValueMap<String, String>();
    formular.add("username", benutzer);
    formular.add("password", passwort);
    ResponseEntity<String> login = rest.exchange("/camunda/api/admin/auth/user/default/login/tasklist", HttpMethod.POST,
        new HttpEntity<>(formular, anmeldung), String.class);
    if (!login.getStatusCode().is2xxSuccessful()) {
      throw new IllegalStateException("Anmeldung von " + benutzer + " fehlgeschlagen: " + login.getStatusCode());
    }
    String neueSitzung = cookie(login.getHeaders(), "JSESSIONID");
    String neuesCsrf = cookie(login.getHeaders(), "XSRF-TOKEN");
    String s = neueSitzung == null ? sitzung : neueSitzung;
    String c = neuesCsrf == null ? csrfCookie : neuesCsrf;
    // the session is new after the login: a first read hands out its CSRF token, as Tasklist's first request does
    HttpHeaders lesen = new HttpHeaders();
    lesen.add(HttpHeaders.COOKIE, "JSESSIONID=" + s + "; XSRF-TOKEN=" + c);
    ResponseEntity<String> profil = rest.exchange("/camunda/api/engine/engine/default/user/" + benutzer + "/profile",
        HttpMethod.GET, new HttpEntity<>(lesen), String.class);
    if (cookie(profil.getHeaders(), "XSRF-TOKEN") != null) {
      c = cookie(profil.getHeaders(), "XSRF-TOKEN");
    }
    HttpHeaders kopf = new HttpHeaders();
    kopf.add(HttpHeaders.COOKIE, "JSESSIONID=" + s + "; XSRF-TOKEN=" + c);
    kopf.add("X-XSRF-TOKEN", c);
    return new Rest(rest, "/camunda/api/engine/engine/default", kopf);
  }

  public Antwort get(String pfad) {
    return aufruf(HttpMethod.GET, pfad, null);
  }

  public Antwort post(String pfad, Object koerper) {
    return aufruf(HttpMethod.POST, pfad, koerper);
  }

  public Antwort put(String pfad, Object koerper) {
    return aufruf(HttpMethod.PUT, pfad, koerper);
  }

  public Antwort delete(String pfad) {
    return aufruf(HttpMethod.DELETE, pfad, null);
  }

  /** POST task/{id}/submit-form with the given variables (name → value, or a map with value/type/valueInfo). */
  public Antwort schliesseAb(String taskId, Map<String, ?> variablen) {
    return post("/task/" + taskId + "/submit-form", Map.of("variables", variablen(variablen)));
  }

  /** The REST form of variables: each value wrapped as {"value": …} unless it already is such a map. */
  public static ObjectNode variablen(Map<String, ?> variablen) {
    ObjectNode alle = JSON.createObjectNode();
    variablen.forEach((name, wert) -> {
      if (wert instanceof Map<?, ?> m && m.containsKey("value")) {
        alle.set(name, JSON.valueToTree(m));
      } else if (wert instanceof org.camunda.bpm.engine.variable.value.TypedValue typisiert
          && "json".equals(typisiert.getType().getName())) {
        // a list of an embedded form, as Tasklist sends it: the JSON text with type Json
        alle.putObject(name).put("value", typisiert.getValue().toString()).put("type", "Json");
      } else {
        ObjectNode v = alle.putObject(name);
        v.set("value", JSON.valueToTree(wert));
      }
    });
    return alle;
  }

  public Antwort aufruf(HttpMethod methode, String pfad, Object koerper) {
    HttpHeaders k = new HttpHeaders();
    k.putAll(kopf);
    k.setContentType(MediaType.APPLICATION_JSON);
    k.setAccept(List.of(MediaType.APPLICATION_JSON));
    String text;
    try {
      text = koerper == null ? null : koerper instanceof String s ? s : JSON.writeValueAsString(koerper);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
    ResponseEntity<String> antwort = rest.exchange(basis + pfad, methode, new HttpEntity<>(text, k), String.class);
    return new Antwort(antwort.getStatusCode().value(), antwort.getBody());
  }

  private static String cookie(HttpHeaders kopf, String name) {
    List<String> cookies = kopf.get(HttpHeaders.SET_COOKIE);
    if (cookies == null) {
      return null;
    }
    for (String c : cookies) {
      if (c.startsWith(name + "=")) {
        return c.substring(name.length() + 1, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'));
      }
    }
    return null;
  }
}

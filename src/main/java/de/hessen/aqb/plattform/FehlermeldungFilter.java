package de.hessen.aqb.plattform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rewrites every error response of the engine APIs (Tasklist's and /engine-rest) so that the caller reads one German
 * sentence and no engine text, class name, SQL or constraint name ({@link FehlermeldungFuerSachbearbeitung#einordnen}):
 * a rule's refusal raised inside the engine ({@link UngueltigeEingabe}) becomes HTTP 400 with its German text; an unknown
 * resource, one of another tenant and one the caller is not authorized for all become the same HTTP 404 (no existence
 * oracle); a task no longer open is 404; a change that lost a race against another one
 * (optimistic locking, e.g. the same task completed through two application nodes at once) is a German 409; any other server error is a German 500 whose cause is logged. Only error
 * responses are buffered; successful ones (documents, lists) stream through untouched.
 */
@Configuration
class FehlermeldungFilter {

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> fehlermeldungenBereinigen() {
    var registration = new FilterRegistrationBean<OncePerRequestFilter>(new Filter());
    registration.addUrlPatterns("/camunda/api/engine/*", "/engine-rest/*");
    registration.setOrder(20);
    return registration;
  }

  static final class Filter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(FehlermeldungFilter.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern API_PFAD = Pattern.compile("^(?:/engine-rest|/camunda/api/engine/engine/[^/]+)(/.*)?$");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      FehlerPuffer antwort = new FehlerPuffer(response);
      UngueltigeEingabe.vergiss();
      try {
        chain.doFilter(request, antwort);
        if (antwort.puffert()) {
          bereinige(request, antwort);
        }
      } finally {
        UngueltigeEingabe.vergiss();
      }
    }

    private static void bereinige(HttpServletRequest request, FehlerPuffer antwort) throws IOException {
      byte[] inhalt = antwort.inhalt();
      HttpServletResponse original = (HttpServletResponse) antwort.getResponse();
      String typ = null;
      String meldung = null;
      ObjectNode objekt = null;
      try {
        JsonNode fehler = inhalt.length == 0 ? null : JSON.readTree(inhalt);
        if (fehler instanceof ObjectNode o) {
          objekt = o;
          typ = o.path("type").asText(null);
          meldung = o.path("message").asText(null);
        }
      } catch (IOException e) {
        // not JSON (an HTML error page of the container, a plain text): answered below like any other error
      }
      if (objekt == null && antwort.getStatus() < 500 && antwort.getStatus() != 404) {
        original.getOutputStream().write(inhalt); // e.g. 401 of the authentication filter: left as it is
        original.flushBuffer();
        return;
      }
      Matcher pfad = API_PFAD.matcher(request.getRequestURI().substring(request.getContextPath().length()));
      var neu = FehlermeldungFuerSachbearbeitung.einordnen(request.getMethod(), pfad.matches() ? pfad.group(1) : null,
          antwort.getStatus(), typ, meldung, UngueltigeEingabe.zuletzt());
      if (neu.status() == 409) {
        LOG.info("Gleichzeitige Änderung abgewiesen (die andere hat gewonnen): {} {} -> {} {}", request.getMethod(),
            request.getRequestURI(), typ, meldung);
      } else if (neu.status() >= 500) {
        LOG.warn("Technischer Fehler der Engine-API: {} {} -> {} {}: {}", request.getMethod(), request.getRequestURI(),
            antwort.getStatus(), typ, meldung);
      }
      // type and code of the engine's answer would tell apart what the message says alike (another tenant's task throws
      // another exception than an unknown one): only status, a type per status and the German sentence are sent
      ObjectNode ausgabe = JSON.createObjectNode();
      ausgabe.put("type", switch (neu.status()) {
        case 404 -> "NichtGefunden";
        case 403 -> "KeineBerechtigung";
        case 409 -> "GleichzeitigGeaendert";
        case 500 -> "TechnischerFehler";
        default -> "UngueltigeEingabe";
      });
      ausgabe.put("message", neu.meldung());
      ausgabe.putNull("code");
      byte[] text = JSON.writeValueAsBytes(ausgabe);
      original.setStatus(neu.status());
      original.setContentType("application/json;charset=UTF-8");
      original.setContentLength(text.length);
      original.getOutputStream().write(text);
      original.flushBuffer();
    }
  }
}

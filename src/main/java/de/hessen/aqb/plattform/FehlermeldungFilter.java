package de.hessen.aqb.plattform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Rewrites error responses of the engine APIs (Tasklist's and /engine-rest) so that the message of a
 * rejected form is the German text of the broken rule, see {@link FehlermeldungFuerSachbearbeitung}, with HTTP 400
 * when the engine answered a rule's refusal ({@link UngueltigeEingabe}) with 500, and HTTP 404 when a form is sent for a
 * task that is no longer open (the same form sent twice).
 * Only error bodies of write requests are touched.
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

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      return "GET".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      ContentCachingResponseWrapper antwort = new ContentCachingResponseWrapper(response);
      UngueltigeEingabe.vergiss();
      try {
        chain.doFilter(request, antwort);
        bereinige(antwort);
      } finally {
        UngueltigeEingabe.vergiss();
      }
      antwort.copyBodyToResponse();
    }

    private static void bereinige(ContentCachingResponseWrapper antwort) throws IOException {
      if (antwort.getStatus() >= 400 && antwort.getContentType() != null && antwort.getContentType().contains("json")) {
        byte[] inhalt = antwort.getContentAsByteArray();
        try {
          JsonNode fehler = JSON.readTree(inhalt);
          if (fehler instanceof ObjectNode objekt && objekt.hasNonNull("message")) {
            String meldung = objekt.get("message").asText();
            String bereinigt = FehlermeldungFuerSachbearbeitung.bereinige(meldung);
            String abgewiesen = UngueltigeEingabe.zuletzt();
            if (antwort.getStatus() == 500 && abgewiesen != null && bereinigt.contains(abgewiesen)) {
              // a business refusal raised inside the engine (a listener's rule): the client's input, not a server error
              antwort.setStatus(400);
              bereinigt = abgewiesen;
            } else if (antwort.getStatus() == 500 && FehlermeldungFuerSachbearbeitung.AUFGABE_NICHT_MEHR_OFFEN.equals(bereinigt)) {
              // the task is gone (completed in another tab, by a double click, or by a colleague): not a server error
              antwort.setStatus(404);
            }
            if (!bereinigt.equals(meldung)) {
              objekt.put("message", bereinigt);
              antwort.resetBuffer();
              antwort.setContentType("application/json;charset=UTF-8");
              antwort.getOutputStream().write(JSON.writeValueAsString(objekt).getBytes(StandardCharsets.UTF_8));
            }
          }
        } catch (IOException e) {
          // not JSON after all: leave the body as it is
        }
      }
    }
  }
}

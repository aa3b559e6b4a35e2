package de.hessen.aqb.plattform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Rewrites error responses of the engine APIs (Tasklist's and /engine-rest) so that the message of a
 * rejected form is the German text of the broken rule, see {@link FehlermeldungFuerSachbearbeitung}.
 * Only error bodies of write requests are touched. A refusal by a rule ({@code UngueltigeEingabe}, see
 * {@link AbgelehnteEingabe}) is answered with 400 instead of the engine's 500.
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
      AbgelehnteEingabe.vergiss();
      try {
        chain.doFilter(request, antwort);
        if (antwort.getStatus() == 500 && AbgelehnteEingabe.abgelehnt()) {
          antwort.setStatus(400); // a rule of the application refused the input (UngueltigeEingabe): nothing changed
        }
      } finally {
        AbgelehnteEingabe.vergiss();
      }
      if (antwort.getStatus() >= 400 && antwort.getContentType() != null && antwort.getContentType().contains("json")) {
        byte[] inhalt = antwort.getContentAsByteArray();
        try {
          JsonNode fehler = JSON.readTree(inhalt);
          if (fehler instanceof ObjectNode objekt && objekt.hasNonNull("message")) {
            String meldung = objekt.get("message").asText();
            String bereinigt = FehlermeldungFuerSachbearbeitung.bereinige(meldung);
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
      antwort.copyBodyToResponse();
    }
  }
}

package de.hessen.aqb.plattform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The application's outer edge (ADR 22): security headers on every response the application itself serves (portal,
 * embedded forms, downloads, APIs; Camunda's webapps under {@code /camunda} keep the CSP Camunda sets and get the
 * missing headers), the operators' metrics only for members of {@code camunda-admin} (HTTP Basic), and no 500 for a
 * direct call of {@code /error}. The load balancer's health check stays anonymous and shows no details.
 */
@Configuration
class Randschutz {

  /** CSP of the application's own pages: no inline scripts, nothing from elsewhere, not framed by other sites. */
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
      + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> sicherheitsKoepfe() {
    var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        String pfad = request.getRequestURI().substring(request.getContextPath().length());
        boolean webapps = pfad.startsWith("/camunda/");
        if (!webapps) {
          response.setHeader("Content-Security-Policy", CSP);
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", webapps ? "DENY" : "SAMEORIGIN");
        response.setHeader("Referrer-Policy", "same-origin");
        chain.doFilter(request, response);
      }
    });
    registration.addUrlPatterns("/*");
    registration.setOrder(1);
    return registration;
  }

  /** Metrics and every actuator endpoint but health: HTTP Basic of an operator (camunda-admin). */
  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> betriebsAuthentifizierung() {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("aqb-betrieb-authentication");
    registration.addUrlPatterns("/actuator/prometheus", "/actuator/metrics", "/actuator/metrics/*", "/actuator/info");
    registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    registration.setOrder(10);
    return registration;
  }

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> nurBetrieb(IdentityService identityService) {
    var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        var angemeldet = identityService.getCurrentAuthentication();
        List<String> gruppen = angemeldet == null || angemeldet.getGroupIds() == null ? List.of() : angemeldet.getGroupIds();
        if (gruppen.contains(Groups.CAMUNDA_ADMIN)) {
          chain.doFilter(request, response);
        } else {
          antworte(response, 403, "Diese Betriebsdaten sind nur dem Betrieb zugänglich.");
        }
      }
    });
    registration.addUrlPatterns("/actuator/prometheus", "/actuator/metrics", "/actuator/metrics/*", "/actuator/info");
    registration.setOrder(11);
    return registration;
  }

  /** {@code /error} called directly (not as the container's error page) is not a server error. */
  @Bean
  FilterRegistrationBean<OncePerRequestFilter> fehlerseiteDirekt() {
    var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws IOException {
        antworte(response, 404, "Diese Seite gibt es nicht.");
      }
    });
    registration.addUrlPatterns("/error", "/error/*");
    registration.setOrder(2);
    return registration;
  }

  /**
   * The container's error page (an exception before any of our filters could answer, e.g. the database down while the
   * REST authentication checks a password): German, without exception class or stack trace.
   */
  @Bean
  org.springframework.boot.web.servlet.error.ErrorAttributes fehlerAttribute() {
    return new org.springframework.boot.web.servlet.error.DefaultErrorAttributes() {
      @Override
      public java.util.Map<String, Object> getErrorAttributes(org.springframework.web.context.request.WebRequest anfrage,
          org.springframework.boot.web.error.ErrorAttributeOptions optionen) {
        java.util.Map<String, Object> a = super.getErrorAttributes(anfrage, optionen);
        int status = a.get("status") instanceof Integer i ? i : 500;
        a.remove("trace");
        a.remove("exception");
        a.remove("errors");
        a.put("error", "Fehler");
        a.put("message", status >= 500 ? FehlermeldungFuerSachbearbeitung.TECHNISCHER_FEHLER
            : status == 404 ? "Diese Seite gibt es nicht." : "Die Anfrage wurde abgewiesen.");
        return a;
      }
    };
  }

  private static void antworte(HttpServletResponse response, int status, String meldung) throws IOException {
    response.setStatus(status);
    response.setContentType("application/json;charset=UTF-8");
    response.getOutputStream().write(("{\"type\":\"Fehler\",\"message\":\"" + meldung + "\"}").getBytes(StandardCharsets.UTF_8));
  }
}
